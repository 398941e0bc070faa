import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOrganisation, createUser, login, type TestUser } from '../support/fixtures.js';
import { subscribeLive, type LiveSubscriber } from '../support/live-subscriber.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LISTENER = 'cirkel-notification-listener';

let t: TestApp;
let url: string;
let anna: TestUser & { token: string };
let bo: TestUser & { token: string };
const subscribers: LiveSubscriber[] = [];

beforeAll(async () => {
  t = await startTestApp();
  await t.app.listen(0, '127.0.0.1');
  url = `ws://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}/graphql`;
  const organisation = await createOrganisation(t);
  for (const name of ['anna', 'bo'] as const) {
    const user = await createUser(t, organisation);
    const signedIn = { ...user, token: (await login(t, user)).token };
    if (name === 'anna') anna = signedIn;
    else bo = signedIn;
  }
});

afterAll(async () => {
  for (const subscriber of subscribers) await subscriber.dispose();
  await t?.close();
});

/** A notification for one person, as app_notify() writes and announces it; its id. */
async function notify(person: TestUser, marker: string): Promise<string> {
  await t.owner(`SELECT app_notify_as(NULL, 'MESSAGE_RECEIVED', $1::jsonb, NULL, NULL, NULL, ARRAY[$2]::uuid[], NULL, NULL, NULL)`, [
    JSON.stringify({ author: 'Cirkel test', organisation: 'Cirkel test', caseNumber: marker }),
    person.id,
  ]);
  const [row] = await t.owner<{ id: string }>(`SELECT id FROM notification WHERE params->>'caseNumber' = $1`, [marker]);
  return row!.id;
}

/** A subscriber to whom the server demonstrably delivers: a probe sent now has arrived. */
async function liveSubscriber(person: TestUser & { token: string }): Promise<LiveSubscriber> {
  const subscriber = subscribeLive(url, person.token);
  subscribers.push(subscriber);
  await subscriber.ready;
  const marker = `probe-${Math.random()}`;
  await notify(person, marker);
  while (!(await subscriber.next()).body.includes(marker)) {
    // Skip what arrived before the probe.
  }
  return subscriber;
}

/** Waits until the server has logged `message` at least `count` times (an event in its log, not a guess at time). */
async function logged(message: string, count = 1): Promise<void> {
  while (t.logs.filter((line) => line.msg === message).length < count) await sleep(20);
}

const count = (message: string) => t.logs.filter((line) => line.msg === message).length;

describe('live notifications after the listener lost its connection', () => {
  it('what was committed while the listener was away arrives once it is back: once, and only to its recipient', async () => {
    const annaLive = await liveSubscriber(anna);
    const boLive = await liveSubscriber(bo);
    const { superuserUrl, credentials } = inject('database');
    const admin = new pg.Client({ connectionString: superuserUrl });
    await admin.connect();
    try {
      // The listener cannot come back until the test says so: the application role may not connect.
      await admin.query(`REVOKE CONNECT ON DATABASE ${t.databaseName} FROM ${credentials.appRole}`);
      const lost = count('notification listener lost its connection; reconnecting');
      const refused = count('notification listener could not connect; retrying');
      const terminated = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = $2`, [
        LISTENER,
        t.databaseName,
      ]);
      expect(terminated.rowCount).toBe(1);
      await logged('notification listener lost its connection; reconnecting', lost + 1);
      await logged('notification listener could not connect; retrying', refused + 1);
      // Committed now, NOTIFY reaches no listener of this instance: only a catch-up can deliver it.
      await notify(anna, 'committed-while-away');
    } finally {
      await admin.query(`GRANT CONNECT ON DATABASE ${t.databaseName} TO ${credentials.appRole}`);
      await admin.end();
    }

    expect((await annaLive.next()).body).toContain('committed-while-away');
    await logged('notification listener caught up');
    // Once: what comes next is the next notification sent to her — neither this one again nor
    // the probe delivered live before the outage — and Bo got nothing of hers.
    await notify(anna, 'after-the-return');
    expect((await annaLive.next()).body).toContain('after-the-return');
    await notify(bo, 'for-bo');
    expect((await boLive.next()).body).toContain('for-bo');
    expect(boLive.received.map((n) => n.body).join(' ')).not.toContain('committed-while-away');
  });

  it('a malformed or forged announcement is logged and ignored, and the listener goes on', async () => {
    const annaLive = await liveSubscriber(anna);
    const bosOwn = await notify(bo, 'bo-only');
    const before = count('ignored a malformed notification announcement');
    const malformed = ['garbage', 'null', '[]', '{"id":"1","user":"2","organisation":"3"}', JSON.stringify({ id: bosOwn, user: anna.id })];
    for (const payload of malformed) await t.owner(`SELECT pg_notify('cirkel_notification', $1)`, [payload]);
    // Well-formed, but Bo's notification announced to Anna: read as Anna, it does not exist.
    await t.owner(`SELECT pg_notify('cirkel_notification', $1)`, [JSON.stringify({ id: bosOwn, user: anna.id, organisation: anna.organisationId })]);

    await notify(anna, 'after-the-garbage');
    expect((await annaLive.next()).body).toContain('after-the-garbage');
    expect(count('ignored a malformed notification announcement') - before).toBe(malformed.length);
    expect(annaLive.received.map((n) => n.body).join(' ')).not.toContain('bo-only');
  });
});
