import { beforeAll, describe, expect, it } from 'vitest';
import { acceptedCase, createAgreement, createCase, newCaseInput, referralWorld, referredCase, recordConsent, sendReferral, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/**
 * The case list's totalCount with one filter is read where that filter is (cases.repository.ts,
 * countOf): a partner's from the referrals, a search from app_search_case_ids(). Here it must equal
 * the cases listed and the count over the cases themselves under row-level security.
 */
let t: TestApp;
let w: ReferralWorld;

const LIST = `query($filter: CaseFilter, $first: Int!) { cases(filter: $filter, first: $first) { totalCount edges { node { id } } } }`;
type Page = { cases: { totalCount: number; edges: Array<{ node: { id: string } }> } };

async function listed(filter: Record<string, unknown>, token = w.caseworker.token) {
  const response = await t.gql<Page>(LIST, { filter, first: 100 }, { token });
  expect(response.errors).toBeUndefined();
  return { total: response.data!.cases.totalCount, ids: response.data!.cases.edges.map((e) => e.node.id) };
}

/** The count over referral_case itself, as the page filters it, under row-level security. */
async function countedOverCases(organisationId: string, userId: string, roles: string[], where: string, params: unknown[]) {
  return t.asAppRole({ organisationId, userId, roles }, async (sql) => {
    const [row] = await sql.rows<{ n: number }>(`SELECT count(*)::int AS n FROM referral_case c WHERE c.organisation_id = $1 AND ${where}`, [organisationId, ...params]);
    return row!.n;
  });
}

worldForFile(referralWorld, (started) => ({ t, w } = started));
beforeAll(async () => {
  await acceptedCase(t, w);
  await referredCase(t, w);
  // A case referred to Baghdad twice (declined, then again): counted once.
  const twice = await referredCase(t, w);
  await t.gql('mutation($id: ID!) { declineReferral(id: $id, reason: "No capacity") { status } }', { id: twice.referralId }, { token: w.baghdadCaseworker.token });
  await sendReferral(t, w.caseworker.token, twice.caseId, w.baghdad.id, ['IDENTITY']);
  // One to Prijedor, and one of Gothenburg's to Prijedor that Stockholm never counts.
  const prijedorCase = await createCase(t, w.caseworker.token, { returnee: { ...newCaseInput().returnee, firstName: 'Hana', lastName: 'Hodžić' } });
  await recordConsent(t, w.caseworker.token, prijedorCase.id, w.prijedor.id, ['IDENTITY']);
  await sendReferral(t, w.caseworker.token, prijedorCase.id, w.prijedor.id, ['IDENTITY']);
  const gothenburgCase = await createCase(t, w.gothenburgCaseworker.token, { returnee: { ...newCaseInput().returnee, firstName: 'Hana', lastName: 'Hodžić' } });
  await recordConsent(t, w.gothenburgCaseworker.token, gothenburgCase.id, w.prijedor.id, ['IDENTITY']);
  await sendReferral(t, w.gothenburgCaseworker.token, gothenburgCase.id, w.prijedor.id, ['IDENTITY']);
  await createCase(t, w.caseworker.token, { returnee: { ...newCaseInput().returnee, firstName: 'Emir', lastName: 'Hodzic' } });
}, 120_000);

describe("a referral's sender", () => {
  it('owns its case: the database refuses any other row, even from the schema owner (so a partner count needs no case)', async () => {
    // Gothenburg "sending" Stockholm's case to Baghdad: the API never allowed it (app_owns_case),
    // and since migration 0020 the composite key refuses it for every writer.
    const agreement = await createAgreement(t, { parties: [w.gothenburg.id, w.baghdad.id] });
    const stockholmCase = await createCase(t, w.caseworker.token);
    await expect(
      t.owner(
        `INSERT INTO referral (case_id, organisation_id, to_organisation_id, agreement_id, sections, status, sent_by_user_id, expires_at)
         VALUES ($1, $2, $3, $4, '{}', 'PENDING', $5, now() + interval '7 days')`,
        [stockholmCase.id, w.gothenburg.id, w.baghdad.id, agreement, w.gothenburgCaseworker.id],
      ),
    ).rejects.toMatchObject({ code: '23503', constraint: 'referral_sender_owns_case' });
  });
});

describe("the case list's count with one filter", () => {
  it("a partner's: the cases listed, each once, the same as counted over the cases", async () => {
    const partnerFilter = 'EXISTS (SELECT 1 FROM referral x WHERE x.case_id = c.id AND x.to_organisation_id = $2)';
    for (const [partner, expected] of [
      [w.baghdad.id, 3],
      [w.prijedor.id, 1],
      [w.gothenburg.id, 0],
    ] as Array<[string, number]>) {
      const page = await listed({ partnerId: partner });
      expect(page.total).toBe(expected);
      expect(page.ids).toHaveLength(expected);
      expect(await countedOverCases(w.stockholm.id, w.caseworker.id, ['CASEWORKER'], partnerFilter, [partner])).toBe(expected);
    }
    expect((await listed({ partnerId: w.prijedor.id }, w.gothenburgCaseworker.token)).total).toBe(1);
    expect((await listed({ partnerId: w.baghdad.id }, w.gothenburgCaseworker.token)).total).toBe(0);
    expect(await countedOverCases(w.gothenburg.id, w.gothenburgCaseworker.id, ['CASEWORKER'], partnerFilter, [w.baghdad.id])).toBe(0);
  });

  it("a search's: the cases listed, the same as counted over the cases", async () => {
    for (const [text, expected] of [
      ['hodz', 2],
      ['hana hod', 1],
      ['nobody at all', 0],
    ] as Array<[string, number]>) {
      const page = await listed({ text });
      expect(page.total).toBe(expected);
      expect(page.ids).toHaveLength(expected);
      expect(await countedOverCases(w.stockholm.id, w.caseworker.id, ['CASEWORKER'], 'c.id IN (SELECT app_search_case_ids($2))', [text])).toBe(expected);
    }
    expect((await listed({ text: 'hodz' }, w.gothenburgCaseworker.token)).total).toBe(1);
  });

  it("a search's first page counts as it sorts; a later page and a sort by name count through the function: all agree", async () => {
    const PAGED = `query($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {
      cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount pageInfo { endCursor } edges { node { id } } }
    }`;
    type Paged = { cases: { totalCount: number; pageInfo: { endCursor: string }; edges: unknown[] } };
    const ask = (variables: Record<string, unknown>) => t.gql<Paged>(PAGED, { filter: { text: 'hodz' }, first: 1, ...variables }, { token: w.caseworker.token });
    const first = await ask({});
    const second = await ask({ after: first.data!.cases.pageInfo.endCursor });
    const byName = await ask({ orderBy: { field: 'RETURNEE_NAME', direction: 'ASC' } });
    expect([first, second, byName].map((r) => [r.data!.cases.totalCount, r.data!.cases.edges.length])).toEqual([[2, 1], [2, 1], [2, 1]]);
    expect((await ask({ after: second.data!.cases.pageInfo.endCursor })).data!.cases).toMatchObject({ totalCount: 2, edges: [] });
  });
});

describe("the case list's count without a partner or a search (app_own_case_count)", () => {
  it('with each of the case\'s own filters and none: the cases listed, the same as counted over the cases', async () => {
    const statuses = (await t.owner<{ status: string }>('SELECT DISTINCT status FROM referral_case WHERE organisation_id = $1', [w.stockholm.id])).map((r) => r.status);
    const [someCase] = await t.owner<{ destination_country: string; responsible_user_id: string }>(
      'SELECT destination_country, responsible_user_id FROM referral_case WHERE organisation_id = $1 LIMIT 1',
      [w.stockholm.id],
    );
    const cases: Array<[Record<string, unknown>, string, unknown[]]> = [
      [{}, 'true', []],
      [{ status: statuses }, 'c.status = ANY($2)', [statuses]],
      [{ status: [statuses[0]] }, 'c.status = ANY($2)', [[statuses[0]]]],
      [{ status: ['CLOSED'] }, 'c.status = ANY($2)', [['CLOSED']]],
      [{ destinationCountry: someCase!.destination_country }, 'c.destination_country = $2', [someCase!.destination_country]],
      [{ destinationCountry: 'ZZ' }, 'c.destination_country = $2', ['ZZ']],
      [{ responsibleCaseworkerId: someCase!.responsible_user_id }, 'c.responsible_user_id = $2', [someCase!.responsible_user_id]],
      [
        { status: [statuses[0]], destinationCountry: someCase!.destination_country, responsibleCaseworkerId: someCase!.responsible_user_id },
        'c.status = ANY($2) AND c.destination_country = $3 AND c.responsible_user_id = $4',
        [[statuses[0]], someCase!.destination_country, someCase!.responsible_user_id],
      ],
    ];
    let nonEmpty = 0;
    for (const [filter, where, params] of cases) {
      const page = await listed(filter);
      const counted = await countedOverCases(w.stockholm.id, w.caseworker.id, ['CASEWORKER'], where, params);
      expect(page.total, JSON.stringify(filter)).toBe(counted);
      expect(page.ids, JSON.stringify(filter)).toHaveLength(counted);
      if (counted > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(5);
    // Gothenburg counts its own, never Stockholm's.
    const gothenburg = await listed({}, w.gothenburgCaseworker.token);
    expect(gothenburg.total).toBe(await countedOverCases(w.gothenburg.id, w.gothenburgCaseworker.id, ['CASEWORKER'], 'true', []));
    expect(gothenburg.total).toBeGreaterThan(0);
  });
});

describe('app_own_case_count (SECURITY DEFINER: it applies the tenant rule itself)', () => {
  const count = (actor: { organisationId?: string; userId?: string; roles?: string[] }, statuses: string[] | null = null) =>
    t.asAppRole(actor, async (sql) => (await sql.rows<{ n: number }>('SELECT app_own_case_count($1, NULL, NULL) AS n', [statuses]))[0]!.n);
  const overCases = (organisationId: string) => t.owner<{ n: number }>('SELECT count(*)::int AS n FROM referral_case WHERE organisation_id = $1', [organisationId]);

  it("counts only the caller's own organisation's cases, and only for those who may read them", async () => {
    const stockholm = { organisationId: w.stockholm.id, userId: w.caseworker.id, roles: ['CASEWORKER'] };
    const [own] = await overCases(w.stockholm.id);
    expect(own!.n).toBeGreaterThan(3);
    expect(await count(stockholm)).toBe(own!.n);
    expect(await count({ organisationId: w.gothenburg.id, userId: w.gothenburgCaseworker.id, roles: ['CASEWORKER'] })).toBe((await overCases(w.gothenburg.id))[0]!.n);
    // Stockholm's people who may not read its cases, a partner that was sent some of them, and nobody: nothing.
    expect(await count({ ...stockholm, roles: ['ANALYST'] })).toBe(0);
    expect(await count({ organisationId: w.baghdad.id, userId: w.baghdadCaseworker.id, roles: ['PARTNER_CASEWORKER'] })).toBe(0);
    expect(await count({})).toBe(0);
    // A status filter narrows; an unknown status finds nothing.
    expect(await count(stockholm, ['NO_SUCH_STATUS'])).toBe(0);
  });
});

describe('the stored search text (migration 0010)', () => {
  it('a renamed returnee is found by the new name (the stored search text follows the name)', async () => {
    const [row] = await t.owner<{ case_id: string }>(`SELECT case_id FROM returnee WHERE organisation_id = $1 AND last_name = 'Hodzic'`, [w.stockholm.id]);
    await t.owner(`UPDATE returnee SET last_name = 'Kovačević' WHERE case_id = $1`, [row!.case_id]);
    expect((await listed({ text: 'kovacev' })).ids).toEqual([row!.case_id]);
    expect((await listed({ text: 'hodz' })).total).toBe(1);
  });
});

describe('app_sent_case_count (SECURITY DEFINER: it applies the tenant rule itself)', () => {
  const count = (actor: { organisationId?: string; userId?: string; roles?: string[] }, partner: string) =>
    t.asAppRole(actor, async (sql) => (await sql.rows<{ n: number }>('SELECT app_sent_case_count($1) AS n', [partner]))[0]!.n);

  it("counts only the caller's own organisation's referrals, and only for those who may read its cases", async () => {
    const stockholm = { organisationId: w.stockholm.id, userId: w.caseworker.id, roles: ['CASEWORKER'] };
    expect(await count(stockholm, w.baghdad.id)).toBe(3);
    expect(await count(stockholm, w.prijedor.id)).toBe(1);
    // Gothenburg sees its own one referral to Prijedor, never Stockholm's.
    expect(await count({ organisationId: w.gothenburg.id, userId: w.gothenburgCaseworker.id, roles: ['CASEWORKER'] }, w.prijedor.id)).toBe(1);
    expect(await count({ organisationId: w.gothenburg.id, userId: w.gothenburgCaseworker.id, roles: ['CASEWORKER'] }, w.baghdad.id)).toBe(0);
    // Stockholm's people who may not read its cases, and the receiving partner itself: nothing.
    expect(await count({ ...stockholm, roles: ['ANALYST'] }, w.baghdad.id)).toBe(0);
    expect(await count({ organisationId: w.baghdad.id, userId: w.baghdadCaseworker.id, roles: ['PARTNER_CASEWORKER'] }, w.baghdad.id)).toBe(0);
    // With no organisation set at all: nothing.
    expect(await count({}, w.baghdad.id)).toBe(0);
  });
});
