import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/core/database/embedded-postgres.js';
import { migrateUp } from '../../src/core/database/migrations.js';
import { newCredentials, provisionDatabase, roleUrl, type DatabaseCredentials } from '../../src/core/database/provision.js';

export const TEMPLATE_DATABASE = 'cirkel_template';

declare module 'vitest' {
  export interface ProvidedContext {
    database: { superuserUrl: string; credentials: DatabaseCredentials };
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * One real PostgreSQL for the whole run, with the migrated schema in a template database;
 * each test file clones the template into a database of its own (see test-app.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'cirkel-test-pg-'));
  const database = await startEmbeddedPostgres({ dir, port: await freePort(), durable: false });
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
  return async () => {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
