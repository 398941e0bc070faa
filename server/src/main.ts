import 'reflect-metadata';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './core/config/config.js';
import { openDatabase, type Database } from './core/database/database.js';
import { ShutdownGate } from './core/lifecycle/shutdown-gate.js';
import { createLogger } from './core/logging/logger.js';
import { seedDemoData } from './modules/demo/demo-seed.js';

/** Exit code after a crash (sysexits' EX_SOFTWARE); 78 (EX_CONFIG) is a bad setting. */
const EX_SOFTWARE = 70;
/** The whole graceful stop (a container runtime's usual grace before SIGKILL)… */
const SHUTDOWN_WITHIN_MS = 10_000;
/** …of which requests in flight may take this much, leaving the rest for sockets, pools and PostgreSQL. */
const DRAIN_WITHIN_MS = 6_000;
/** graphql-ws clients get their close frame (1001, going away) and this long to answer it. */
const SOCKET_GRACE_MS = 1_000;

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
  const logger = createLogger({ level: config.logLevel, environment: config.environment });
  const started = Date.now();
  let database: Database | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let gate: ShutdownGate | undefined;
  let stopping = false;
  let crashed = false;

  // The HTTP server and the pools first, then the embedded PostgreSQL: once, whoever asks first.
  let released: Promise<void> | undefined;
  const release = () =>
    (released ??= (async () => {
      try {
        if (app) await (gate ? gate.closeSockets(app.close(), SOCKET_GRACE_MS) : app.close());
      } finally {
        await database?.close();
      }
    })());

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const timer = setTimeout(() => {
      logger.failure(`shutdown took longer than ${SHUTDOWN_WITHIN_MS / 1000} s; exiting`);
      process.exit(1);
    }, SHUTDOWN_WITHIN_MS).unref();
    try {
      // New requests are refused from here on; those in flight finish before anything closes.
      const drained = await gate?.drain(DRAIN_WITHIN_MS);
      if (drained) logger[drained.cut > 0 ? 'warning' : 'info']('requests drained', { ...drained, withinMs: DRAIN_WITHIN_MS });
      await release();
      clearTimeout(timer);
      logger.info('stopped', { refusedWhileStopping: gate?.refused ?? 0 });
      process.exit(crashed ? EX_SOFTWARE : 0);
    } catch (error) {
      logger.failure('shutdown failed', { error });
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGHUP', () => void stop('SIGHUP'));

  // A crash is logged like everything else, takes the embedded PostgreSQL along (bounded: the
  // process is in an unknown state) and ends with a failing exit code, never 0.
  const crash = (kind: string, error: unknown) => {
    logger.failure(kind, { error });
    if (crashed) return;
    crashed = true;
    process.exitCode = EX_SOFTWARE;
    const timer = setTimeout(() => {
      logger.failure('stopping after the crash took longer than 5 s; exiting');
      process.exit(EX_SOFTWARE);
    }, 5_000).unref();
    void release().then(
      () => logger.info('stopped after a crash'),
      (failure: unknown) => logger.failure('stopping after the crash failed', { error: failure }),
    ).finally(() => {
      clearTimeout(timer);
      process.exit(EX_SOFTWARE);
    });
  };
  process.on('uncaughtException', (error) => crash('uncaught exception', error));
  process.on('unhandledRejection', (reason) => crash('unhandled rejection', reason));

  try {
    database = await openDatabase(config, logger);
    const logins = config.demoData ? await seedDemoData(database.ownerUrl, logger) : [];
    app = await createApp({ config, database, logger });
    gate = new ShutdownGate(app.getHttpServer());
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
    if (error instanceof ConfigError) {
      // Something the operator sets or fixes (a folder PostgreSQL cannot enter): one sentence.
      logger.failure('start-up failed', { reason: error.message });
      process.stderr.write(`Cirkel cannot start: ${error.message}\n`);
      await release().catch(() => undefined);
      process.exit(78); // EX_CONFIG
    }
    logger.failure('start-up failed', { error });
    await release().catch(() => undefined);
    process.exit(1);
  }
}

void main();
