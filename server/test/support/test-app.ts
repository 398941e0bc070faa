import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import request from 'supertest';
import { inject } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/core/config/config.js';
import { openDatabase, type Database } from '../../src/core/database/database.js';
import { roleUrl } from '../../src/core/database/provision.js';
import { createLogger } from '../../src/core/logging/logger.js';
import { asApplication, type AppSql, type SqlActor } from './app-sql.js';
import { TEMPLATE_DATABASE } from './global-setup.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string; field?: string } }>;
  headers: Record<string, string | string[] | undefined>;
  setCookie: string[];
}

export interface GraphQLOptions {
  token?: string;
  cookie?: string;
  language?: string;
  headers?: Record<string, string>;
}

export interface TestApp {
  app: NestExpressApplication;
  config: Config;
  database: Database;
  /** Every line the server logged, parsed. */
  logs: Array<Record<string, unknown>>;
  /** Every SQL statement the application role ran, in order. */
  statements: string[];
  ownerUrl: string;
  appUrl: string;
  databaseName: string;
  /** A query as the owner role (fixtures and checks; RLS lets the owner see everything). */
  owner<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: GraphQLOptions): Promise<GraphQLResponse<T>>;
  /**
   * Statements as the application role — what a service with a bug could send — with `actor`'s
   * tenant settings, in one transaction rolled back afterwards (see app-sql.ts).
   */
  asAppRole<T>(actor: SqlActor, work: (sql: AppSql) => Promise<T>, options?: { commit?: boolean }): Promise<T>;
  close(): Promise<void>;
}

/**
 * A database of this test file's own, cloned from the migrated template (or, with `empty`, one
 * with no schema at all).
 */
export async function createTestDatabase(
  options: { empty?: boolean } = {},
): Promise<{ databaseName: string; ownerUrl: string; appUrl: string; appRole: string }> {
  const { superuserUrl, credentials } = inject('database');
  const databaseName = `test_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    const template = options.empty ? 'template0' : TEMPLATE_DATABASE;
    await admin.query(`CREATE DATABASE ${databaseName} TEMPLATE ${template} OWNER ${credentials.ownerRole}`);
    // As provisionDatabase does: the application role may connect, and not create temporary tables.
    await admin.query(`REVOKE ALL ON DATABASE ${databaseName} FROM PUBLIC`);
    await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${databaseName} TO ${credentials.ownerRole}`);
    await admin.query(`GRANT CONNECT ON DATABASE ${databaseName} TO ${credentials.appRole}`);
  } finally {
    await admin.end();
  }
  return {
    databaseName,
    ownerUrl: roleUrl(superuserUrl, credentials.ownerRole, credentials.ownerPassword, databaseName),
    appUrl: roleUrl(superuserUrl, credentials.appRole, credentials.appPassword, databaseName),
    appRole: credentials.appRole,
  };
}

/**
 * A server in this process on a database of its own — or, with `sameDatabaseAs`, a second
 * instance on another's database (as behind a load balancer).
 */
export async function startTestApp(env: Record<string, string> = {}, options: { sameDatabaseAs?: TestApp } = {}): Promise<TestApp> {
  const shared = options.sameDatabaseAs;
  const { databaseName, ownerUrl, appUrl } = shared
    ? { databaseName: shared.databaseName, ownerUrl: shared.ownerUrl, appUrl: shared.appUrl }
    : await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: appUrl,
    DATABASE_OWNER_URL: ownerUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    CLIENT_DIST_DIR: '/nonexistent',
    DATABASE_POOL_SIZE: '5',
    LOG_LEVEL: 'info',
    ...env,
  });
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger({ level: config.logLevel, sink: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
  const statements: string[] = [];
  const database = await openDatabase(config, logger, {
    // A prepared statement (preparedRows) arrives as { name, text }: recorded as its text.
    logQuery: (query) => void statements.push(String(query)),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  });
  const app = await createApp({ config, database, logger });
  await app.init();
  const ownerPool = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  const http = app.getHttpServer();

  const testApp: TestApp = {
    app,
    config,
    database,
    logs,
    statements,
    ownerUrl,
    appUrl,
    databaseName,
    async owner(sql, params) {
      return (await ownerPool.query(sql, params)).rows;
    },
    asAppRole: (actor, work, options) => asApplication(testApp, actor, work, options),
    async gql(query, variables, options = {}) {
      let call = request(http)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .set('Accept-Language', options.language ?? 'en');
      if (options.token) call = call.set('Authorization', `Bearer ${options.token}`);
      if (options.cookie) call = call.set('Cookie', options.cookie);
      for (const [name, value] of Object.entries(options.headers ?? {})) call = call.set(name, value);
      const response = await call.send({ query, variables });
      const setCookie = response.headers['set-cookie'];
      return {
        status: response.status,
        data: response.body?.data,
        errors: response.body?.errors,
        headers: response.headers,
        setCookie: Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [],
      };
    },
    async close() {
      await app.close();
      await database.close();
      await ownerPool.end();
    },
  };
  return testApp;
}
