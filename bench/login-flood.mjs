// Benchmark: can anonymous logins stall the portal? One server (default pool of 10 connections)
// on an embedded PostgreSQL with the demo data. A flood of anonymous logins with unknown addresses
// is sent at once, while a signed-in person asks `{ me { email } }` every 100 ms. Prints how long
// those `me` requests took during the flood, and how the logins were answered.
// The flood and the signed-in person are worker threads of their own, so that neither client
// queues behind the other or behind the server's own event loop.
// Run: npm run build && node bench/login-flood.mjs [logins]
import http from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }';

/** One request on a connection of its own (no agent pool to queue in). */
function gql(url, query, variables, token) {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve(JSON.parse(text)));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

if (!isMainThread) {
  const { role, url, logins, token } = workerData;
  if (role === 'flood') {
    const answers = await Promise.all(
      Array.from({ length: logins }, (_, i) => gql(url, LOGIN, { i: { email: `flood-${i}@nowhere.example`, password: 'a guess at random' } })),
    );
    const codes = {};
    for (const answer of answers) {
      const code = answer.errors?.[0]?.extensions?.code ?? 'OK';
      codes[code] = (codes[code] ?? 0) + 1;
    }
    parentPort.postMessage({ codes });
  } else {
    // The signed-in person: until told to stop.
    let running = true;
    parentPort.on('message', () => (running = false));
    const latencies = [];
    let errors = 0;
    while (running) {
      const sent = performance.now();
      const answer = await gql(url, '{ me { email } }', {}, token);
      latencies.push(performance.now() - sent);
      if (answer.errors) errors += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    parentPort.postMessage({ latencies, errors });
    parentPort.close();
  }
} else {
  const logins = Number(process.argv[2] ?? 300);
  // Imported here, not above: the worker threads run this file too and need no server.
  const { startBuiltServer } = await import('./lib/built-server.mjs');
  const { config, url, close } = await startBuiltServer();
  const run = (data) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: data });
    return { worker, result: new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject)) };
  };

  try {
    const token = (await gql(url, LOGIN, { i: { email: 'anna.lindqvist@stockholm.example', password: 'Cirkel-demo-2026' } })).data.login.accessToken;
    const person = run({ role: 'person', url, token });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const flood = run({ role: 'flood', url, logins });
    const { codes } = await flood.result;
    const floodMs = performance.now() - started;
    person.worker.postMessage('stop');
    const { latencies, errors } = await person.result;
    latencies.sort((x, y) => x - y);
    const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
    console.log(`${logins} anonymous logins at once (pool of ${config.databasePoolSize}), all answered after ${(floodMs / 1000).toFixed(1)} s:`);
    console.log(`  ${Object.entries(codes).map(([code, n]) => `${code} ${n}`).join(' · ')}`);
    console.log(`signed-in { me } every 100 ms meanwhile, ${latencies.length} requests (${errors} errors):`);
    console.log(`  median ${at(0.5)} ms · p95 ${at(0.95)} ms · max ${latencies.at(-1).toFixed(1)} ms`);
  } finally {
    await close();
  }
}
