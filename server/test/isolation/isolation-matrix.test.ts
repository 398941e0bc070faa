import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import {
  createAgreement,
  createCase,
  newCaseInput,
  outreachRecords,
  recordConsent,
  referralWorld,
  referredCase,
  sendReferral,
  worldForFile,
  type Person,
  type ReferralWorld,
} from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/**
 * Every query and mutation of the referral issue, tried on a case by organisations that may not
 * see it: the refusal must be exactly what a random id gets, and nothing may change. The same is
 * then checked directly in SQL as the application role.
 */
let t: TestApp;
let w: ReferralWorld;

worldForFile(referralWorld, (started) => ({ t, w } = started));

interface Target {
  caseId: string;
  referralId?: string;
  consentId?: string;
  version?: number;
}

type Attempt = { name: string; run: (viewer: Person, target: Target) => Promise<{ data?: unknown; errors?: unknown; status?: number; body?: unknown }> };

const attempts: Attempt[] = [
  { name: 'case(id)', run: (v, x) => t.gql('query($id: ID!) { case(id: $id) { id number } }', { id: x.caseId }, { token: v.token }) },
  {
    name: 'case(id) with personal data',
    run: (v, x) => t.gql('query($id: ID!) { case(id: $id) { returnee { firstName } contact { phone } household { firstName } needs { description } health { information } } }', { id: x.caseId }, { token: v.token }),
  },
  {
    name: 'updateCase',
    run: (v, x) => t.gql('mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }', { input: { id: x.caseId, version: x.version ?? 1, destinationPlace: 'Elsewhere' } }, { token: v.token }),
  },
  {
    name: 'updateCase with a source',
    run: (v, x) => t.gql('mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }', { input: { id: x.caseId, version: x.version ?? 1, source: { kind: 'OWN_INITIATIVE' } } }, { token: v.token }),
  },
  {
    name: 'changeCaseStatus',
    run: (v, x) => t.gql('mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id } }', { input: { caseId: x.caseId, version: x.version ?? 1, to: 'CLOSED', closureReason: 'WITHDREW' } }, { token: v.token }),
  },
  {
    name: 'recordConsent',
    run: (v, x) => t.gql('mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }', { input: { caseId: x.caseId, partnerId: v.organisationId, sections: ['HEALTH'], givenOn: '2026-01-01' } }, { token: v.token }),
  },
  {
    name: 'sendReferral',
    run: (v, x) => t.gql('mutation($input: SendReferralInput!) { sendReferral(input: $input) { id } }', { input: { caseId: x.caseId, partnerId: w.prijedor.id, sections: [] } }, { token: v.token }),
  },
  { name: 'withdrawConsent', run: (v, x) => t.gql('mutation($id: ID!) { withdrawConsent(id: $id) { id } }', { id: x.consentId ?? randomUUID() }, { token: v.token }) },
  { name: 'acceptReferral', run: (v, x) => t.gql('mutation($id: ID!) { acceptReferral(id: $id) { id } }', { id: x.referralId ?? randomUUID() }, { token: v.token }) },
  { name: 'declineReferral', run: (v, x) => t.gql('mutation($id: ID!) { declineReferral(id: $id, reason: "x") { id } }', { id: x.referralId ?? randomUUID() }, { token: v.token }) },
  { name: 'revokeReferral', run: (v, x) => t.gql('mutation($id: ID!) { revokeReferral(id: $id) { id } }', { id: x.referralId ?? randomUUID() }, { token: v.token }) },
  { name: 'completeReferral', run: (v, x) => t.gql('mutation($id: ID!) { completeReferral(id: $id) { id } }', { id: x.referralId ?? randomUUID() }, { token: v.token }) },
];

const random = (): Target => ({ caseId: randomUUID(), referralId: randomUUID(), consentId: randomUUID() });

async function snapshot(caseId: string) {
  return t.owner(
    `SELECT c.status, c.version, c.destination_place, c.source_kind,
            (SELECT json_agg(r ORDER BY r.id) FROM referral r WHERE r.case_id = c.id) AS referrals,
            (SELECT json_agg(k ORDER BY k.id) FROM consent k WHERE k.case_id = c.id) AS consents
       FROM referral_case c WHERE c.id = $1`,
    [caseId],
  );
}

