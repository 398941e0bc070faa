import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { AppError } from '../errors/app-error.js';
import { textFault } from '../validation/text-rules.js';
import { isCalendarDate } from './date.scalar.js';
import { MAX_PAGE_SIZE } from './query-limits.js';
import { isUuid } from './uuid.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A count can be costly: a lazy one (see `toConnection`) runs only when GraphQL reads the field. */
  totalCount: number | Promise<number>;
}

/** Makes `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'All items matching the filters, over all pages.' })
    totalCount: number;
  }
  return ConnectionClass as Type<Connection<T>>;
}

/** A cursor is the sort key of the last row seen; opaque to clients. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * What each part of a cursor's sort key must be: the SQL that continues a list casts and compares
 * them, so a forged cursor must fail here, naming `after`, and never as a cast error in SQL.
 *
 * - `uuid`: a row id; `date`: YYYY-MM-DD; `timestamp`: an instant as Date.toISOString() writes it;
 * - `text`: a sort key as stored (a name, a case number), without NUL or lone surrogates;
 * - `digits`: a bigint id written as a string; `flag`: 0 or 1.
 */
export type CursorPart = 'uuid' | 'date' | 'timestamp' | 'text' | 'digits' | 'flag';

const MAX_CURSOR_TEXT = 1000;

function isCursorPart(value: unknown, part: CursorPart): boolean {
  switch (part) {
    case 'uuid':
      return isUuid(value);
    case 'date':
      return typeof value === 'string' && isCalendarDate(value);
    case 'timestamp':
      return (
        typeof value === 'string' &&
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
        !value.startsWith('0000') &&
        !Number.isNaN(Date.parse(value)) &&
        new Date(value).toISOString() === value
      );
    case 'text':
      return typeof value === 'string' && value.length <= MAX_CURSOR_TEXT && !value.includes('\u0000') && textFault(value, { multiline: true }) !== 'unpairedSurrogate';
    case 'digits':
      return typeof value === 'string' && /^\d{1,18}$/.test(value);
    case 'flag':
      return value === 0 || value === 1;
  }
}

/** The sort key of a cursor from this list, or BAD_USER_INPUT naming `after`. */
export function decodeCursor<const P extends readonly CursorPart[]>(cursor: string, parts: P): { [K in keyof P]: P[K] extends 'flag' ? number : string } {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts.length && key.every((value, index) => isCursorPart(value, parts[index]!))) {
      return key as { [K in keyof P]: P[K] extends 'flag' ? number : string };
    }
  } catch {
    // falls through
  }
  throw AppError.badInput('after', 'validation.invalidCursor');
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw AppError.badInput('first', 'validation.range', { min: 1, max: MAX_PAGE_SIZE });
  }
}

/**
 * Builds a connection from rows fetched with LIMIT first + 1: the extra row only tells whether
 * another page exists.
 */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number | (() => Promise<number>),
  sortKey: (row: T) => readonly (string | number)[],
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  const connection = { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } } as Connection<T>;
  if (typeof totalCount === 'number') return { ...connection, totalCount };
  let counted: Promise<number> | undefined;
  // A getter: GraphQL's default resolver reads it only when the query selects totalCount.
  return Object.defineProperty(connection, 'totalCount', { enumerable: true, get: () => (counted ??= totalCount()) });
}
