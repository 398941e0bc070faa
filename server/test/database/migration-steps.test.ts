import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaSnapshot } from '../../scripts/schema-snapshot.mjs';
import { functionsDir, loadFunctionFiles, loadMigrations, migrate, migrateDown, migrationsDir } from '../../src/core/database/migrations.js';
import { createTestDatabase } from '../support/test-app.js';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'cirkel-migration-steps-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function withOwner<T>(ownerUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function snapshotOf(database: { ownerUrl: string; appRole: string }): Promise<string> {
  const ownerRole = decodeURIComponent(new URL(database.ownerUrl).username);
  return withOwner(database.ownerUrl, (client) => schemaSnapshot(client, { appRole: database.appRole, ownerRole }));
}

/** The part of a snapshot that only numbered migrations decide: tables, RLS, policies and grants. */
const withoutFunctions = (snapshot: string) => snapshot.slice(0, snapshot.indexOf('-- Functions'));

async function functionSource(ownerUrl: string, name: string): Promise<string> {
  return withOwner(ownerUrl, async (client) => (await client.query<{ src: string }>('SELECT prosrc AS src FROM pg_proc WHERE proname = $1', [name])).rows[0]!.src);
}

async function ledger(ownerUrl: string): Promise<Map<string, string>> {
  return withOwner(ownerUrl, async (client) => {
    const { rows } = await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_function');
    return new Map(rows.map((row) => [row.name, row.checksum]));
  });
}

describe('function files (migrations/functions/)', () => {
  it('are applied after the migrations, again when one changed (that one only), and not otherwise', async () => {
    const database = await createTestDatabase({ empty: true });
    const functions = join(scratch, 'changed');
    await cp(functionsDir, functions, { recursive: true });
    const files = await loadFunctionFiles(functions);

    const first = await migrate(database.ownerUrl, database.appRole, { functionsDir: functions });
    expect(first.migrations).toHaveLength((await loadMigrations()).length);
    expect(first.functions).toEqual(files.map((file) => file.name));
    expect(await migrate(database.ownerUrl, database.appRole, { functionsDir: functions })).toEqual({ migrations: [], functions: [] });

    const file = join(functions, 'app_is_coordinator.sql');
    const changed = (await readFile(file, 'utf8')).replace('AS $$ SELECT', () => 'AS $$ /* changed in a test */ SELECT');
    await writeFile(file, changed);
    expect(await migrate(database.ownerUrl, database.appRole, { functionsDir: functions })).toEqual({ migrations: [], functions: ['app_is_coordinator'] });
    expect(await functionSource(database.ownerUrl, 'app_is_coordinator')).toContain('changed in a test');
    expect((await ledger(database.ownerUrl)).get('app_is_coordinator')).toBe(createHash('sha256').update(changed).digest('hex'));
    expect(await migrate(database.ownerUrl, database.appRole, { functionsDir: functions })).toEqual({ migrations: [], functions: [] });
  });

  it('a file that fails changes nothing (one transaction), and a removed file is forgotten but its function stays', async () => {
    const database = await createTestDatabase({ empty: true });
    const functions = join(scratch, 'failing');
    await cp(functionsDir, functions, { recursive: true });
    await migrate(database.ownerUrl, database.appRole, { functionsDir: functions });
    const before = await functionSource(database.ownerUrl, 'app_is_supervisor');
    const recorded = await ledger(database.ownerUrl);

    await writeFile(join(functions, 'app_is_case_staff.sql'), (await readFile(join(functions, 'app_is_case_staff.sql'), 'utf8')) + '\n-- changed\n');
    await writeFile(join(functions, 'app_is_supervisor.sql'), 'CREATE OR REPLACE FUNCTION app_is_supervisor() RETURNS boolean LANGUAGE sql AS $$ SELECT no_such_column $$;\n');
    await expect(migrate(database.ownerUrl, database.appRole, { functionsDir: functions })).rejects.toThrow(/Function file app_is_supervisor\.sql failed/);
    expect(await functionSource(database.ownerUrl, 'app_is_supervisor')).toBe(before);
    expect(await ledger(database.ownerUrl)).toEqual(recorded);

    await rm(join(functions, 'app_is_supervisor.sql'));
    expect(await migrate(database.ownerUrl, database.appRole, { functionsDir: functions })).toEqual({ migrations: [], functions: ['app_is_case_staff'] });
    expect((await ledger(database.ownerUrl)).has('app_is_supervisor')).toBe(false);
    expect(await functionSource(database.ownerUrl, 'app_is_supervisor')).toBe(before);
  });
});

describe('migrations down and up', () => {
  it('reverting the newest migration leaves the schema of the migrations before it; applying it again gives back the same schema', async () => {
    const migrations = await loadMigrations();
    const newest = migrations.at(-1)!;
    const name = `${String(newest.version).padStart(4, '0')}_${newest.name}`;

    // The schema of the migrations before the newest one, made from scratch.
    const older = join(scratch, 'older');
    await mkdir(older);
    for (const file of await readdir(migrationsDir)) {
      if (/^\d{4}_.*\.sql$/.test(file) && !file.startsWith(name)) await cp(join(migrationsDir, file), join(older, file));
    }
    const emptyFunctions = join(scratch, 'no-functions');
    await mkdir(emptyFunctions);
    const previous = await createTestDatabase({ empty: true });
    await migrate(previous.ownerUrl, previous.appRole, { dir: older, functionsDir: emptyFunctions });

    const database = await createTestDatabase({ empty: true });
    await migrate(database.ownerUrl, database.appRole);
    const head = await snapshotOf(database);

    expect(await migrateDown(database.ownerUrl, database.appRole)).toBe(name);
    expect((await ledger(database.ownerUrl)).size).toBe(0);
    expect(withoutFunctions(await snapshotOf(database))).toBe(withoutFunctions(await snapshotOf(previous)));

    const again = await migrate(database.ownerUrl, database.appRole);
    expect(again.migrations).toEqual([name]);
    expect(again.functions).toEqual((await loadFunctionFiles()).map((file) => file.name));
    expect(await snapshotOf(database)).toBe(head);
  });
});
