import { afterAll, beforeAll, expect, it } from 'vitest';
import { QueryFailedError } from 'typeorm';
import { preparedRows } from '../../src/core/database/sql.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// preparedRows() (core/database/sql.ts) sends a named prepared statement through TypeORM's runner:
// PostgreSQL keeps it for the connection, a second run reuses it with other parameters, the
// statement is logged as its text, and an error is TypeORM's like any other statement's.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 120_000);
afterAll(async () => t?.close());

it('prepares the statement once per connection and runs it again with other parameters', async () => {
  const runner = t.database.app.createQueryRunner();
  await runner.connect();
  try {
    const text = 'SELECT $1::int + 1 AS next';
    const logged = t.statements.length;
    expect(await preparedRows<{ next: number }>(runner.manager, 'test.next', text, [1])).toEqual([{ next: 2 }]);
    expect(await preparedRows<{ next: number }>(runner.manager, 'test.next', text, [41])).toEqual([{ next: 42 }]);
    const kept = (await runner.query('SELECT name, statement FROM pg_prepared_statements')) as Array<{ name: string; statement: string }>;
    expect(kept).toEqual([{ name: 'test.next', statement: text }]);
    expect(t.statements.slice(logged, logged + 2)).toEqual([text, text]);
    const failed = await preparedRows(runner.manager, 'test.fails', 'SELECT 1 / $1::int', [0]).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(QueryFailedError);
  } finally {
    await runner.release();
  }
});
