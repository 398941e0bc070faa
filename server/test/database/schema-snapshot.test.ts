import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaSnapshot, snapshotFile } from '../../scripts/schema-snapshot.mjs';
import { functionsDir } from '../../src/core/database/migrations.js';
import { createTestDatabase } from '../support/test-app.js';

let owner: pg.Client;
let appRole: string;
let ownerRole: string;

beforeAll(async () => {
  // A clone of the test template, which global-setup migrated the way a server start does.
  const database = await createTestDatabase();
  appRole = database.appRole;
  ownerRole = decodeURIComponent(new URL(database.ownerUrl).username);
  owner = new pg.Client({ connectionString: database.ownerUrl });
  await owner.connect();
});
afterAll(async () => owner?.end());

describe('the schema snapshot (migrations/schema-snapshot.sql)', () => {
  it('is what the migrations make: RLS, policies, functions and grants (`npm run db:snapshot -w server` rewrites it)', async () => {
    const actual = await schemaSnapshot(owner, { appRole, ownerRole });
    expect(actual, 'migrations/schema-snapshot.sql is stale: run `npm run db:snapshot -w server` and commit it').toBe(
      readFileSync(snapshotFile, 'utf8'),
    );
  });

  it('every function has its file in migrations/functions/, and every file its function', async () => {
    const { rows } = await owner.query<{ name: string }>(
      `SELECT CASE WHEN n.nspname = 'auth' THEN 'auth.' ELSE '' END || p.proname AS name
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname IN ('public', 'auth')
          -- an extension's functions (pg_trgm's, say) are the extension's, not ours
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
        ORDER BY 1`,
    );
    const files = readdirSync(functionsDir)
      .filter((file) => file.endsWith('.sql'))
      .map((file) => file.slice(0, -'.sql'.length))
      .sort();
    expect(files).toEqual(rows.map((row) => row.name));
  });

  it('names the schema owner’s bypass policies so that they cannot pass for the owning organisation’s', async () => {
    const { rows } = await owner.query<{ name: string; roles: string[]; qual: string; check: string }>(
      `SELECT policyname AS name, roles::text[] AS roles, qual, with_check AS check FROM pg_policies ORDER BY 1`,
    );
    const bypasses = rows.filter((row) => row.qual === 'true' && row.check === 'true');
    expect(bypasses.length).toBeGreaterThan(30);
    for (const policy of bypasses) {
      expect(policy.name, policy.name).toMatch(/_schema_owner_bypass$/);
      expect(policy.roles, policy.name).toEqual([ownerRole]);
    }
    expect(rows.filter((row) => row.name.endsWith('_schema_owner_bypass')).length).toBe(bypasses.length);
  });
});
