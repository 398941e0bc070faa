import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** server/migrations: NNNN_name.up.sql and NNNN_name.down.sql, plain SQL written for review. */
export const migrationsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'migrations');

/**
 * server/migrations/functions: the current definition of every function, one file each
 * (`<name>.sql`, `auth.<name>.sql`), applied after the numbered migrations whenever it changed.
 * See migrations/functions/README.md.
 */
export const functionsDir = join(migrationsDir, 'functions');

export interface Migration {
  version: number;
  name: string;
  up: string;
  down: string;
  checksum: string;
}

export async function loadMigrations(dir = migrationsDir): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql'));
  const ups = files.filter((f) => f.endsWith('.up.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of ups) {
    const match = /^(\d{4})_([a-z0-9_]+)\.up\.sql$/.exec(file);
    if (!match) throw new Error(`Migration file ${file} must be named NNNN_name.up.sql.`);
    const downFile = file.replace('.up.sql', '.down.sql');
    if (!files.includes(downFile)) throw new Error(`Migration ${file} has no ${downFile}.`);
    const up = await readFile(join(dir, file), 'utf8');
    const down = await readFile(join(dir, downFile), 'utf8');
    migrations.push({
      version: Number(match[1]),
      name: match[2],
      up,
      down,
      checksum: createHash('sha256').update(up).digest('hex'),
    });
  }
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`Migrations must be numbered 0001, 0002, … without gaps (at ${m.version}).`);
  });
  return migrations;
}

/** A repeatable file: `CREATE OR REPLACE FUNCTION …` and the function's privileges. */
export interface FunctionFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function loadFunctionFiles(dir = functionsDir): Promise<FunctionFile[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const loaded: FunctionFile[] = [];
  for (const file of files) {
    if (!/^(auth\.)?[a-z0-9_]+\.sql$/.test(file)) throw new Error(`Function file ${file} must be named <name>.sql or auth.<name>.sql.`);
    const sql = await readFile(join(dir, file), 'utf8');
    loaded.push({ name: file.slice(0, -'.sql'.length), sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return loaded;
}

/** Substitutes psql's :"name" variables with quoted identifiers. */
function bind(sql: string, variables: Record<string, string>): string {
  return sql.replace(/:"([a-z_]+)"/g, (whole, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new Error(`Migration uses :"${name}", which is not defined.`);
    return pg.escapeIdentifier(value);
  });
}

const lockKey = 746_873_112; // any constant: serialises migrations of several starting instances

async function withMigrationLock<T>(ownerUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'cirkel-migrations' });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [lockKey]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migration (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        checksum   text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The function files as last applied (one row per file); emptied when a migration is reverted.
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_function (
        name       text PRIMARY KEY,
        checksum   text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

export interface MigrationRun {
  /** The numbered migrations applied, as `NNNN_name`. */
  migrations: string[];
  /** The function files (re)applied, by name. */
  functions: string[];
}

export interface MigrationSource {
  /** Where the numbered migrations are (tests only). */
  dir?: string;
  /** Where the function files are (tests only). */
  functionsDir?: string;
}

/**
 * Applies every pending migration, then every function file that is new or changed since it was
 * last applied — all in one transaction, as the owner role (the application role cannot create
 * anything). Refuses to run when an applied migration's file was changed.
 */
export async function migrate(ownerUrl: string, appRole: string, source: MigrationSource = {}): Promise<MigrationRun> {
  const migrations = await loadMigrations(source.dir);
  const functionFiles = await loadFunctionFiles(source.functionsDir);
  return withMigrationLock(ownerUrl, async (client) => {
    const applied = new Map(
      (await client.query<{ version: number; checksum: string }>('SELECT version, checksum FROM schema_migration')).rows.map(
        (row) => [row.version, row.checksum],
      ),
    );
    const done: string[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.version);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.version} (${migration.name}) was changed after it was applied; write a new migration instead.`);
        }
        continue;
      }
      await client.query(bind(migration.up, { app_role: appRole }));
      await client.query('INSERT INTO schema_migration (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      done.push(`${String(migration.version).padStart(4, '0')}_${migration.name}`);
    }
    return { migrations: done, functions: await applyFunctionFiles(client, functionFiles, appRole) };
  });
}

/**
 * The function files, after the numbered migrations: each one whose text differs from the one
 * last applied is run again (CREATE OR REPLACE, then its privileges), in file-name order.
 * A file's name is forgotten when the file is gone; the function itself stays until a numbered
 * migration drops it.
 */
async function applyFunctionFiles(client: pg.Client, files: FunctionFile[], appRole: string): Promise<string[]> {
  const recorded = new Map(
    (await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_function')).rows.map((row) => [row.name, row.checksum]),
  );
  const applied: string[] = [];
  for (const file of files) {
    if (recorded.get(file.name) === file.checksum) continue;
    try {
      await client.query(bind(file.sql, { app_role: appRole }));
    } catch (error) {
      throw new Error(`Function file ${file.name}.sql failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    await client.query(
      `INSERT INTO schema_function (name, checksum) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, applied_at = now()`,
      [file.name, file.checksum],
    );
    applied.push(file.name);
  }
  await client.query('DELETE FROM schema_function WHERE NOT (name = ANY ($1))', [files.map((file) => file.name)]);
  return applied;
}

/** Applies every pending migration and changed function file; returns the migrations applied. */
export async function migrateUp(ownerUrl: string, appRole: string): Promise<string[]> {
  return (await migrate(ownerUrl, appRole)).migrations;
}

/** Reverts the newest applied migration; returns its name, or undefined when none is applied. */
export async function migrateDown(ownerUrl: string, appRole: string, source: MigrationSource = {}): Promise<string | undefined> {
  const migrations = await loadMigrations(source.dir);
  return withMigrationLock(ownerUrl, async (client) => {
    const { rows } = await client.query<{ version: number }>('SELECT max(version) AS version FROM schema_migration');
    const version = rows[0]?.version;
    if (version === null || version === undefined) return undefined;
    const migration = migrations.find((m) => m.version === version);
    if (!migration) throw new Error(`Applied migration ${version} has no file.`);
    await client.query(bind(migration.down, { app_role: appRole }));
    await client.query('DELETE FROM schema_migration WHERE version = $1', [version]);
    // The down migration put back the functions as they were before it; the files describe the
    // newest schema, so all of them are applied again after the next migration up.
    await client.query('DELETE FROM schema_function');
    return `${String(migration.version).padStart(4, '0')}_${migration.name}`;
  });
}
