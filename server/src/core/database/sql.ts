import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

// The typed way for a repository to run its SQL on the request's EntityManager: the row type is
// named once, here, instead of an `as Array<…>` cast at every call site.

/** Every row of a statement. */
export async function rows<Row>(db: EntityManager, text: string, params: readonly unknown[] = []): Promise<Row[]> {
  return (await db.query(text, params as unknown[])) as Row[];
}

/**
 * Every row of a statement that PostgreSQL plans once per connection and then reuses (a named
 * prepared statement), for a read whose planning costs more than running it: the worklist's cases
 * needing action planned in 4-9 ms and ran in 7-13 (issue 10). `name` must be unique to `text`.
 * PostgreSQL plans the first five executions for their parameters, then keeps a generic plan only
 * when it costs no more than those; under row-level security the plan stays right, as the policies
 * read the tenant when the statement runs (InitPlans), and a plan that depends on row-level
 * security is made again for another role. Through TypeORM's runner like every other statement,
 * so it is serialised, logged and its errors are QueryFailedError.
 */
export async function preparedRows<Row>(db: EntityManager, name: string, text: string, params: readonly unknown[] = []): Promise<Row[]> {
  const statement = { name, text, toString: () => text };
  return (await db.query(statement as unknown as string, params as unknown[])) as Row[];
}

const names = new Map<string, string>();

/**
 * `preparedRows` under a name made from the statement's text (`p` and a hash of it), for
 * statements whose text is built from a few fixed parts (the loaders' `WHERE t.key = ANY($1)` of
 * each table, the case list's filters and sorts): each text is planned once per connection.
 * Parameters, never values, go into the text, so the number of texts is bounded by the code.
 */
export function reusedRows<Row>(db: EntityManager, text: string, params: readonly unknown[] = []): Promise<Row[]> {
  let name = names.get(text);
  if (!name) {
    name = `p${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    names.set(text, name);
  }
  return preparedRows<Row>(db, name, text, params);
}

/** The first row of a statement, or undefined. */
export async function maybeOne<Row>(db: EntityManager, text: string, params: readonly unknown[] = []): Promise<Row | undefined> {
  return (await rows<Row>(db, text, params))[0];
}

/** The one row a statement always returns (an INSERT … RETURNING, an aggregate); a missing row is a bug. */
export async function one<Row>(db: EntityManager, text: string, params: readonly unknown[] = []): Promise<Row> {
  const row = await maybeOne<Row>(db, text, params);
  if (row === undefined) throw new Error(`Expected one row from: ${text.trim().split('\n')[0]}`);
  return row;
}

/** Runs a statement for its effect. */
export async function execute(db: EntityManager, text: string, params: readonly unknown[] = []): Promise<void> {
  await db.query(text, params as unknown[]);
}

/**
 * An UPDATE or DELETE: how many rows it changed, and the rows it returned (with RETURNING). The
 * driver answers these two with a pair instead of the rows, which `rows` would mistake for rows.
 */
export async function change<Row = never>(db: EntityManager, text: string, params: readonly unknown[] = []): Promise<{ count: number; rows: Row[] }> {
  const [changed, count] = (await db.query(text, params as unknown[])) as [Row[], number];
  return { count, rows: changed };
}
