import 'reflect-metadata';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './core/config/config.js';
import { openDatabase, type Database } from './core/database/database.js';
import { JsonLogger } from './core/logging/json-logger.js';
import { seedDemoData } from './modules/demo/demo-seed.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Cirkel cannot start: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  const started = Date.now();
  let database: Database | undefined;
  let stopping = false;

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const timer = setTimeout(() => {
      logger.failure('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000).unref();
    try {
      await app?.close();
      await database?.close();
      clearTimeout(timer);
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.failure('shutdown failed', { error });
      process.exit(1);
    }
  };
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  try {
    database = await openDatabase(config, logger);
    const logins = config.demoData ? await seedDemoData(database.ownerUrl, logger) : [];
    app = await createApp({ config, database, logger });
    await app.listen(config.port, config.host);
    logger.info('ready', { url: config.publicUrl, host: config.host, port: config.port, ms: Date.now() - started });
    if (stopping) return;
    const lines = [
      '',
      `  Cirkel is running at ${config.publicUrl}  (GraphQL: ${config.publicUrl}/graphql)`,
      ...(logins.length > 0
        ? ['', '  Demo logins (password for all: see below):', ...logins.map((l) => `    ${l.email.padEnd(38)} ${l.description}`)]
        : []),
      ...(logins.length > 0 ? ['', `  Demo password: ${logins[0]!.password}`] : []),
      '',
    ];
    process.stderr.write(`${lines.join('\n')}\n`);
  } catch (error) {
    logger.failure('start-up failed', { error });
    await app?.close().catch(() => undefined);
    await database?.close().catch(() => undefined);
    process.exit(1);
  }
}

void main();
