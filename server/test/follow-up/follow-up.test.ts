import { describe, expect, it } from 'vitest';
import { acceptedCase, createAgreement, referralWorld, referredCase, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

const today = () => new Date().toISOString().slice(0, 10);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const ARRIVE = 'mutation($input: ConfirmArrivalInput!) { confirmArrival(input: $input) { arrival { arrivedOn } } }';
const PLAN = 'mutation($input: SaveReintegrationPlanInput!) { saveReintegrationPlan(input: $input) { plan { version budget { amountMinor currency } goals { id domain description status targetDate } } } }';
const VISIT = 'mutation($input: RecordFollowUpVisitInput!) { recordFollowUpVisit(input: $input) { id visitedOn overdue domainStatuses { domain status } narrative nextVisitOn } }';
const ASSESS = 'mutation($input: RecordSustainabilityAssessmentInput!) { recordSustainabilityAssessment(input: $input) { scores { economic social psychosocial overall } } }';
const READ = `query($id: ID!) { case(id: $id) { followUp {
  viewerCanWrite overdue nextVisitOn partner { id } arrival { arrivedOn recordedBy { name } }
  plan { version goals { domain } } visits { narrative overdue } assessments { scores { overall } } } } }`;

const allAnswers = (value: number) =>
  ['INCOME', 'HOUSING', 'FOOD_SECURITY', 'DEBT_FREE', 'SUPPORT_NETWORK', 'COMMUNITY_PARTICIPATION', 'SERVICE_ACCESS', 'DOCUMENTS', 'WELLBEING', 'SAFETY', 'FUTURE_PLANS', 'STRESS_FREE'].map(
    (indicator) => ({ indicator, value }),
  );

async function writeEverything(caseId: string, token = w.baghdadCaseworker.token) {
  const results = [
    // The case is still at intake: the partner says it means it (early-arrival.test.ts).
    await t.gql(ARRIVE, { input: { caseId, arrivedOn: day(-3), notes: 'Arrived at Baghdad airport.', confirmEarly: true } }, { token }),
    await t.gql(PLAN, { input: { caseId, version: 0, goals: [{ domain: 'HOUSING', description: 'Rent a flat', status: 'IN_PROGRESS', targetDate: day(30) }], budget: { amountMinor: 150000000, currency: 'IQD' } } }, { token }),
    await t.gql(VISIT, { input: { caseId, visitedOn: day(-1), mode: 'HOME_VISIT', domainStatuses: [{ domain: 'HOUSING', status: 'FAIR' }], narrative: 'Staying with her sister.', nextVisitOn: day(14) } }, { token }),
    await t.gql(ASSESS, { input: { caseId, assessedOn: today(), answers: allAnswers(2) } }, { token }),
  ];
  return results;
}

describe('follow-up', () => {
  it('the partner writes arrival, plan, visit and assessment; the referring organisation reads them all', async () => {
    const { caseId } = await acceptedCase(t, w);
    const results = await writeEverything(caseId);
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(results[3]!.data).toEqual({ recordSustainabilityAssessment: { scores: { economic: 0.5, social: 0.5, psychosocial: 0.5, overall: 0.5 } } });

    const partner = await t.gql<{ case: { followUp: Record<string, unknown> } }>(READ, { id: caseId }, { token: w.baghdadCaseworker.token });
    const owner = await t.gql<{ case: { followUp: Record<string, unknown> } }>(READ, { id: caseId }, { token: w.caseworker.token });
    expect(partner.data?.case.followUp.viewerCanWrite).toBe(true);
    expect(owner.data?.case.followUp.viewerCanWrite).toBe(false);
    const { viewerCanWrite: _p, ...partnerView } = partner.data!.case.followUp;
    const { viewerCanWrite: _o, ...ownerView } = owner.data!.case.followUp;
    expect(ownerView).toEqual(partnerView);
    expect(ownerView).toMatchObject({ overdue: false, nextVisitOn: day(14), partner: { id: w.baghdad.id }, plan: { version: 1, goals: [{ domain: 'HOUSING' }] } });
  });

  it('only the partner writes: the referring organisation is refused every follow-up mutation, and nothing is written', async () => {
    const { caseId } = await acceptedCase(t, w);
    for (const viewer of [w.caseworker, w.supervisor, w.coordinator]) {
      for (const result of await writeEverything(caseId, viewer.token)) {
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    const [counts] = await t.owner<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM arrival WHERE case_id = $1) AS arrivals, (SELECT count(*)::int FROM follow_up_visit WHERE case_id = $1) AS visits,
              (SELECT count(*)::int FROM reintegration_plan WHERE case_id = $1) AS plans`,
      [caseId],
    );
    expect(counts).toEqual({ arrivals: 0, visits: 0, plans: 0 });
  });

  it('nothing before the referral is accepted, nor without a FOLLOW_UP agreement', async () => {
    const pending = await referredCase(t, w);
    expect((await t.gql(ARRIVE, { input: { caseId: pending.caseId, arrivedOn: today() } }, { token: w.baghdadCaseworker.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql<{ case: { followUp: unknown } }>(READ, { id: pending.caseId }, { token: w.baghdadCaseworker.token })).data?.case.followUp).toBeNull();

    // Gothenburg–Prijedor with REFERRALS only.
    const gothenburgOnly = await createAgreement(t, { parties: [w.gothenburg.id, w.baghdad.id], scopes: ['REFERRALS'] });
    expect(gothenburgOnly).toBeTruthy();
    const { createCase, recordConsent, sendReferral } = await import('../support/world.js');
    const created = await createCase(t, w.gothenburgCaseworker.token);
    await recordConsent(t, w.gothenburgCaseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    const referral = await sendReferral(t, w.gothenburgCaseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    await t.gql('mutation($id: ID!) { acceptReferral(id: $id) { status } }', { id: referral.id }, { token: w.baghdadCaseworker.token });
    const refused = await t.gql(ARRIVE, { input: { caseId: created.id, arrivedOn: today() } }, { token: w.baghdadCaseworker.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe('يمكن تسجيل المتابعة بعد قبول الإحالة وسريان اتفاقية تعاون تشمل المتابعة.');
  });

  it('a third organisation sees nothing: not through the API, not in SQL as the application role', async () => {
    const { caseId } = await acceptedCase(t, w);
    await writeEverything(caseId);
    for (const viewer of [w.gothenburgCaseworker, w.prijedorCaseworker]) {
      expect((await t.gql(READ, { id: caseId }, { token: viewer.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(VISIT, { input: { caseId, visitedOn: today(), mode: 'PHONE', domainStatuses: [], narrative: 'x' } }, { token: viewer.token })).errors?.[0]?.extensions?.code).toMatch(
        /NOT_FOUND|FORBIDDEN/,
      );
    }
    const counts = await sqlCounts(w.gothenburg.id, 'CASEWORKER,SUPERVISOR,COORDINATOR,PARTNER_CASEWORKER', caseId);
    expect(counts).toEqual({ arrival: 0, reintegration_plan: 0, plan_goal: 0, follow_up_visit: 0, sustainability_assessment: 0 });
    const partner = await sqlCounts(w.baghdad.id, 'PARTNER_CASEWORKER', caseId);
    expect(partner).toEqual({ arrival: 1, reintegration_plan: 1, plan_goal: 1, follow_up_visit: 1, sustainability_assessment: 1 });
    const owner = await sqlCounts(w.stockholm.id, 'CASEWORKER', caseId);
    expect(owner).toEqual(partner);
  });

  it('stops being readable — and writable — by the partner when the referral stops giving access, but stays with the owner', async () => {
    const { caseId, referralId } = await acceptedCase(t, w);
    await writeEverything(caseId);
    await t.gql('mutation($id: ID!) { revokeReferral(id: $id) { status } }', { id: referralId }, { token: w.caseworker.token });
    expect((await t.gql(READ, { id: caseId }, { token: w.baghdadCaseworker.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await sqlCounts(w.baghdad.id, 'PARTNER_CASEWORKER', caseId)).toEqual({ arrival: 0, reintegration_plan: 0, plan_goal: 0, follow_up_visit: 0, sustainability_assessment: 0 });
    const owner = await t.gql<{ case: { followUp: { visits: unknown[]; viewerCanWrite: boolean } } }>(READ, { id: caseId }, { token: w.caseworker.token });
    expect(owner.data?.case.followUp.visits).toHaveLength(1);
  });

  it('the plan is edited with its version: a stale save is a CONFLICT and changes nothing', async () => {
    const { caseId } = await acceptedCase(t, w);
    const first = await t.gql<{ saveReintegrationPlan: { plan: { version: number; goals: Array<{ id: string }> } } }>(
      PLAN,
      { input: { caseId, version: 0, goals: [{ domain: 'DOCUMENTS', description: 'New ID card', status: 'NOT_STARTED' }] } },
      { token: w.baghdadCaseworker.token },
    );
    const goalId = first.data!.saveReintegrationPlan.plan.goals[0]!.id;
    const second = await t.gql<{ saveReintegrationPlan: { plan: { version: number; goals: Array<{ id: string; status: string }> } } }>(
      PLAN,
      { input: { caseId, version: 1, goals: [{ id: goalId, domain: 'DOCUMENTS', description: 'New ID card', status: 'ACHIEVED' }, { domain: 'HEALTH', description: 'GP', status: 'NOT_STARTED' }] } },
      { token: w.baghdadCaseworker.token },
    );
    expect(second.data?.saveReintegrationPlan.plan.version).toBe(2);
    expect(second.data?.saveReintegrationPlan.plan.goals.map((g) => [g.id === goalId, g.status])).toEqual([[true, 'ACHIEVED'], [false, 'NOT_STARTED']]);
    const stale = await t.gql(PLAN, { input: { caseId, version: 1, goals: [] } }, { token: w.baghdadCaseworker.token });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await t.owner('SELECT 1 FROM plan_goal WHERE case_id = $1', [caseId])).length).toBe(2);
  });

  it('refuses an incomplete assessment, naming how many answers are missing', async () => {
    const { caseId } = await acceptedCase(t, w);
    const response = await t.gql(ASSESS, { input: { caseId, assessedOn: today(), answers: allAnswers(3).slice(0, 10) } }, { token: w.baghdadCaseworker.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers' });
    expect(response.errors?.[0]?.message).toBe('مؤشران بلا إجابة.');
    const outOfRange = await t.gql(ASSESS, { input: { caseId, assessedOn: today(), answers: allAnswers(5) } }, { token: w.baghdadCaseworker.token });
    expect(outOfRange.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers.0.value' });
  });
});

describe('overdue follow-up', () => {
  /** A day counted from the partner's (Baghdad's) today, which is what "overdue" counts on (local-day.test.ts). */
  async function partnerDay(offset: number): Promise<string> {
    const [row] = await t.owner<{ day: string }>('SELECT (app_local_today($1) + $2::int)::text AS day', [w.baghdad.id, offset]);
    return row!.day;
  }

  async function visitWithNext(caseId: string, next: string | null) {
    const result = await t.gql<{ recordFollowUpVisit: { overdue: boolean } }>(
      VISIT,
      { input: { caseId, visitedOn: day(-30), mode: 'PHONE', domainStatuses: [], narrative: 'Call.', nextVisitOn: next } },
      { token: w.baghdadCaseworker.token },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.recordFollowUpVisit.overdue;
  }

  it('a next visit due today is not overdue; due yesterday is; none planned never is', async () => {
    const a = await acceptedCase(t, w);
    expect(await visitWithNext(a.caseId, await partnerDay(0))).toBe(false);
    const b = await acceptedCase(t, w);
    expect(await visitWithNext(b.caseId, await partnerDay(-1))).toBe(true);
    const c = await acceptedCase(t, w);
    expect(await visitWithNext(c.caseId, null)).toBe(false);
  });

  it('a later visit supersedes an overdue one', async () => {
    const { caseId } = await acceptedCase(t, w);
    expect(await visitWithNext(caseId, day(-2))).toBe(true);
    await t.gql(VISIT, { input: { caseId, visitedOn: today(), mode: 'HOME_VISIT', domainStatuses: [], narrative: 'Visited.', nextVisitOn: day(10) } }, { token: w.baghdadCaseworker.token });
    const read = await t.gql<{ case: { followUp: { overdue: boolean; visits: Array<{ overdue: boolean }> } } }>(READ, { id: caseId }, { token: w.caseworker.token });
    expect(read.data?.case.followUp.overdue).toBe(false);
    expect(read.data?.case.followUp.visits.map((v) => v.overdue)).toEqual([false, false]);
    // Asked without the visits (as the worklist asks), the newest visit alone decides, for either side.
    const NEXT = 'query($id: ID!) { case(id: $id) { followUp { overdue nextVisitOn } } }';
    for (const token of [w.caseworker.token, w.baghdadCaseworker.token]) {
      const alone = await t.gql<{ case: { followUp: { overdue: boolean; nextVisitOn: string } } }>(NEXT, { id: caseId }, { token });
      expect(alone.data?.case.followUp).toEqual({ overdue: false, nextVisitOn: day(10) });
    }
  });

  it('an overdue newest visit shows as overdue when the visits are not asked for', async () => {
    const { caseId } = await acceptedCase(t, w);
    await t.gql(VISIT, { input: { caseId, visitedOn: day(-40), mode: 'PHONE', domainStatuses: [], narrative: 'Call.', nextVisitOn: day(20) } }, { token: w.baghdadCaseworker.token });
    const due = await partnerDay(-1);
    expect(await visitWithNext(caseId, due)).toBe(true);
    const alone = await t.gql<{ case: { followUp: { overdue: boolean; nextVisitOn: string } } }>(
      'query($id: ID!) { case(id: $id) { followUp { overdue nextVisitOn } } }', { id: caseId }, { token: w.caseworker.token });
    expect(alone.data?.case.followUp).toEqual({ overdue: true, nextVisitOn: due });
  });

  it('the periodic task notifies once per overdue visit, at the boundary', async () => {
    const due = await acceptedCase(t, w);
    await visitWithNext(due.caseId, await partnerDay(-1));
    const notDue = await acceptedCase(t, w);
    await visitWithNext(notDue.caseId, await partnerDay(0));
    const { NotificationTasks } = await import('../../src/modules/notifications/notification-tasks.js');
    const tasks = t.app.get(NotificationTasks);
    await tasks.run();
    const sent = await t.owner<{ case_id: string }>(`SELECT case_id FROM notification WHERE kind = 'FOLLOW_UP_OVERDUE'`);
    expect(sent.map((s) => s.case_id)).toContain(due.caseId);
    expect(sent.map((s) => s.case_id)).not.toContain(notDue.caseId);
    const count = sent.filter((s) => s.case_id === due.caseId).length;
    await tasks.run();
    expect((await t.owner(`SELECT 1 FROM notification WHERE kind = 'FOLLOW_UP_OVERDUE' AND case_id = $1`, [due.caseId])).length).toBe(count);
  });
});

async function sqlCounts(organisationId: string, roles: string, caseId: string): Promise<Record<string, number>> {
  return t.asAppRole({ organisationId, roles: roles.split(',') }, async (sql) => {
    const out: Record<string, number> = {};
    for (const table of ['arrival', 'reintegration_plan', 'plan_goal', 'follow_up_visit', 'sustainability_assessment']) {
      out[table] = (await sql.rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`, [caseId]))[0]!.n;
    }
    return out;
  });
}
