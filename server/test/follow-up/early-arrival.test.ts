import { expect, it } from 'vitest';
import { acceptedCase, referralWorld, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const ARRIVE = 'mutation($input: ConfirmArrivalInput!) { confirmArrival(input: $input) { arrival { arrivedOn } } }';

const noticesOf = (caseId: string) => t.owner<{ kind: string; recipient_user_id: string }>('SELECT kind, recipient_user_id FROM notification WHERE case_id = $1 AND kind LIKE $2', [caseId, 'ARRIVAL%']);
const arrivalOf = (caseId: string) => t.owner('SELECT 1 FROM arrival WHERE case_id = $1', [caseId]);

/** An accepted case moved on by its owner to PREPARING_RETURN, departing on `departure`. */
async function preparedCase(departure: string) {
  const accepted = await acceptedCase(t, w);
  await t.owner(`UPDATE referral_case SET status = 'PREPARING_RETURN', planned_departure = $2 WHERE id = $1`, [accepted.caseId, departure]);
  return accepted;
}

it('refuses an arrival for a case still at intake unless the partner confirms it, then tells the owner', async () => {
  const accepted = await acceptedCase(t, w);
  const refused = await t.gql(ARRIVE, { input: { caseId: accepted.caseId, arrivedOn: day(0) } }, { token: w.baghdadCaseworker.token });
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFIRMATION_REQUIRED', reason: 'INTAKE', field: 'arrivedOn' });
  // Worded for the partner caseworker, in Arabic.
  expect(refused.errors?.[0]?.message).toBe('لا يزال الملف لدى الجهة المالكة في مرحلة الاستقبال: لم يتم التحضير للعودة. يرجى تأكيد أن العائد قد وصل فعلاً.');
  expect(await arrivalOf(accepted.caseId)).toEqual([]);
  expect(await noticesOf(accepted.caseId)).toEqual([]);

  const confirmed = await t.gql(ARRIVE, { input: { caseId: accepted.caseId, arrivedOn: day(0), confirmEarly: true } }, { token: w.baghdadCaseworker.token });
  expect(confirmed.errors).toBeUndefined();
  expect(await arrivalOf(accepted.caseId)).toHaveLength(1);
  expect(await noticesOf(accepted.caseId)).toEqual([{ kind: 'ARRIVAL_CONFIRMED_EARLY', recipient_user_id: w.caseworker.id }]);
  const owner = await t.gql<{ notifications: { edges: Array<{ node: { kind: string; title: string } }> } }>('{ notifications(first: 20) { edges { node { kind title } } } }', {}, { token: w.caseworker.token });
  expect(owner.errors).toBeUndefined();
  expect(owner.data!.notifications.edges.map((e) => e.node)).toContainEqual({ kind: 'ARRIVAL_CONFIRMED_EARLY', title: 'Arrival confirmed early' });
});

it(`refuses an arrival more than 14 days before the planned departure unless confirmed`, async () => {
  const early = await preparedCase(day(30));
  const refused = await t.gql(ARRIVE, { input: { caseId: early.caseId, arrivedOn: day(0) } }, { token: w.baghdadCaseworker.token });
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFIRMATION_REQUIRED', reason: 'BEFORE_DEPARTURE' });
  expect(refused.errors?.[0]?.message).toContain('بأكثر من 14 يوماً');
  expect(await arrivalOf(early.caseId)).toEqual([]);
  expect((await t.gql(ARRIVE, { input: { caseId: early.caseId, arrivedOn: day(0), confirmEarly: true } }, { token: w.baghdadCaseworker.token })).errors).toBeUndefined();
  expect(await noticesOf(early.caseId)).toEqual([{ kind: 'ARRIVAL_CONFIRMED_EARLY', recipient_user_id: w.caseworker.id }]);
});

it('an arrival on time needs no confirmation and is the usual notice', async () => {
  const onTime = await preparedCase(day(14));
  const confirmed = await t.gql(ARRIVE, { input: { caseId: onTime.caseId, arrivedOn: day(0) } }, { token: w.baghdadCaseworker.token });
  expect(confirmed.errors).toBeUndefined();
  expect(await noticesOf(onTime.caseId)).toEqual([{ kind: 'ARRIVAL_CONFIRMED', recipient_user_id: w.caseworker.id }]);
});
