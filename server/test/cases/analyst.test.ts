import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asApplication, type SqlActor } from '../support/app-sql.js';
import { createUser, login } from '../support/fixtures.js';
import { acceptedCase, createSupervisionSession, supervisionWorld, referredCase, type Person, type ReferralWorld } from '../support/world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Analysts read aggregated reports only: no personal data and no free text anywhere — not the
 * reason a partner gave for declining, not supervision notes that name a family. The API says
 * FORBIDDEN; the database shows an analyst none of the rows even when asked directly.
 */
let t: TestApp;
let w: ReferralWorld & { supervisionAgreement: string };
let declinedCaseId: string;
let sessionId: string;

const REASON = 'The Hassan family already has housing in Mosul.';
const NOTES = 'Talked about the Hassan family: the father is ill.';

beforeAll(async () => {
  t = await startTestApp();
  w = await supervisionWorld(t);
  const declined = await referredCase(t, w);
  declinedCaseId = declined.caseId;
  const answer = await t.gql('mutation($id: ID!, $reason: String!) { declineReferral(id: $id, reason: $reason) { status } }', { id: declined.referralId, reason: REASON }, {
    token: w.baghdadCaseworker.token,
  });
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  const accepted = await acceptedCase(t, w);
  await t.gql('mutation($input: SendCaseMessageInput!) { sendCaseMessage(input: $input) { id } }', { input: { referralId: accepted.referralId, body: 'About the Hassan family.' } }, {
    token: w.caseworker.token,
  });
  sessionId = await createSupervisionSession(t, w, {
    topics: ['Families'],
    notes: NOTES,
    actions: [{ description: 'Visit the Hassan family', ownerId: w.baghdadCaseworker.id, dueOn: `${new Date().getUTCFullYear() + 3}-01-01` }],
    caseIds: [accepted.caseId],
  });
});
afterAll(async () => t?.close());

