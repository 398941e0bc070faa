import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { acceptedCase, referralWorld, type Person, type ReferralWorld } from '../support/world.js';
import { forgeJwt } from '../support/jwt.js';
import { subscribeLive } from '../support/live-subscriber.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';

interface Received {
  kind: string;
  title: string;
  body: string;
}

let a: TestApp;
let b: TestApp;
let w: ReferralWorld;
let urlB: string;
const clients: Client[] = [];

beforeAll(async () => {
  a = await startTestApp();
  b = await startTestApp({}, { sameDatabaseAs: a });
  await b.app.listen(0, '127.0.0.1');
  const address = b.app.getHttpServer().address() as { port: number };
  urlB = `ws://127.0.0.1:${address.port}/graphql`;
  w = await referralWorld(a);
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await b?.app.close();
  await b?.database.app.destroy();
  await a?.close();
});

/**
 * A notification for one person, written straight through app_notify_as() — what app_notify()
 * and the periodic tasks write with — as the owner: it is announced and pushed like any other.
 */
async function notifyDirectly(person: Person, marker: string) {
  await a.owner(`SELECT app_notify_as(NULL, 'MESSAGE_RECEIVED', $1::jsonb, NULL, NULL, NULL, ARRAY[$2]::uuid[], NULL, NULL, NULL)`, [
    JSON.stringify({ author: 'Cirkel test', organisation: 'Cirkel test', caseNumber: marker }),
    person.id,
  ]);
}

/** Subscribes on instance B with a token; what arrives is taken in order with `next()`. */
function subscribe(token: string) {
  const subscriber = subscribeLive<Received>(urlB, token, 'kind title body');
  clients.push(subscriber.client);
  const { ready, next } = subscriber;
  /**
   * Connected, and the server delivers to this subscription: a notification sent to the person
   * now has arrived (whatever came before it is skipped). Waits for that, not for a while.
   */
  const live = async (person: Person) => {
    await ready;
    const marker = `probe-${randomUUID()}`;
    await notifyDirectly(person, marker);
    while (!(await next()).body.includes(marker)) {
      // Skip what arrived before the probe.
    }
  };
  return { ...subscriber, live };
}

async function message(from: Person, referralId: string, body: string) {
  const response = await a.gql('mutation($input: SendCaseMessageInput!) { sendCaseMessage(input: $input) { id } }', { input: { referralId, body } }, { token: from.token });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
}

describe('live notifications across two server instances', () => {
  it('a mutation on instance A reaches a subscriber on instance B, in the recipient’s language, and nobody else', async () => {
    const { referralId } = await acceptedCase(a, w);
    await a.owner(`UPDATE app_user SET language = 'sv' WHERE id = $1`, [w.caseworker.id]);
    const anna = subscribe(w.caseworker.token);
    const colleague = subscribe(w.supervisor.token);
    await Promise.all([anna.live(w.caseworker), colleague.live(w.supervisor)]);

    await message(w.baghdadCaseworker, referralId, 'مرحبًا');
    const arrived = await anna.next();
    expect(arrived).toMatchObject({ kind: 'MESSAGE_RECEIVED', title: 'Nytt meddelande' });
    expect(arrived.body).toContain('skrev om ärende');

    // Someone else's subscriber gets nothing of it: each subscription gets its notifications in
    // order, so the next one sent to them is the first they get.
    await notifyDirectly(w.supervisor, 'sent-after-the-message');
    expect((await colleague.next()).body).toContain('sent-after-the-message');
  });

  it('the recipient’s language decides, also for a partner in Arabic', async () => {
    const layla = subscribe(w.baghdadCaseworker.token);
    await layla.live(w.baghdadCaseworker);
    const { createCase, recordConsent, sendReferral } = await import('../support/world.js');
    const created = await createCase(a, w.caseworker.token);
    await recordConsent(a, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    await sendReferral(a, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    expect(await layla.next()).toMatchObject({ kind: 'REFERRAL_RECEIVED', title: 'إحالة جديدة' });
  });

  it('a subscription without a valid token is refused (4401): none, forged, expired, or of a deactivated person', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: w.analyst.id, org: w.stockholm.id, iss: 'cirkel', aud: 'cirkel-portal', iat: now - 100 };
    const tokens = [
      'not-a-token',
      forgeJwt({ alg: 'none' }, { ...claims, exp: now + 600 }),
      forgeJwt({ alg: 'HS256' }, { ...claims, exp: now + 600 }, 'a-different-secret-that-is-long-enough-0000'),
      forgeJwt({ alg: 'HS256' }, { ...claims, exp: now - 1 }, TEST_JWT_SECRET),
    ];
    for (const token of tokens) {
      const attempt = subscribe(token);
      await attempt.done;
      expect(attempt.closed(), token).toBe(4401);
      expect(attempt.received).toEqual([]);
    }
    const valid = forgeJwt({ alg: 'HS256' }, { ...claims, exp: now + 600 }, TEST_JWT_SECRET);
    await a.owner('UPDATE app_user SET active = false, deactivated_at = now() WHERE id = $1', [w.analyst.id]);
    const leaver = subscribe(valid);
    await leaver.done;
    expect(leaver.closed()).toBe(4401);
  });

  it('the socket closes (4401) when the token expires, so the client renews it', async () => {
    // Time is the subject: the clock stands still 200 ms before the token runs out, so the token is
    // still valid when the socket connects, however long that takes; the server's expiry timer
    // (real) then closes the socket 200 ms after it connected.
    const now = Math.floor(Date.now() / 1000);
    const exp = now + 600;
    const token = forgeJwt({ alg: 'HS256' }, { sub: w.coordinator.id, org: w.stockholm.id, iss: 'cirkel', aud: 'cirkel-portal', iat: now, exp }, TEST_JWT_SECRET);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(exp * 1000 - 200);
      const session = subscribe(token);
      await session.ready;
      await session.done;
      expect(session.closed()).toBe(4401);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the notification list', () => {
  it('unread first, marked read one by one or all at once, each person their own', async () => {
    const { referralId } = await acceptedCase(a, w);
    for (const body of ['one', 'two', 'three']) await message(w.baghdadCaseworker, referralId, body);
    const LIST = '{ unreadNotificationCount notifications(first: 50) { edges { node { id readAt kind } } } }';
    const before = await a.gql<{ unreadNotificationCount: number; notifications: { edges: Array<{ node: { id: string; readAt: string | null } }> } }>(LIST, {}, { token: w.caseworker.token });
    const count = before.data!.unreadNotificationCount;
    expect(count).toBeGreaterThanOrEqual(3);
    const oldest = before.data!.notifications.edges.at(-1)!.node.id;
    await a.gql('mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }', { id: oldest }, { token: w.caseworker.token });
    const after = await a.gql<typeof before.data>(LIST, {}, { token: w.caseworker.token });
    expect(after.data!.unreadNotificationCount).toBe(count - 1);
    // The read one now comes after every unread one.
    const order = after.data!.notifications.edges.map((e) => e.node.readAt === null);
    expect(order.indexOf(false)).toBeGreaterThan(order.lastIndexOf(true));
    // Nobody else can mark it, or even see it.
    expect((await a.gql('mutation($id: ID!) { markNotificationRead(id: $id) { id } }', { id: oldest }, { token: w.supervisor.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const all = await a.gql<{ markAllNotificationsRead: number }>('mutation { markAllNotificationsRead }', {}, { token: w.caseworker.token });
    expect(all.data?.markAllNotificationsRead).toBe(count - 1);
    expect((await a.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, { token: w.caseworker.token })).data?.unreadNotificationCount).toBe(0);
  });
});
