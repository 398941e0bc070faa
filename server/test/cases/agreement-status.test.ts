import { expect, it } from 'vitest';
import { createAgreement, referralWorld, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

// An agreement's status is the database's answer (app_agreement_in_force and the dates, in the
// database's calendar day), never a date compared in JavaScript: the first and the last day count.

let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

/** The database's today plus `days`, as YYYY-MM-DD. */
async function day(days: number): Promise<string> {
  const [row] = await t.owner<{ day: string }>('SELECT (current_date + $1::int)::text AS day', [days]);
  return row!.day;
}

async function statusOf(values: { from: number; to: number; unconfirmed?: boolean; terminated?: boolean }): Promise<string | undefined> {
  const id = await createAgreement(t, {
    parties: [w.gothenburg.id, w.baghdad.id],
    from: await day(values.from),
    to: await day(values.to),
    unconfirmed: values.unconfirmed ? [w.baghdad.id] : [],
  });
  if (values.terminated) {
    await t.owner(`UPDATE cooperation_agreement SET terminated_at = now(), terminated_by_organisation_id = $2, termination_reason = 'x' WHERE id = $1`, [
      id,
      w.gothenburg.id,
    ]);
  }
  const seen = await t.gql<{ agreement: { status: string } }>('query($id: ID!) { agreement(id: $id) { status } }', { id }, { token: w.gothenburgCoordinator.token });
  return seen.data?.agreement.status;
}

it('is IN_FORCE from its first day through its last, once every party confirmed', async () => {
  expect(await statusOf({ from: 0, to: 10 })).toBe('IN_FORCE');
  expect(await statusOf({ from: -10, to: 0 })).toBe('IN_FORCE');
});

it('is EXPIRED the day after its last, NOT_YET_VALID before its first, PROPOSED while a party has not confirmed', async () => {
  expect(await statusOf({ from: -10, to: -1 })).toBe('EXPIRED');
  expect(await statusOf({ from: 1, to: 10 })).toBe('NOT_YET_VALID');
  expect(await statusOf({ from: -1, to: 1, unconfirmed: true })).toBe('PROPOSED');
  expect(await statusOf({ from: 1, to: 10, unconfirmed: true })).toBe('PROPOSED');
});

it('says EXPIRED before PROPOSED, and TERMINATED before anything else', async () => {
  expect(await statusOf({ from: -10, to: -1, unconfirmed: true })).toBe('EXPIRED');
  expect(await statusOf({ from: -10, to: -1, terminated: true })).toBe('TERMINATED');
  expect(await statusOf({ from: -1, to: 1, terminated: true })).toBe('TERMINATED');
});