/** The viewer gets exactly what a random id gets, in every operation, and nothing changes. */
async function expectHidden(viewer: Person, target: Target) {
  const before = await snapshot(target.caseId);
  for (const attempt of attempts) {
    const real = await attempt.run(viewer, target);
    const fake = await attempt.run(viewer, random());
    expect(real.errors, `${attempt.name} must be refused`).toBeDefined();
    expect({ data: real.data, errors: real.errors }, attempt.name).toEqual({ data: fake.data, errors: fake.errors });
  }
  const lists = await t.gql<{ cases: { edges: Array<{ node: { id: string } }> }; referralInbox: { edges: Array<{ node: { id: string } }> }; incomingReferrals: { edges: Array<{ node: { id: string } }> } }>(
    '{ cases(first: 100) { edges { node { id } } } referralInbox(first: 100) { edges { node { id } } } incomingReferrals(first: 100) { edges { node { id } } } }',
    {},
    { token: viewer.token },
  );
  expect(lists.data?.cases.edges.map((e) => e.node.id)).not.toContain(target.caseId);
  expect(lists.data?.referralInbox.edges.map((e) => e.node.id)).not.toContain(target.referralId);
  expect(lists.data?.incomingReferrals.edges.map((e) => e.node.id)).not.toContain(target.referralId);
  const download = await request(t.app.getHttpServer()).get(`/attachments/${randomUUID()}`).set('Authorization', `Bearer ${viewer.token}`);
  expect(download.status).toBe(404);
  expect(await snapshot(target.caseId)).toEqual(before);
}

/** As the application role in SQL, with the viewer's organisation and roles set: nothing of the case. */
async function expectHiddenInSql(viewer: Person, roles: string, caseId: string) {
  await t.asAppRole({ organisationId: viewer.organisationId, userId: viewer.id, roles: roles.split(',') }, async (sql) => {
    for (const table of ['referral_case', 'returnee', 'returnee_contact', 'household_member', 'case_needs', 'returnee_health', 'case_status_change', 'consent', 'referral']) {
      const column = table === 'referral_case' ? 'id' : 'case_id';
      const [row] = await sql.rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [caseId]);
      expect(row!.n, `${table} as ${viewer.email}`).toBe(0);
    }
    expect(await sql.attempt(`UPDATE referral SET status = 'ACCEPTED' WHERE case_id = $1`, [caseId])).toBe('ok 0');
  });
}

async function expectVisible(viewer: Person, caseId: string) {
  const response = await t.gql<{ case: { id: string; returnee: { firstName: string } | null } }>(
    'query($id: ID!) { case(id: $id) { id returnee { firstName } } }',
    { id: caseId },
    { token: viewer.token },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.case.returnee?.firstName).toBe('Amina');
}

