import { randomUUID } from 'node:crypto';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedSite, running, type EmbeddedSite } from '../support/embedded-server.js';
import type { ServerProcess } from '../support/server-process.js';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  reusedSocket: boolean;
}

/** One HTTP request with node:http, so that which connection it travels on is ours to choose. */
function send(port: number, options: { method?: string; path: string; body?: unknown; agent?: Agent | false; language?: string; token?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const call = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? (payload ? 'POST' : 'GET'),
        path: options.path,
        agent: options.agent ?? false,
        headers: {
          ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {}),
          'Accept-Language': options.language ?? 'en',
          ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body, reusedSocket: call.reusedSocket }));
        response.on('error', reject);
      },
    );
    call.on('error', reject);
    call.end(payload);
  });
}

/**
 * SIGTERM while requests are in flight: the server stops accepting connections, answers what
 * still arrives on an open connection with 503 (the standard error shape, in the caller's
 * language), lets the requests in flight finish — a message write among them, committed — closes
 * the live sockets with 1001 and exits 0. A request is kept in flight from outside: the test
 * holds a lock on the referral row that the message's insert must wait for.
 */
describe('SIGTERM with requests in flight', () => {
  let site: EmbeddedSite;
  let server: ServerProcess;

  beforeAll(async () => {
    site = await embeddedSite('cirkel-drain-');
    server = site.start();
    await server.waitFor(/"msg":"ready"/, 90_000);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    const pid = site?.postmasterPid();
    if (pid && running(pid)) process.kill(pid, 'SIGINT');
    while (pid && running(pid)) await sleep(50);
    if (site) await rm(site.dataDir, { recursive: true, force: true });
  });

  it('finishes the message write in flight, answers a new request 503 in the caller’s language, closes sockets with 1001, exits 0', async () => {
    const token = await site.login('anna.lindqvist@stockholm.example');
    const [referral] = await site.sql<{ id: string }>(
      `SELECT r.id FROM referral r JOIN referral_case c ON c.id = r.case_id JOIN app_user u ON u.id = c.responsible_user_id
        WHERE r.status = 'ACCEPTED' AND u.email = 'anna.lindqvist@stockholm.example' ORDER BY r.id LIMIT 1`,
    );
    expect(referral).toBeDefined();
    const body = `sent while stopping ${randomUUID()}`;

    // A live subscriber, and an idle keep-alive connection (it answered one request already).
    let closedWith: number | undefined;
    const closed = new Promise<void>((resolve) => {
      const client = createClient({
        url: `ws://127.0.0.1:${site.port}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
        on: {
          closed: (event) => {
            closedWith = (event as { code?: number }).code;
            resolve();
          },
        },
      });
      client.subscribe({ query: 'subscription { notificationAdded { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    });
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    const probe = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await send(site.port, { path: '/health', agent: keepAlive })).status).toBe(200);
    expect((await send(site.port, { path: '/ready', agent: probe })).status).toBe(200);

    // The message write waits for the test's lock on its referral.
    const locker = new pg.Client({ connectionString: await site.superuserUrl() });
    locker.on('error', () => undefined); // the server stops this PostgreSQL at the end
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('SELECT id FROM referral WHERE id = $1 FOR UPDATE', [referral!.id]);
    const inFlight = send(site.port, {
      path: '/graphql',
      token,
      body: {
        query: 'mutation($input: SendCaseMessageInput!) { sendCaseMessage(input: $input) { id body } }',
        variables: { input: { referralId: referral!.id, body } },
      },
    });
    // In flight: the insert waits for the lock (a state PostgreSQL shows, not a guess at time).
    let answered: Answer | undefined;
    inFlight.then(
      (answer) => (answered = answer),
      () => undefined,
    );
    // (Asked outside the locking transaction, which would see one snapshot of the activity.)
    for (;;) {
      if (answered) throw new Error(`the message write did not wait for the lock: ${answered.status} ${answered.body}`);
      const waiting = await site.sql(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO case_message%'`);
      if (waiting.length > 0) break;
      await sleep(50);
    }

    process.kill(server.child.pid!, 'SIGTERM');
    await server.waitFor(/"msg":"shutting down"/, 30_000);

    // A request on the open connection: 503, the standard shape, in Swedish, and no keep-alive.
    const refused = await send(site.port, { path: '/graphql', agent: keepAlive, language: 'sv', body: { query: '{ __typename }' } });
    expect(refused.reusedSocket).toBe(true);
    expect(refused.status).toBe(503);
    expect(refused.headers.connection).toBe('close');
    expect(refused.headers['retry-after']).toBe('1');
    expect(JSON.parse(refused.body)).toEqual({
      errors: [{ message: 'Portalen startar om. Försök igen om en stund.', extensions: { code: 'BUSY', reason: 'SHUTTING_DOWN', retryAfterSeconds: 1 } }],
    });
    // A load balancer's probe on its open connection learns that this instance is going.
    const ready = await send(site.port, { path: '/ready', agent: probe });
    expect([ready.reusedSocket, ready.status, JSON.parse(ready.body)]).toEqual([true, 503, { status: 'unavailable', reason: 'shutting down' }]);
    // A new connection is not accepted any more.
    await expect(send(site.port, { path: '/ready' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    await locker.query('ROLLBACK');
    const written = await inFlight;
    expect(written.status).toBe(200);
    const result = JSON.parse(written.body) as { data?: { sendCaseMessage: { id: string; body: string } }; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(result.data?.sendCaseMessage.body).toBe(body);
    expect(written.headers.connection).toBe('close');
    await locker.end().catch(() => undefined);

    expect(await server.exited).toEqual({ code: 0, signal: null });
    await closed;
    expect(closedWith).toBe(1001);
    const drained = server.output().split('\n').find((line) => line.includes('"msg":"requests drained"'));
    expect(JSON.parse(drained!)).toMatchObject({ finished: 1, cut: 0 });
    keepAlive.destroy();
    probe.destroy();

    // The write was committed: it is there after a restart.
    server = site.start();
    await server.waitFor(/"msg":"ready"/, 90_000);
    expect(await site.sql('SELECT 1 FROM case_message WHERE id = $1 AND body = $2', [result.data!.sendCaseMessage.id, body])).toHaveLength(1);
  }, 180_000);
});