describe('an analyst through the API', () => {
  it('is refused cases with their referrals’ decline reasons, and supervision sessions with their notes: FORBIDDEN, translated, no data', async () => {
    // An analyst who reads the portal in Swedish gets the refusal in Swedish.
    const { token } = await login(t, await createUser(t, w.stockholm, { roles: ['ANALYST'], language: 'sv' }));
    const cases = await t.gql('{ cases(first: 50) { edges { node { number referrals { declineReason } } } } }', {}, { token });
    const sessions = await t.gql('{ supervisionSessions(first: 50) { edges { node { notes } } } }', {}, { token });
    for (const response of [cases, sessions]) {
      expect(response.data).toBeNull();
      expect(response.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['FORBIDDEN', 'Du har inte behörighet att göra detta.']]);
      expect(JSON.stringify(response)).not.toContain('Hassan');
    }
    // A coordinator of the same organisation still reads both.
    const coordinator = await t.gql<{ cases: { edges: Array<{ node: { referrals: Array<{ declineReason: string | null }> } }> } }>(
      '{ cases(first: 50) { edges { node { referrals { declineReason } } } } }',
      {},
      { token: w.coordinator.token },
    );
    expect(coordinator.data?.cases.edges.flatMap((e) => e.node.referrals.map((r) => r.declineReason))).toContain(REASON);
    const supervisor = await t.gql<{ supervisionSession: { notes: string } }>('query($id: ID!) { supervisionSession(id: $id) { notes } }', { id: sessionId }, {
      token: w.supervisor.token,
    });
    expect(supervisor.data?.supervisionSession.notes).toBe(NOTES);
  });

  it('is refused a case, the referral lists, a session and the message mutations alike', async () => {
    const attempts: Array<[string, Record<string, unknown>]> = [
      ['query($id: ID!) { case(id: $id) { number followUp { visits { narrative } } } }', { id: declinedCaseId }],
      ['{ referralInbox(first: 10) { totalCount } }', {}],
      ['{ incomingReferrals(first: 10) { totalCount } }', {}],
      ['query($id: ID!) { supervisionSession(id: $id) { notes } }', { id: sessionId }],
      ['mutation($id: ID!) { markCaseMessagesRead(referralId: $id) { id } }', { id: declinedCaseId }],
      ['mutation($input: SendCaseMessageInput!) { sendCaseMessage(input: $input) { id } }', { input: { referralId: declinedCaseId, body: 'Hello' } }],
    ];
    for (const [query, variables] of attempts) {
      const response = await t.gql(query, variables, { token: w.analyst.token });
      expect(response.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(response.data ?? null, query).toBeNull();
    }
  });

  it('still has a start page: who they are, and an empty worklist', async () => {
    const response = await t.gql<{ me: { id: string }; myWorklist: Record<string, { totalCount: number; edges: Array<{ node: unknown }> }> }>(
      `{ me { id roles } myWorklist {
         casesNeedingAction { totalCount edges { node { reason } } } referralsAwaitingAnswer { totalCount edges { node { id } } }
         overdueFollowUps { totalCount edges { node { id } } } supervisionActionsDue { totalCount edges { node { action { id } } } }
       } }`,
      {},
      { token: w.analyst.token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.me.id).toBe(w.analyst.id);
    const lists = Object.fromEntries(Object.entries(response.data!.myWorklist).map(([name, list]) => [name, list.edges.map((edge) => edge.node)]));
    expect(lists).toEqual({ casesNeedingAction: [], referralsAwaitingAnswer: [], overdueFollowUps: [], supervisionActionsDue: [] });
    expect(Object.values(response.data!.myWorklist).map((list) => list.totalCount)).toEqual([0, 0, 0, 0]);
  });
});

describe('an analyst in SQL, as the application role', () => {
  const tables: Array<[string, string]> = [
    ['referral_case', 'SELECT count(*)::int AS n FROM referral_case'],
    ['referral', 'SELECT count(*)::int AS n FROM referral'],
    ['referral (decline reasons)', 'SELECT count(*)::int AS n FROM referral WHERE decline_reason IS NOT NULL'],
    ['case_status_change', 'SELECT count(*)::int AS n FROM case_status_change'],
    ['consent', 'SELECT count(*)::int AS n FROM consent'],
    ['returnee', 'SELECT count(*)::int AS n FROM returnee'],
    ['returnee_health', 'SELECT count(*)::int AS n FROM returnee_health'],
    ['case_message', 'SELECT count(*)::int AS n FROM case_message'],
    ['arrival', 'SELECT count(*)::int AS n FROM arrival'],
    ['follow_up_visit', 'SELECT count(*)::int AS n FROM follow_up_visit'],
    ['supervision_session', 'SELECT count(*)::int AS n FROM supervision_session'],
    ['supervision_participant', 'SELECT count(*)::int AS n FROM supervision_participant'],
    ['supervision_action', 'SELECT count(*)::int AS n FROM supervision_action'],
    ['supervision_note_revision', 'SELECT count(*)::int AS n FROM supervision_note_revision'],
    ['supervision_case_link', 'SELECT count(*)::int AS n FROM supervision_case_link'],
    ['audit_event', 'SELECT count(*)::int AS n FROM audit_event'],
    ['audit_notice', 'SELECT count(*)::int AS n FROM audit_notice'],
  ];
  const counts = (actor: SqlActor) =>
    asApplication(t, actor, async (sql) => {
      const out: Record<string, number> = {};
      for (const [name, query] of tables) out[name] = (await sql.rows<{ n: number }>(query))[0]!.n;
      return out;
    });
  const as = (person: Person, roles: string[]): SqlActor => ({ organisationId: person.organisationId, userId: person.id, roles });

  it('sees zero rows of cases, referrals (with their decline reasons), status history, messages, follow-up, supervision and audit', async () => {
    const analyst = await counts(as(w.analyst, ['ANALYST']));
    expect(analyst).toEqual(Object.fromEntries(tables.map(([name]) => [name, 0])));
  });

  it('where the organisation’s caseworkers, supervisors and coordinators see them (the rows are there)', async () => {
    const staff = await counts(as(w.supervisor, ['CASEWORKER', 'SUPERVISOR', 'COORDINATOR']));
    for (const name of ['referral_case', 'referral', 'referral (decline reasons)', 'case_status_change', 'case_message', 'supervision_session', 'supervision_action', 'audit_event']) {
      expect(staff[name], name).toBeGreaterThan(0);
    }
  });
});
