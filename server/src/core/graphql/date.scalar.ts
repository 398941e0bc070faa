import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD naming a day that exists (not 2026-02-30, not year 0000, which PostgreSQL refuses). */
export function isCalendarDate(value: string): boolean {
  const match = pattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Parses YYYY-MM-DD into the same string, refusing impossible dates (2026-02-30). */
export function parseDate(value: unknown): string {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  throw new GraphQLError(`Date cannot represent "${String(value)}": expected YYYY-MM-DD.`);
}

/** A calendar date without time or zone: `YYYY-MM-DD`. Columns of type date are read as text. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD.');
    return parseDate(ast.value);
  },
});

/** Today in UTC, as the database's current_date sees it (its time zone is UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
