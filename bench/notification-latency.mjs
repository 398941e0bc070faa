// Benchmark: live notifications across server instances. Two servers on one PostgreSQL; a
// subscriber connected to instance B; a mutation (a case message) on instance A. Prints the
// time from sending the mutation to the notification arriving on B.
// Run: npm run build && node bench/notification-latency.mjs [rounds]
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { fromDist, graphql, startBuiltServer } from './lib/built-server.mjs';

const rounds = Number(process.argv[2] ?? 50);
const { NotificationHub } = await fromDist('modules/notifications/notification-hub.js');

// Instance A owns the embedded PostgreSQL; instance B connects to it.
const instanceA = await startBuiltServer();
const instanceB = await instanceA.startSecondInstance();

const gql = (query, variables, token) => graphql(instanceA.url, query, variables, token);
const login = async (email) =>
  (await gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email, password: 'Cirkel-demo-2026' } })).login.accessToken;

try {
  const anna = await login('anna.lindqvist@stockholm.example');
  const layla = await login('layla.alrawi@cldd-baghdad.example');
  const referralId = (await gql('{ incomingReferrals(status: [ACCEPTED]) { edges { node { id } } } }', {}, layla)).incomingReferrals.edges[0].node.id;
  const subscriber = createClient({ url: instanceB.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${anna}` } });
  let waiting;
  subscriber.subscribe(
    { query: 'subscription { notificationAdded { id } }' },
    { next: () => waiting?.(performance.now()), error: (e) => console.error(e), complete: () => undefined },
  );
  // Measure only once instance B holds the subscription (a notification sent before would never
  // arrive), and after one unmeasured round that warms both instances up.
  const hub = instanceB.app.get(NotificationHub);
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
  await instanceB.close();
  await instanceA.close();
}
