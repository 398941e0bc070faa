import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { Config } from '../config/config.js';
import type { JsonLogger } from '../logging/json-logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { entities } from './entities.js';
import { migrateUp } from './migrations.js';
import { loadOrCreateCredentials, provisionDatabase, roleUrl } from './provision.js';

export interface Database {
  /** The application role's pool: every request goes through it, under row-level security. */
  readonly app: DataSource;
  /** The owner's URL: migrations, demo data and maintenance commands only. */
  readonly ownerUrl: string;
  readonly appUrl: string;
  readonly appRole: string;
  close(): Promise<void>;
}

export function createAppDataSource(url: string, poolSize: number): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    synchronize: false,
    migrationsRun: false,
    poolSize,
    applicationName: 'cirkel',
    extra: { statement_timeout: 30_000, idle_in_transaction_session_timeout: 60_000 },
  });
}

/**
 * Connects to PostgreSQL — the embedded cluster in DATA_DIR when no DATABASE_URL is given —,
 * applies pending migrations as the owner, and opens the application role's pool.
 */
export async function openDatabase(config: Config, logger: JsonLogger): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let ownerUrl: string;
  let appUrl: string;
  if (config.database.mode === 'embedded') {
    const dir = join(config.dataDir, 'postgres');
    const started = Date.now();
    embedded = await startEmbeddedPostgres({ dir, port: config.database.port, onLog: (line) => logger.debug(line) });
    const credentials = await loadOrCreateCredentials(join(dir, 'credentials.json'), 'cirkel');
    await provisionDatabase(embedded.superuserUrl, credentials);
    ownerUrl = roleUrl(embedded.superuserUrl, credentials.ownerRole, credentials.ownerPassword, credentials.database);
    appUrl = roleUrl(embedded.superuserUrl, credentials.appRole, credentials.appPassword, credentials.database);
    logger.info('embedded PostgreSQL ready', { port: embedded.port, dir, ms: Date.now() - started });
  } else {
    ownerUrl = config.database.ownerUrl;
    appUrl = config.database.url;
  }
  const appRole = decodeURIComponent(new URL(appUrl).username);
  try {
    const applied = await migrateUp(ownerUrl, appRole);
    if (applied.length > 0) logger.info('migrations applied', { migrations: applied });
    const app = createAppDataSource(appUrl, config.databasePoolSize);
    await app.initialize();
    return {
      app,
      ownerUrl,
      appUrl,
      appRole,
      async close() {
        if (app.isInitialized) await app.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
