// `node bench/profile-case-list.mjs [seconds] [dir]` (after `npm run build -w server`): where the
// server spends its CPU on issue 10's case-list shape (a page of 50 cases with returnee, status,
// referrals and each partner's name) at c=10, on the demo data plus 60 cases. The server runs in
// this process and is profiled only while the load runs (the inspector's CPU profiler); prints
// req/s and writes DIR/case-list.cpuprofile (default /tmp/prof), which
// `node bench/profile-summary.mjs DIR` sums up (Chrome's DevTools open it too). The load
// generator shares the process: count its share (autocannon, undici) out. The proportions hold on
// a busy machine; the req/s do not.
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { signInWithReferredCases, startBuiltServer } from './lib/built-server.mjs';

const seconds = Number(process.argv[2] ?? 15);
const dir = process.argv[3] ?? '/tmp/prof';
const server = await startBuiltServer();
try {
  const token = await signInWithReferredCases(server.url);
  const body = JSON.stringify({
    query: 'query CasesWithReferrals($first: Int!) { cases(first: $first) { edges { node { id number status returnee { firstName lastName } referrals { id status to { id name } } } } } }',
    variables: { first: 50 },
  });
  const inspector = new Session();
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.start');
  const result = await autocannon({
    url: server.url, method: 'POST', connections: 10, duration: seconds, body,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  });
  const { profile } = await inspector.post('Profiler.stop');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'case-list.cpuprofile'), JSON.stringify(profile));
  console.log(`c=10 for ${seconds}s: ${result.requests.average.toFixed(1)} req/s, p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, non-2xx ${result.non2xx}, errors ${result.errors}`);
} finally {
  await server.close();
}
