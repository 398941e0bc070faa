import type { GraphQLFormattedError } from 'graphql';
import { createClient, type Client, type SubscribePayload } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedCase, referralWorld, type ReferralWorld } from '../support/world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { NotificationHub } from '../../src/modules/notifications/notification-hub.js';

const SUBSCRIPTIONS_ONLY_SV = 'Den här anslutningen används bara för liveuppdateringar (prenumerationer). Skicka frågor och ändringar över HTTP.';
/** What must never reach a client: internals of the server, its code or its stack. */
const INTERNAL = /getRepository|Cannot read properties|TypeError|stack|\bat \S+ \(|node_modules|\.ts:\d+/;

let t: TestApp;
let w: ReferralWorld;
let url: string;
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestApp({ NODE_ENV: 'production', DEMO_DATA: 'false' });
  await t.app.listen(0, '127.0.0.1');
  url = `ws://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}/graphql`;
  w = await referralWorld(t);
  await t.owner(`UPDATE app_user SET language = 'sv' WHERE id = $1`, [w.caseworker.id]);
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await t?.close();
});

async function connect(token: string): Promise<Client> {
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined });
  clients.push(client);
  await new Promise<void>((resolve) => client.on('connected', () => resolve()));
  return client;
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Sends one operation over the socket; resolves with what came back once it ends in an error or completes. */
function send(client: Client, payload: SubscribePayload): Promise<{ results: unknown[]; errors?: GraphQLFormattedError[] }> {
  return new Promise((resolve) => {
    const results: unknown[] = [];
    client.subscribe(payload, {
      next: (value) => results.push(value),
      error: (errors) => resolve({ results, errors: errors as GraphQLFormattedError[] }),
      complete: () => resolve({ results }),
    });
  });
}

describe('the graphql-ws socket, in production', () => {
  it('refuses a query with BAD_REQUEST in the socket user’s language, without running it', async () => {
    const client = await connect(w.caseworker.token);
    for (const query of ['{ me { email } }', 'query Cases { cases(first: 5) { totalCount edges { node { id } } } }']) {
      const { results, errors } = await send(client, { query });
      expect(results, query).toEqual([]);
      expect(errors, query).toHaveLength(1);
      expect(errors![0]).toMatchObject({ message: SUBSCRIPTIONS_ONLY_SV, extensions: { code: 'BAD_REQUEST' } });
      expect(JSON.stringify(errors)).not.toMatch(INTERNAL);
    }
  });

  it('refuses a mutation the same way, and it changes nothing', async () => {
    const { referralId } = await acceptedCase(t, w);
    await t.gql('mutation($input: SendCaseMessageInput!) { sendCaseMessage(input: $input) { id } }', { input: { referralId, body: 'hej' } }, { token: w.baghdadCaseworker.token });
    const unread = async () => (await t.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, { token: w.caseworker.token })).data!.unreadNotificationCount;
    const before = await unread();
    expect(before).toBeGreaterThan(0);
    const client = await connect(w.caseworker.token);
    const { results, errors } = await send(client, { query: 'mutation { markAllNotificationsRead }' });
    expect(results).toEqual([]);
    expect(errors?.[0]).toMatchObject({ message: SUBSCRIPTIONS_ONLY_SV, extensions: { code: 'BAD_REQUEST' } });
    expect(JSON.stringify(errors)).not.toMatch(INTERNAL);
    expect(await unread()).toBe(before);
  });

  it('answers a malformed or oversized subscription with a stable code, and keeps the socket open', async () => {
    const client = await connect(w.caseworker.token);
    const malformed = await send(client, { query: 'subscription { notificationAdded { ' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const unknown = await send(client, { query: 'subscription { notificationAddedd { id } }' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(unknown.errors)).not.toMatch(/Did you mean/);
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Notification { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const bomb = await send(client, { query: `subscription { notificationAdded { ...F0 } } ${fragments} fragment F40 on Notification { a: id }` });
    expect(bomb.errors?.map((e) => e.extensions?.code)).toContain('QUERY_TOO_COMPLEX');
    const huge = await send(client, { query: `subscription { notificationAdded { ${'id '.repeat(t.config.graphql.maxTokens)}} }` });
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
    for (const errors of [malformed.errors, unknown.errors, bomb.errors, huge.errors]) expect(JSON.stringify(errors)).not.toMatch(INTERNAL);
  });

  it('still delivers subscriptions, on a socket that was just refused a query', async () => {
    const client = await connect(w.caseworker.token);
    expect((await send(client, { query: '{ me { email } }' })).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const received: Array<{ kind: string; title: string }> = [];
    client.subscribe<{ notificationAdded: { kind: string; title: string } }>(
      { query: 'subscription { notificationAdded { kind title } }' },
      { next: (value) => value.data && received.push(value.data.notificationAdded), error: () => undefined, complete: () => undefined },
    );
    const hub = t.app.get(NotificationHub);
    await until(() => hub.subscriptions > 0);
    const { referralId } = await acceptedCase(t, w);
    await t.gql('mutation($input: SendCaseMessageInput!) { sendCaseMessage(input: $input) { id } }', { input: { referralId, body: 'hallå' } }, { token: w.baghdadCaseworker.token });
    await until(() => received.some((n) => n.kind === 'MESSAGE_RECEIVED'));
    expect(received).toContainEqual({ kind: 'MESSAGE_RECEIVED', title: 'Nytt meddelande' });
  });
});
