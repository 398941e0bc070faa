// The built server (npm run build -w server) for a benchmark: an embedded PostgreSQL in a folder of
// its own, seeded with the demo data, and the app listening on 127.0.0.1; and a request to it.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../server/test/support/free-port.mjs';

const dist = new URL('../../server/dist/', import.meta.url);
/** A module of the built server, by its path under server/dist. */
export const fromDist = (path) => import(new URL(path, dist));

const { createApp } = await fromDist('app.js');
const { loadConfig } = await fromDist('core/config/config.js');
const { openDatabase } = await fromDist('core/database/database.js');
const { createLogger } = await fromDist('core/logging/logger.js');
const { seedDemoData } = await fromDist('modules/demo/demo-seed.js');

async function listen(config, database, logger) {
  const app = await createApp({ config, database, logger });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  return { app, baseUrl: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}/graphql`, wsUrl: `ws://127.0.0.1:${port}/graphql` };
}

/**
 * `queryLogger` is handed to TypeORM (e.g. to count the SQL statements); `clientDist`, the built
 * client to serve (none by default).
 */
export async function startBuiltServer({ queryLogger, clientDist = '/nonexistent' } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'cirkel-bench-'));
  await chmod(dataDir, 0o755); // as root, PostgreSQL runs as `postgres`, which must reach its folder
  const logger = createLogger({ level: 'silent' });
  const settings = { NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent', CLIENT_DIST_DIR: clientDist };
  const config = loadConfig({ ...settings, EMBEDDED_DB_PORT: String(await freePort()) });
  const database = await openDatabase(config, logger, queryLogger);
  await seedDemoData(database.ownerUrl, logger);
  const { app, baseUrl, url, wsUrl } = await listen(config, database, logger);
  return {
    config,
    database,
    app,
    baseUrl,
    url,
    wsUrl,
    /** Another instance on the same PostgreSQL, reached with DATABASE_URL like a second machine. */
    async startSecondInstance() {
      const secondConfig = loadConfig({ ...settings, DATABASE_URL: database.appUrl, DATABASE_OWNER_URL: database.ownerUrl });
      const secondDatabase = await openDatabase(secondConfig, logger);
      const second = await listen(secondConfig, secondDatabase, logger);
      return {
        ...second,
        async close() {
          await second.app.close();
          await secondDatabase.app.destroy();
        },
      };
    },
    async close() {
      await app.close();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** One GraphQL request: its data, or an error with the server's errors. */
export async function graphql(url, query, variables, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * Signs in Anna Lindqvist (Stockholm caseworker, demo data) and gives her `count` more cases, each
 * with a consent and a referral to one of the partners in turn (and, with `household`, a child):
 * the demo data has too few referred cases for a page of 50. Returns her token.
 */
export async function signInWithReferredCases(url, { count = 60, household = false } = {}) {
  const gql = (query, variables, token) => graphql(url, query, variables, token);
  const { login } = await gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { email: 'anna.lindqvist@stockholm.example', password: 'Cirkel-demo-2026' },
  });
  const token = login.accessToken;
  const partners = (await gql('{ referralPartners { id } }', {}, token)).referralPartners;
  for (let i = 0; i < count; i += 1) {
    const input = {
      returnee: { firstName: `Person${i}`, lastName: 'Bench', sex: 'UNKNOWN', documentLanguage: 'en' },
      ...(household ? { household: [{ firstName: 'Child', lastName: 'Bench', sex: 'UNKNOWN', relation: 'CHILD' }] } : {}),
      destinationCountry: 'BA',
      destinationPlace: 'Prijedor',
    };
    const { createCase } = await gql('mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }', { input }, token);
    const partner = partners[i % partners.length].id;
    await gql('mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }', { input: { caseId: createCase.id, partnerId: partner, sections: ['IDENTITY'], givenOn: '2026-01-01' } }, token);
    await gql('mutation($input: SendReferralInput!) { sendReferral(input: $input) { id } }', { input: { caseId: createCase.id, partnerId: partner, sections: ['IDENTITY'] } }, token);
  }
  return token;
}