describe('a partner without a referral', () => {
  it('never sees the case (Baghdad, with an agreement in force but no referral)', async () => {
    const created = await createCase(t, w.caseworker.token);
    await expectHidden(w.baghdadCaseworker, { caseId: created.id, version: created.version });
    await expectHiddenInSql(w.baghdadCaseworker, 'PARTNER_CASEWORKER', created.id);
  });

  it('never sees it even with a consent recorded for it, until a referral is sent', async () => {
    const created = await createCase(t, w.caseworker.token);
    await recordConsent(t, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    await expectHidden(w.baghdadCaseworker, { caseId: created.id });
    await sendReferral(t, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    await expectVisible(w.baghdadCaseworker, created.id);
  });
});

describe('Gothenburg', () => {
  it("never sees Stockholm's cases without a referral, whatever its people's roles", async () => {
    const { caseId, referralId } = await referredCase(t, w);
    for (const viewer of [w.gothenburgCaseworker, w.gothenburgCoordinator]) {
      await expectHidden(viewer, { caseId, referralId });
      await expectHiddenInSql(viewer, 'CASEWORKER,SUPERVISOR,COORDINATOR', caseId);
    }
  });

  it("cannot attribute its own cases to Stockholm's directory entries, activities or consultations: as a random id, and refused in SQL", async () => {
    const targets = await outreachRecords(t, w.caseworker.token);
    const sources = (x: typeof targets) => [
      { kind: 'ASSOCIATION', contactOrganisationId: x.contactId },
      { kind: 'OUTREACH_ACTIVITY', outreachActivityId: x.activityId },
      { kind: 'CITY_DEPARTMENT', staffConsultationId: x.consultationId },
    ];
    const own = await createCase(t, w.gothenburgCaseworker.token);
    const fakes = sources({ contactId: randomUUID(), activityId: randomUUID(), consultationId: randomUUID() });
    for (const [index, source] of sources(targets).entries()) {
      for (const operation of ['create', 'update'] as const) {
        const run = (value: unknown) =>
          operation === 'create'
            ? t.gql('mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }', { input: { ...newCaseInput(), source: value } }, { token: w.gothenburgCaseworker.token })
            : t.gql('mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }', { input: { id: own.id, version: own.version, source: value } }, { token: w.gothenburgCaseworker.token });
        const real = await run(source);
        const fake = await run(fakes[index]);
        expect(real.errors, `${operation} ${source.kind}`).toBeDefined();
        expect({ data: real.data, errors: real.errors }, `${operation} ${source.kind}`).toEqual({ data: fake.data, errors: fake.errors });
      }
    }
    await t.asAppRole({ organisationId: w.gothenburg.id, userId: w.gothenburgCaseworker.id, roles: ['CASEWORKER'] }, async (sql) => {
      const set = 'UPDATE referral_case SET source_kind = $2, source_contact_id = $3, source_outreach_activity_id = $4, source_consultation_id = $5 WHERE id = $1';
      expect(await sql.attempt(set, [own.id, 'ASSOCIATION', targets.contactId, null, null])).toBe('23503');
      expect(await sql.attempt(set, [own.id, 'OUTREACH_ACTIVITY', null, targets.activityId, null])).toBe('23503');
      expect(await sql.attempt(set, [own.id, 'CITY_DEPARTMENT', null, null, targets.consultationId])).toBe('23503');
    });
    const [row] = await t.owner<{ source_kind: string | null }>('SELECT source_kind FROM referral_case WHERE id = $1', [own.id]);
    expect(row!.source_kind).toBeNull();
  });

  it("another partner of Stockholm's (Prijedor) does not see a case referred to Baghdad", async () => {
    const { caseId, referralId } = await referredCase(t, w);
    await expectHidden(w.prijedorCaseworker, { caseId, referralId });
    await expectHiddenInSql(w.prijedorCaseworker, 'PARTNER_CASEWORKER,COORDINATOR', caseId);
  });
});

describe('the partner loses the case', () => {
  it('after declining it', async () => {
    const { caseId, referralId } = await referredCase(t, w);
    await expectVisible(w.baghdadCaseworker, caseId);
    const declined = await t.gql('mutation($id: ID!) { declineReferral(id: $id, reason: "Outside our area") { status } }', { id: referralId }, { token: w.baghdadCaseworker.token });
    expect(declined.data).toEqual({ declineReferral: { status: 'DECLINED' } });
    await expectHidden(w.baghdadCaseworker, { caseId, referralId });
    await expectHiddenInSql(w.baghdadCaseworker, 'PARTNER_CASEWORKER', caseId);
  });

  it('after the sender revokes it, even once accepted', async () => {
    const { caseId, referralId } = await referredCase(t, w);
    await t.gql('mutation($id: ID!) { acceptReferral(id: $id) { status } }', { id: referralId }, { token: w.baghdadCaseworker.token });
    await expectVisible(w.baghdadCaseworker, caseId);
    await t.gql('mutation($id: ID!) { revokeReferral(id: $id) { status } }', { id: referralId }, { token: w.caseworker.token });
    await expectHidden(w.baghdadCaseworker, { caseId, referralId });
    await expectHiddenInSql(w.baghdadCaseworker, 'PARTNER_CASEWORKER', caseId);
  });

  it('the moment a pending referral expires, before any task has marked it', async () => {
    const { caseId, referralId } = await referredCase(t, w);
    await expectVisible(w.baghdadCaseworker, caseId);
    await t.owner(`UPDATE referral SET expires_at = now() - interval '1 second' WHERE id = $1`, [referralId]);
    await expectHidden(w.baghdadCaseworker, { caseId, referralId });
    await expectHiddenInSql(w.baghdadCaseworker, 'PARTNER_CASEWORKER', caseId);
    const [row] = await t.owner<{ status: string }>('SELECT status FROM referral WHERE id = $1', [referralId]);
    expect(row!.status).toBe('PENDING');
  });

  it('when the consent is withdrawn, at once', async () => {
    const created = await createCase(t, w.caseworker.token);
    const consent = await recordConsent(t, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY', 'NEEDS']);
    const referral = await sendReferral(t, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    await t.gql('mutation($id: ID!) { acceptReferral(id: $id) { status } }', { id: referral.id }, { token: w.baghdadCaseworker.token });
    await expectVisible(w.baghdadCaseworker, created.id);
    const withdrawn = await t.gql<{ withdrawConsent: { active: boolean } }>('mutation($id: ID!) { withdrawConsent(id: $id) { active } }', { id: consent.id }, { token: w.caseworker.token });
    expect(withdrawn.data?.withdrawConsent.active).toBe(false);
    await expectHidden(w.baghdadCaseworker, { caseId: created.id, referralId: referral.id });
    await expectHiddenInSql(w.baghdadCaseworker, 'PARTNER_CASEWORKER', created.id);
    const [row] = await t.owner<{ status: string }>('SELECT status FROM referral WHERE id = $1', [referral.id]);
    expect(row!.status).toBe('REVOKED');
  });

  it('even when the consent is withdrawn behind the service’s back (the policy alone)', async () => {
    const { caseId, referralId } = await referredCase(t, w);
    await t.owner(`UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $2 WHERE case_id = $1`, [caseId, w.caseworker.id]);
    await expectHidden(w.baghdadCaseworker, { caseId, referralId });
    await expectHiddenInSql(w.baghdadCaseworker, 'PARTNER_CASEWORKER', caseId);
  });

  it('when the agreement ends: terminated, or past its end date', async () => {
    const agreement = await createAgreement(t, { parties: [w.stockholm.id, w.prijedor.id] });
    // Prijedor has two agreements with Stockholm now; the referral is sent under the newest-ending one.
    await t.owner('UPDATE cooperation_agreement SET valid_to = $2 WHERE id = $1', [w.agreements.stockholmPrijedor, '2030-01-01']);
    const created = await createCase(t, w.caseworker.token, { destinationCountry: 'BA', destinationPlace: 'Prijedor' });
    await recordConsent(t, w.caseworker.token, created.id, w.prijedor.id, ['IDENTITY']);
    const referral = await sendReferral(t, w.caseworker.token, created.id, w.prijedor.id, ['IDENTITY']);
    const [{ agreement_id: used }] = await t.owner<{ agreement_id: string }>('SELECT agreement_id FROM referral WHERE id = $1', [referral.id]);
    expect(used).toBe(agreement);
    await expectVisible(w.prijedorCaseworker, created.id);
    await t.owner(`UPDATE cooperation_agreement SET valid_to = current_date - 1 WHERE id = $1`, [agreement]);
    await expectHidden(w.prijedorCaseworker, { caseId: created.id, referralId: referral.id });
    await expectHiddenInSql(w.prijedorCaseworker, 'PARTNER_CASEWORKER', created.id);
    // …and a terminated agreement likewise.
    await t.owner(`UPDATE cooperation_agreement SET valid_to = '2099-12-31', terminated_at = now(), terminated_by_organisation_id = $2 WHERE id = $1`, [agreement, w.stockholm.id]);
    await expectHidden(w.prijedorCaseworker, { caseId: created.id, referralId: referral.id });
  });
});

describe('what a partner sees while the referral gives access', () => {
  it('only the shared sections; health only for partner caseworkers', async () => {
    const { caseId } = await referredCase(t, w, ['IDENTITY', 'HEALTH']);
    const query = 'query($id: ID!) { case(id: $id) { visibleSections consents { id } returnee { firstName } contact { phone } household { id } needs { description } health { information } } }';
    const caseworker = await t.gql<{ case: Record<string, unknown> }>(query, { id: caseId }, { token: w.baghdadCaseworker.token });
    expect(caseworker.data?.case).toEqual({
      visibleSections: ['IDENTITY', 'HEALTH'],
      consents: [],
      returnee: { firstName: 'Amina' },
      contact: null,
      household: null,
      needs: null,
      health: { information: 'Needs insulin.' },
    });
    const coordinator = await t.gql<{ case: Record<string, unknown> }>(query, { id: caseId }, { token: w.baghdadCoordinator.token });
    expect(coordinator.data?.case).toMatchObject({ visibleSections: ['IDENTITY'], health: null });
  });

  it('in SQL too: the shared section tables have the rows, the others none', async () => {
    const { caseId } = await referredCase(t, w, ['IDENTITY', 'NEEDS']);
    const counts = await t.asAppRole({ organisationId: w.baghdad.id, roles: ['PARTNER_CASEWORKER'] }, async (sql) => {
      const found: Record<string, number> = {};
      for (const table of ['referral_case', 'returnee', 'returnee_contact', 'household_member', 'case_needs', 'returnee_health', 'consent']) {
        const column = table === 'referral_case' ? 'id' : 'case_id';
        found[table] = (await sql.rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [caseId]))[0]!.n;
      }
      return found;
    });
    expect(counts).toEqual({ referral_case: 1, returnee: 1, returnee_contact: 0, household_member: 0, case_needs: 1, returnee_health: 0, consent: 0 });
  });
});

describe('inside the owner organisation', () => {
  it('analysts are refused the case (FORBIDDEN) and see none of it in SQL; coordinators see no health data', async () => {
    const created = await createCase(t, w.caseworker.token);
    const query = 'query($id: ID!) { case(id: $id) { number visibleSections returnee { firstName } health { information } } }';
    const analyst = await t.gql<{ case: Record<string, unknown> }>(query, { id: created.id }, { token: w.analyst.token });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(analyst.data).toBeNull();
    await expectHiddenInSql(w.analyst, 'ANALYST', created.id);
    const coordinator = await t.gql<{ case: Record<string, unknown> }>(query, { id: created.id }, { token: w.coordinator.token });
    expect(coordinator.data?.case).toMatchObject({ returnee: { firstName: 'Amina' }, health: null });
    expect(coordinator.data?.case.visibleSections).not.toContain('HEALTH');
    const supervisor = await t.gql<{ case: Record<string, unknown> }>(query, { id: created.id }, { token: w.supervisor.token });
    expect(supervisor.data?.case).toMatchObject({ health: { information: 'Needs insulin.' } });
  });
});
