import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, newCaseInput, referralWorld, type ReferralWorld } from '../support/world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Search in the case list (app_search_case_ids, migrations 0008 and 0011) and the list's keyset cursors. */
let t: TestApp;
let w: ReferralWorld;
const ids: Record<string, string> = {};

const LIST = `query($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {
  cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id number returnee { firstName lastName } } }
  }
}`;
type Page = { cases: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string; number: string; returnee: { firstName: string; lastName: string } } }> } };

async function search(text: string, token = w.caseworker.token): Promise<string[]> {
  const response = await t.gql<Page>(LIST, { filter: { text }, first: 50 }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.cases.edges.map((e) => `${e.node.returnee.firstName} ${e.node.returnee.lastName}`).sort();
}

beforeAll(async () => {
  t = await startTestApp();
  w = await referralWorld(t);
  const people: Array<[string, string]> = [
    ['Amra', 'Hodžić'],
    ['Emir', 'Hodzic'],
    ['Đorđe', 'Šarić'],
    ['Layla', 'Al-Rawi'],
    ['فاطمة', 'عبد الله'],
    ['Omar', 'Ahmed'],
  ];
  for (const [firstName, lastName] of people) {
    const created = await createCase(t, w.caseworker.token, { returnee: { ...newCaseInput().returnee, firstName, lastName } });
    ids[lastName] = created.id;
  }
  await createCase(t, w.gothenburgCaseworker.token, { returnee: { ...newCaseInput().returnee, firstName: 'Amra', lastName: 'Hodžić-Göteborg' } });
}, 60_000);
afterAll(async () => t?.close());

describe('searching the case list', () => {
  it('folds case and diacritics both ways: hodž, HODZ and hodzic find Hodžić and Hodzic', async () => {
    for (const text of ['hodž', 'HODZ', 'hodzic', 'Hodžić']) {
      expect(await search(text)).toEqual(['Amra Hodžić', 'Emir Hodzic']);
    }
    expect(await search('sari')).toEqual(['Đorđe Šarić']);
    expect(await search('djor')).toEqual(['Đorđe Šarić']); // Đ folds to D, and is found as Dj too (issue 11)
    expect(await search('dorde')).toEqual(['Đorđe Šarić']);
  });

  it('finds a name in either order, infix, and in Arabic script', async () => {
    expect(await search('amra hod')).toEqual(['Amra Hodžić']);
    expect(await search('hodžić amra')).toEqual(['Amra Hodžić']);
    expect(await search('-raw')).toEqual(['Layla Al-Rawi']);
    expect(await search('عبد')).toEqual(['فاطمة عبد الله']);
    expect(await search('الله فاط')).toEqual(['فاطمة عبد الله']);
  });

  it('with one or two characters, matches the start of the first or last name only', async () => {
    expect(await search('ah')).toEqual(['Omar Ahmed']); // not Al-Rawi's "Layla", nor "…ah…" inside a name
    expect(await search('o')).toEqual(['Omar Ahmed']);
    expect(await search('h')).toEqual(['Amra Hodžić', 'Emir Hodzic']);
  });

  it('finds a case by part of its number', async () => {
    const [{ number }] = await t.owner<{ number: string }>('SELECT number FROM referral_case WHERE id = $1', [ids['Al-Rawi']]);
    const response = await t.gql<Page>(LIST, { filter: { text: number.slice(-6).toLowerCase() }, first: 50 }, { token: w.caseworker.token });
    expect(response.data!.cases.edges.map((e) => e.node.id)).toContain(ids['Al-Rawi']);
  });

  it("never reaches another organisation's cases, and blank or odd text finds nothing odd", async () => {
    expect(await search('Göteborg')).toEqual([]);
    expect(await search('hodžić-g', w.gothenburgCaseworker.token)).toEqual(['Amra Hodžić-Göteborg']);
    expect(await search('%')).toEqual([]);
    expect(await search('_o')).toEqual([]);
    expect(await search('\\')).toEqual([]);
  });
});

describe('app_search_case_ids (SECURITY DEFINER): whom it reaches', () => {
  const found = (organisationId: string, userId: string, roles: string[], text: string) =>
    t.asAppRole({ organisationId, userId, roles }, (sql) => sql.rows<{ id: string }>('SELECT app_search_case_ids($1) AS id', [text]));

  it("the current organisation's case readers, their own organisation's cases only", async () => {
    expect((await found(w.stockholm.id, w.caseworker.id, ['CASEWORKER'], 'hodz')).map((r) => r.id).sort()).toEqual([ids['Hodžić'], ids.Hodzic].sort());
    expect(await found(w.gothenburg.id, w.gothenburgCaseworker.id, ['CASEWORKER'], 'amra hodžić')).toHaveLength(1);
    expect((await found(w.gothenburg.id, w.gothenburgCaseworker.id, ['CASEWORKER'], 'amra hodžić'))[0]!.id).not.toBe(ids['Hodžić']);
  });

  it('nobody without a case-reading role, and nobody without an organisation', async () => {
    expect(await found(w.stockholm.id, w.caseworker.id, ['PARTNER_CASEWORKER'], 'hodz')).toEqual([]);
    expect(await found(w.stockholm.id, w.caseworker.id, ['ANALYST'], 'hodz')).toEqual([]);
    expect(await found('', '', ['CASEWORKER'], 'hodz')).toEqual([]);
    expect(await found(w.prijedor.id, w.prijedorCaseworker.id, ['PARTNER_CASEWORKER', 'COORDINATOR'], 'hodz')).toEqual([]);
  });
});

describe("the case list's cursors", () => {
  const cursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
  const forged: Array<[string, unknown[]]> = [
    ['UPDATED_AT', ['not a time', '00000000-0000-4000-8000-000000000000']],
    ['UPDATED_AT', ['2026-02-30T10:00:00.000000', '00000000-0000-4000-8000-000000000000']],
    ['UPDATED_AT', ['2026-01-01T25:00:00.000000', '00000000-0000-4000-8000-000000000000']],
    ['NUMBER', ['2026-0001', '00000000-0000-4000-8000-000000000000']],
    ['PLANNED_DEPARTURE', ['2026-13-01', '00000000-0000-4000-8000-000000000000']],
    ['RETURNEE_NAME', ['hodžić', 'not-a-uuid']],
  ];

  it.each(forged)('a forged %s cursor is BAD_USER_INPUT naming after, never a cast error', async (field, key) => {
    const response = await t.gql(LIST, { orderBy: { field, direction: 'DESC' }, first: 2, after: cursor(key) }, { token: w.caseworker.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('a cursor of one sort continues only that sort', async () => {
    const first = await t.gql<Page>(LIST, { orderBy: { field: 'NUMBER', direction: 'ASC' }, first: 1 }, { token: w.caseworker.token });
    const after = first.data!.cases.pageInfo.endCursor;
    const wrongSort = await t.gql(LIST, { orderBy: { field: 'UPDATED_AT', direction: 'ASC' }, first: 1, after }, { token: w.caseworker.token });
    expect(wrongSort.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('counts only when totalCount is asked for', async () => {
    // Unfiltered, the count is app_own_case_count()'s (cases.repository.ts, countOf).
    const counts = () => t.statements.filter((s) => s.includes('app_own_case_count(') || (s.includes('count(*)') && s.includes('FROM referral_case c'))).length;
    const before = counts();
    await t.gql(LIST, { first: 2 }, { token: w.caseworker.token });
    expect(counts()).toBe(before);
    const counted = await t.gql<{ cases: { totalCount: number } }>('{ cases(first: 2) { totalCount } }', {}, { token: w.caseworker.token });
    expect(counted.data!.cases.totalCount).toBe(6);
    expect(counts()).toBe(before + 1);
  });
});
