import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { DataSource, type Logger as QueryLogger } from 'typeorm';
import type { Config } from '../config/config.js';
import type { AppLogger } from '../logging/logger.js';
import type { EmbeddedDatabase } from './embedded-postgres.js';
import { entities } from './entities.js';
import { migrateUp } from './migrations.js';
import { isDatabaseBusy } from './pool-errors.js';
import { provisionEmbedded } from './provision.js';

/**
 * How long a start waits for PostgreSQL to take connections: one still starting (a container
 * beside this one, recovery after an unclean stop) or slow to answer on a busy machine is
 * waited for; a wrong password or database name fails at once.
 */
const DATABASE_WITHIN_MS = 300_000;

/** Resolves once `work` succeeds; retries while PostgreSQL is out of reach, at most `withinMs`. */
async function patiently<T>(what: string, withinMs: number, logger: AppLogger, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      if (Date.now() >= deadline) {
        throw new Error(`PostgreSQL did not take connections for ${what} within ${withinMs / 1000} s.`, { cause: error });
      }
      if (attempt === 1) logger.warning('PostgreSQL is not reachable yet; waiting', { for: what, withinSeconds: withinMs / 1000, error });
      await sleep(Math.min(attempt, 5) * 500);
    }
  }
}

/** One connection that succeeds, with a connect bound of its own far above the pool's. */
async function reach(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 60_000, application_name: 'cirkel-start' });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface Database {
  /** The application role's pool: every request goes through it, under row-level security. */
  readonly app: DataSource;
  /** The owner's URL: migrations, demo data and maintenance commands only. */
  readonly ownerUrl: string;
  readonly appUrl: string;
  readonly appRole: string;
  close(): Promise<void>;
}

// A date column is a calendar date: keep it the text 'YYYY-MM-DD' instead of a Date at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export function createAppDataSource(
  url: string,
  pool: { size: number; timeoutMs: number },
  queryLogger?: QueryLogger,
): DataSource {
  return new DataSource({
    ...(queryLogger ? { logging: ['query'], logger: queryLogger } : {}),
    type: 'postgres',
    url,
    entities,
    synchronize: false,
    migrationsRun: false,
    poolSize: pool.size,
    // A request waits this long for a free connection, then is answered BUSY (see pool-errors.ts).
    connectTimeoutMS: pool.timeoutMs,
    applicationName: 'cirkel',
    // UTC, so that "today" (current_date: agreements in force) is the same for every instance.
    extra: { statement_timeout: 30_000, idle_in_transaction_session_timeout: 60_000, options: '-c TimeZone=UTC' },
  });
}

export interface DatabaseLocation {
  ownerUrl: string;
  appUrl: string;
  appRole: string;
  /** Stops the embedded cluster, if this process started one. */
  stop(): Promise<void>;
}

/**
 * Finds PostgreSQL: the URLs of the settings, or — without DATABASE_URL — the embedded cluster
 * in DATA_DIR, started (and on first use initialised, with its two roles) here.
 */
export async function locateDatabase(config: Config, logger: AppLogger): Promise<DatabaseLocation> {
  if (config.database.mode === 'external') {
    const { url, ownerUrl } = config.database;
    return { ownerUrl, appUrl: url, appRole: decodeURIComponent(new URL(url).username), stop: async () => undefined };
  }
  const dir = join(config.dataDir, 'postgres');
  const started = Date.now();
  // Loaded only here: a production image may leave the PostgreSQL binaries out.
  const { startEmbeddedPostgres } = await import('./embedded-postgres.js');
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({
    dir,
    port: config.database.port,
    onLog: (line) => logger.debug(line),
    onWarning: (message, fields) => logger.warning(message, fields),
  });
  try {
    const { ownerUrl, appUrl, appRole } = await provisionEmbedded(embedded.superuserUrl, dir);
    logger.info('embedded PostgreSQL ready', { port: embedded.port, dir, ms: Date.now() - started });
    return { ownerUrl, appUrl, appRole, stop: () => embedded.stop() };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/** Locates PostgreSQL, applies pending migrations as the owner, and opens the application role's pool. */
/** `queryLogger` sees every SQL statement (benchmarks and the statement-count test use it). */
export async function openDatabase(config: Config, logger: AppLogger, queryLogger?: QueryLogger): Promise<Database> {
  const location = await locateDatabase(config, logger);
  const { ownerUrl, appUrl, appRole } = location;
  try {
    await patiently('the migrations', DATABASE_WITHIN_MS, logger, () => reach(ownerUrl));
    const applied = await migrateUp(ownerUrl, appRole);
    if (applied.length > 0) logger.info('migrations applied', { migrations: applied });
    const app = createAppDataSource(appUrl, { size: config.databasePoolSize, timeoutMs: config.databasePoolTimeoutMs }, queryLogger);
    // The pool's short connect bound is for requests (BUSY instead of a hang), not for the start.
    await patiently('the application pool', DATABASE_WITHIN_MS, logger, () => app.initialize());
    return {
      app,
      ownerUrl,
      appUrl,
      appRole,
      async close() {
        if (app.isInitialized) await app.destroy();
        await location.stop();
      },
    };
  } catch (error) {
    await location.stop();
    throw error;
  }
}
