import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrateDown, migrateUp } from '../../src/core/database/migrations.js';
import { createTestDatabase } from '../support/test-app.js';

async function tablesOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ t: string }>(
      `SELECT table_schema || '.' || table_name AS t FROM information_schema.tables
        WHERE table_schema IN ('public', 'auth') ORDER BY 1`,
    );
    return rows.map((r) => r.t);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  it('are numbered without gaps and each has its down', async () => {
    const migrations = await loadMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    for (const migration of migrations) expect(migration.down.trim().length).toBeGreaterThan(0);
  });

  it('apply on an empty database, revert completely, and apply again', async () => {
    const { ownerUrl, appRole } = await createTestDatabase({ empty: true });
    const all = (await loadMigrations()).length;
    expect((await migrateUp(ownerUrl, appRole)).length).toBe(all);
    const applied = await tablesOf(ownerUrl);
    expect(applied).toEqual(expect.arrayContaining(['public.organisation', 'public.app_user', 'public.refresh_token']));
    expect(await migrateUp(ownerUrl, appRole)).toEqual([]);

    for (let i = 0; i < all; i += 1) expect(await migrateDown(ownerUrl, appRole)).toBeDefined();
    expect(await migrateDown(ownerUrl, appRole)).toBeUndefined();
    expect(await tablesOf(ownerUrl)).toEqual(['public.schema_function', 'public.schema_migration']);

    expect((await migrateUp(ownerUrl, appRole)).length).toBe(all);
    expect(await tablesOf(ownerUrl)).toEqual(applied);
  });

  it('two instances starting at once apply each migration once', async () => {
    const { ownerUrl, appRole } = await createTestDatabase({ empty: true });
    const [a, b] = await Promise.all([migrateUp(ownerUrl, appRole), migrateUp(ownerUrl, appRole)]);
    expect([a.length, b.length].sort()).toEqual([0, (await loadMigrations()).length]);
  });

  it('refuse to run when an applied migration was edited afterwards', async () => {
    const { ownerUrl, appRole } = await createTestDatabase();
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    await client.query(`UPDATE schema_migration SET checksum = 'edited' WHERE version = 1`);
    await client.end();
    await expect(migrateUp(ownerUrl, appRole)).rejects.toThrow(/Migration 1 \(foundation\) was changed after it was applied/);
  });
});
