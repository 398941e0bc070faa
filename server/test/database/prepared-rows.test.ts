import { afterAll, beforeAll, expect, it } from 'vitest';
import { QueryFailedError } from 'typeorm';
import { preparedRows, reusedRows } from '../../src/core/database/sql.js';
import { createLogger } from '../../src/core/logging/logger.js';
import { seedDemoData } from '../../src/modules/demo/demo-seed.js';
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

it('reuses one statement per text, and its cached generic plan still shows each tenant only its own rows', async () => {
  await seedDemoData(t.ownerUrl, createLogger({ level: 'silent', sink: () => undefined }));
  const owners = await t.owner<{ organisation_id: string; user_id: string; ids: string[] }>(
    `SELECT c.organisation_id, array_agg(c.id::text ORDER BY c.id) AS ids,
            (SELECT min(u.id::text) FROM app_user u WHERE u.organisation_id = c.organisation_id AND 'CASEWORKER' = ANY(u.roles)) AS user_id
       FROM referral_case c GROUP BY c.organisation_id ORDER BY count(*) DESC LIMIT 2`,
  );
  expect(owners).toHaveLength(2);
  const everyCase = owners.flatMap((o) => o.ids);
  const text = 'SELECT t.id::text AS id FROM referral_case AS t WHERE t.id = ANY($1::uuid[]) ORDER BY t.id';
  const runner = t.database.app.createQueryRunner();
  await runner.connect();
  try {
    // As if PostgreSQL had already chosen the generic plan: one plan for every tenant that asks.
    await runner.query('SET plan_cache_mode = force_generic_plan');
    for (let round = 0; round < 3; round += 1) {
      for (const owner of owners) {
        await runner.startTransaction();
        await runner.query(`SELECT set_config('app.user_id', $1, true), set_config('app.organisation_id', $2, true), set_config('app.roles', 'CASEWORKER', true)`, [
          owner.user_id,
          owner.organisation_id,
        ]);
        const found = await reusedRows<{ id: string }>(runner.manager, text, [everyCase]);
        await runner.commitTransaction();
        expect(found.map((row) => row.id)).toEqual(owner.ids);
      }
    }
    const kept = (await runner.query('SELECT name, generic_plans FROM pg_prepared_statements WHERE statement = $1', [text])) as Array<{ name: string; generic_plans: string }>;
    expect(kept).toHaveLength(1);
    expect(kept[0]!.name).toMatch(/^p[\w-]{24}$/);
    expect(Number(kept[0]!.generic_plans)).toBe(6);
  } finally {
    await runner.query('RESET plan_cache_mode').catch(() => undefined);
    await runner.release();
  }
});
