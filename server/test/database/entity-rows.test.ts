import { afterAll, beforeAll, expect, it } from 'vitest';
import { EntityRows } from '../../src/core/database/entity-rows.js';
import { createLogger } from '../../src/core/logging/logger.js';
import { seedDemoData } from '../../src/modules/demo/demo-seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The read paths build entities from their own SQL (core/database/entity-rows.ts) instead of
// TypeORM's query builder. What a resolver receives must not change: for every entity, the rows
// built that way equal what TypeORM's find() builds, value for value (dates as the entity
// declares them, numbers, arrays, json), and are instances of the entity's class.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoData(t.ownerUrl, createLogger({ level: 'silent', sink: () => undefined }));
}, 120_000);
afterAll(async () => t?.close());

it('builds every entity exactly as TypeORM does, for every row the demo data gives it', async () => {
  const [stockholm] = await t.owner<{ id: string; coordinator: string }>(
    `SELECT o.id, u.id AS coordinator FROM organisation o JOIN app_user u ON u.organisation_id = o.id
      WHERE o.name LIKE 'Stockholm%' AND 'COORDINATOR' = ANY(u.roles) LIMIT 1`,
  );
  const runner = t.database.app.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    await runner.query(`SELECT set_config('app.user_id', $1, true), set_config('app.organisation_id', $2, true), set_config('app.roles', 'COORDINATOR', true)`, [
      stockholm!.coordinator,
      stockholm!.id,
    ]);
    const compared: string[] = [];
    for (const metadata of t.database.app.entityMetadatas) {
      if (metadata.tableType !== 'regular') continue;
      const primary = metadata.primaryColumns.map((column) => column.propertyPath);
      const key = (row: Record<string, unknown>) => primary.map((p) => String(row[p])).join('|');
      const rows = EntityRows.of(runner.manager, metadata.target as never);
      const ours = (await runner.query(`SELECT ${rows.select('x')} FROM ${rows.table} AS x`)).map((row: Record<string, unknown>) => rows.hydrate(row, 'x'));
      const theirs = await runner.manager.find(metadata.target as never);
      const sort = (list: Array<Record<string, unknown>>) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
      expect(sort(ours), metadata.name).toEqual(sort(theirs));
      for (const entity of ours) expect(entity, metadata.name).toBeInstanceOf(metadata.target as never);
      if (ours.length > 0) compared.push(metadata.name);
    }
    // Not vacuous: the demo data gives a Stockholm coordinator rows of most entities.
    expect(compared.length).toBeGreaterThanOrEqual(15);
    expect(compared).toEqual(expect.arrayContaining(['ReferralCase', 'Returnee', 'Referral', 'Organisation', 'Consent', 'FollowUpVisit']));
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
});

it('a page joins what it may not have: a LEFT JOIN that found nothing gives null, not an empty entity', async () => {
  const runner = t.database.app.createQueryRunner();
  await runner.connect();
  try {
    const returnees = EntityRows.of(runner.manager, (await import('../../src/modules/cases/returnee.entity.js')).Returnee);
    const [row] = await runner.query(`SELECT ${returnees.select('r')} FROM (SELECT 1) AS one LEFT JOIN returnee r ON false`);
    expect(returnees.hydrate(row, 'r')).toBeNull();
  } finally {
    await runner.release();
  }
});
