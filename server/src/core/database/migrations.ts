import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** server/migrations: NNNN_name.up.sql and NNNN_name.down.sql, plain SQL written for review. */
export const migrationsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'migrations');

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

/**
 * Applies every pending migration, all in one transaction, as the owner role (the application
 * role cannot create anything). Refuses to run when an applied migration's file was changed.
 */
export async function migrateUp(ownerUrl: string, appRole: string): Promise<string[]> {
  const migrations = await loadMigrations();
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
    return done;
  });
}

/** Reverts the newest applied migration; returns its name, or undefined when none is applied. */
export async function migrateDown(ownerUrl: string, appRole: string): Promise<string | undefined> {
  const migrations = await loadMigrations();
  return withMigrationLock(ownerUrl, async (client) => {
    const { rows } = await client.query<{ version: number }>('SELECT max(version) AS version FROM schema_migration');
    const version = rows[0]?.version;
    if (version === null || version === undefined) return undefined;
    const migration = migrations.find((m) => m.version === version);
    if (!migration) throw new Error(`Applied migration ${version} has no file.`);
    await client.query(bind(migration.down, { app_role: appRole }));
    await client.query('DELETE FROM schema_migration WHERE version = $1', [version]);
    return `${String(migration.version).padStart(4, '0')}_${migration.name}`;
  });
}
