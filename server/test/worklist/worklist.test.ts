import { expect, it } from 'vitest';
import { acceptedCase, supervisionWorld, createCase, createSupervisionSession, newCaseInput, recordConsent, referredCase, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;
worldForFile(supervisionWorld, (started) => ({ t, w } = started));

/** Every list at its largest page: the assertions below are about what is listed, the paging is tested in worklist-paging.test.ts. */
const WORKLIST = `{ myWorklist {
  casesNeedingAction(first: 100) { edges { node { reason reasons case { id } } } }
  referralsAwaitingAnswer(first: 100) { edges { node { id } } }
  overdueFollowUps(first: 100) { edges { node { id } } }
  supervisionActionsDue(first: 100) { edges { node { action { description overdue } session { id } } } }
} }`;
type Edges<T> = { edges: Array<{ node: T }> };
type Lists = {
  casesNeedingAction: Array<{ reason: string; reasons: string[]; case: { id: string } }>;
  referralsAwaitingAnswer: Array<{ id: string }>;
  overdueFollowUps: Array<{ id: string }>;
  supervisionActionsDue: Array<{ action: { description: string; overdue: boolean } }>;
};
type Worklist = { myWorklist: { [K in keyof Lists]: Edges<Lists[K][number]> } };

/** The worklist of the person with the token, each list as its nodes. */
async function worklistOf(token: string): Promise<{ data?: { myWorklist: Lists }; errors?: unknown }> {
  const response = await t.gql<Worklist>(WORKLIST, {}, { token });
  if (!response.data) return { errors: response.errors };
  const lists = response.data.myWorklist;
  return {
    data: {
      myWorklist: {
        casesNeedingAction: lists.casesNeedingAction.edges.map((e) => e.node),
        referralsAwaitingAnswer: lists.referralsAwaitingAnswer.edges.map((e) => e.node),
        overdueFollowUps: lists.overdueFollowUps.edges.map((e) => e.node),
        supervisionActionsDue: lists.supervisionActionsDue.edges.map((e) => e.node),
      },
    },
  };
}
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

it('lists my cases that need me, with why', async () => {
  const noConsent = await createCase(t, w.caseworker.token);
  const soon = await createCase(t, w.caseworker.token, { plannedDeparture: day(3) });
  await recordConsent(t, w.caseworker.token, soon.id, w.baghdad.id, ['IDENTITY']);
  await t.gql('mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id } }', { input: { caseId: soon.id, version: soon.version, to: 'PREPARING_RETURN' } }, { token: w.caseworker.token });
  const declined = await referredCase(t, w);
  await t.gql('mutation($id: ID!) { declineReferral(id: $id, reason: "No capacity") { status } }', { id: declined.referralId }, { token: w.baghdadCaseworker.token });
  const arrived = await acceptedCase(t, w);
  await t.gql('mutation($input: ConfirmArrivalInput!) { confirmArrival(input: $input) { arrival { arrivedOn } } }', { input: { caseId: arrived.caseId, arrivedOn: day(0), confirmEarly: true } }, { token: w.baghdadCaseworker.token });
  await t.owner(`UPDATE referral_case SET status = 'RETURNED', actual_departure = current_date WHERE id = $1`, [arrived.caseId]);
  await t.gql('mutation($input: SendCaseMessageInput!) { sendCaseMessage(input: $input) { id } }', { input: { referralId: arrived.referralId, body: 'Hello' } }, { token: w.baghdadCaseworker.token });
  const someoneElses = await createCase(t, w.supervisor.token, newCaseInput());

  const response = await worklistOf(w.caseworker.token);
  const listed = response.data!.myWorklist.casesNeedingAction;
  const items = listed.flatMap((i) => i.reasons.map((reason) => `${reason}:${i.case.id}`));
  expect(items).toEqual(
    expect.arrayContaining([
      `NO_CONSENT:${noConsent.id}`,
      `DEPARTURE_DUE:${soon.id}`,
      `REFERRAL_DECLINED:${declined.caseId}`,
      `ARRIVAL_CONFIRMED:${arrived.caseId}`,
      `NEW_MESSAGES:${arrived.caseId}`,
    ]),
  );
  expect(items.some((i) => i.endsWith(someoneElses.id))).toBe(false);
  expect(items).not.toContain(`NO_CONSENT:${soon.id}`);
  // Each case once: the arrived case has two reasons and is one item, placed by the older of them.
  const ids = listed.map((i) => i.case.id);
  expect(ids).toEqual([...new Set(ids)]);
  const arrivedItem = listed.find((i) => i.case.id === arrived.caseId)!;
  expect(arrivedItem.reasons).toEqual(['ARRIVAL_CONFIRMED', 'NEW_MESSAGES']);
  expect(arrivedItem.reason).toBe('ARRIVAL_CONFIRMED');
});

it('lists the referrals awaiting my organisation, and overdue follow-ups on both sides', async () => {
  const pending = await referredCase(t, w);
  const late = await acceptedCase(t, w);
  await t.gql(
    'mutation($input: RecordFollowUpVisitInput!) { recordFollowUpVisit(input: $input) { id } }',
    { input: { caseId: late.caseId, visitedOn: day(-20), mode: 'PHONE', domainStatuses: [], narrative: 'Call', nextVisitOn: day(-1) } },
    { token: w.baghdadCaseworker.token },
  );
  const partner = await worklistOf(w.baghdadCaseworker.token);
  expect(partner.data!.myWorklist.referralsAwaitingAnswer.map((r) => r.id)).toContain(pending.referralId);
  expect(partner.data!.myWorklist.overdueFollowUps.map((c) => c.id)).toContain(late.caseId);
  const owner = await worklistOf(w.caseworker.token);
  expect(owner.data!.myWorklist.overdueFollowUps.map((c) => c.id)).toContain(late.caseId);
  expect(owner.data!.myWorklist.referralsAwaitingAnswer).toEqual([]);
  const outsider = await worklistOf(w.gothenburgCaseworker.token);
  expect(outsider.data!.myWorklist.overdueFollowUps).toEqual([]);
});

it('lists my supervision actions due within a week, overdue ones marked', async () => {
  await createSupervisionSession(t, w, {
    heldOn: day(-1),
    mode: 'PHONE',
    actions: [
      { description: 'Late', ownerId: w.baghdadCaseworker.id, dueOn: day(-2) },
      { description: 'Soon', ownerId: w.baghdadCaseworker.id, dueOn: day(5) },
      { description: 'Later', ownerId: w.baghdadCaseworker.id, dueOn: day(30) },
      { description: 'Not mine', ownerId: w.supervisor.id, dueOn: day(1) },
    ],
  });
  const response = await worklistOf(w.baghdadCaseworker.token);
  expect(response.data!.myWorklist.supervisionActionsDue.map((i) => [i.action.description, i.action.overdue])).toEqual([
    ['Late', true],
    ['Soon', false],
  ]);
});
