// Benchmark: live notifications across server instances. Two servers on one PostgreSQL; a
// subscriber connected to instance B; a mutation (a case message) on instance A. Prints the
// time from sending the mutation to the notification arriving on B.
// Run: npm run build && node bench/notification-latency.mjs [rounds]
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const rounds = Number(process.argv[2] ?? 50);
const dist = new URL('../server/dist/', import.meta.url);
const { createApp } = await import(new URL('app.js', dist));
const { loadConfig } = await import(new URL('core/config/config.js', dist));
const { openDatabase } = await import(new URL('core/database/database.js', dist));
const { createLogger } = await import(new URL('core/logging/logger.js', dist));
const { seedDemoData } = await import(new URL('modules/demo/demo-seed.js', dist));
const { NotificationHub } = await import(new URL('modules/notifications/notification-hub.js', dist));

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dataDir = await mkdtemp(join(tmpdir(), 'cirkel-bench-'));
await chmod(dataDir, 0o755);
const logger = createLogger({ level: 'silent' });
const base = { NODE_ENV: 'development', DATA_DIR: dataDir, LOG_LEVEL: 'silent', CLIENT_DIST_DIR: '/nonexistent' };
// Instance A owns the embedded PostgreSQL; instance B connects to it with DATABASE_URL, like a second machine.
const configA = loadConfig({ ...base, EMBEDDED_DB_PORT: String(await freePort()) });
const databaseA = await openDatabase(configA, logger);
await seedDemoData(databaseA.ownerUrl, logger);
const configB = loadConfig({ ...base, DATABASE_URL: databaseA.appUrl, DATABASE_OWNER_URL: databaseA.ownerUrl });
const databaseB = await openDatabase(configB, logger);
const appA = await createApp({ config: configA, database: databaseA, logger });
const appB = await createApp({ config: configB, database: databaseB, logger });
await appA.listen(0, '127.0.0.1');
await appB.listen(0, '127.0.0.1');
const urlA = `http://127.0.0.1:${appA.getHttpServer().address().port}/graphql`;
const wsB = `ws://127.0.0.1:${appB.getHttpServer().address().port}/graphql`;

async function gql(query, variables, token) {
  const response = await fetch(urlA, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const login = async (email) =>
  (await gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email, password: 'Cirkel-demo-2026' } })).login.accessToken;

try {
  const anna = await login('anna.lindqvist@stockholm.example');
  const layla = await login('layla.alrawi@cldd-baghdad.example');
  const referralId = (await gql('{ incomingReferrals(status: [ACCEPTED]) { edges { node { id } } } }', {}, layla)).incomingReferrals.edges[0].node.id;
  const subscriber = createClient({ url: wsB, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${anna}` } });
  let waiting;
  subscriber.subscribe(
    { query: 'subscription { notificationAdded { id } }' },
    { next: () => waiting?.(performance.now()), error: (e) => console.error(e), complete: () => undefined },
  );
  // Measure only once instance B holds the subscription (a notification sent before would never
  // arrive), and after one unmeasured round that warms both instances up.
  const hub = appB.get(NotificationHub);
  while (hub.subscriptions < 1) await new Promise((resolve) => setTimeout(resolve, 10));
  const warmedUp = new Promise((resolve) => (waiting = resolve));
  await gql('mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }', { i: { referralId, body: 'Warm-up' } }, layla);
  await warmedUp;
  const latencies = [];
  for (let round = 0; round < rounds; round += 1) {
    const arrived = new Promise((resolve) => (waiting = resolve));
    const sent = performance.now();
    await gql('mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }', { i: { referralId, body: `Round ${round}` } }, layla);
    latencies.push((await arrived) - sent);
  }
  latencies.sort((x, y) => x - y);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
  console.log(`mutation on instance A → notification on instance B (graphql-ws), ${rounds} rounds`);
  console.log(`median ${at(0.5)} ms · p95 ${at(0.95)} ms · max ${latencies.at(-1).toFixed(1)} ms · min ${latencies[0].toFixed(1)} ms`);
  await subscriber.dispose();
} finally {
  await appB.close();
  await appA.close();
  await databaseB.app.destroy();
  await databaseA.close();
  await rm(dataDir, { recursive: true, force: true });
}
