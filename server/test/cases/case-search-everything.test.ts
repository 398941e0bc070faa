import { beforeAll, describe, expect, it } from 'vitest';
import { createCase, newCaseInput, recordConsent, referralWorld, sendReferral, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/**
 * Search finds what people type (issue 11, migration 0011, app_search_cases): identity numbers in
 * any form, household members, phone numbers, the destination place, names typed without
 * diacritics or with other separators; ranked, paged by keyset, and never beyond the searcher's
 * organisation.
 */
let t: TestApp;
let w: ReferralWorld;
const ids: Record<string, string> = {};
const numbers: Record<string, string> = {};

const LIST = `query($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {
  cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
  }
}`;
type Page = { cases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> } };

const nameOf = (id: string) => Object.entries(ids).find(([, value]) => value === id)?.[0] ?? id;

/** The cases found, by their names in `ids`, in the order the API gives them. */
async function search(text: string, options: { token?: string; orderBy?: Record<string, string> } = {}): Promise<string[]> {
  const response = await t.gql<Page>(LIST, { filter: { text }, orderBy: options.orderBy, first: 50 }, { token: options.token ?? w.caseworker.token });
  expect(response.errors).toBeUndefined();
  return response.data!.cases.edges.map((e) => nameOf(e.node.id));
}
const found = async (text: string, token?: string) => (await search(text, { token })).sort();

// 850402-123 → Luhn check digit 2.
const personnummer = '19850402-1232';

worldForFile(referralWorld, (started) => ({ t, w } = started));
beforeAll(async () => {
  const make = async (name: string, input: Record<string, unknown>) => {
    const created = await createCase(t, w.caseworker.token, input);
    ids[name] = created.id;
    numbers[name] = created.number;
  };
  const returnee = newCaseInput().returnee;
  await make('layla', {
    returnee: { ...returnee, firstName: 'Layla', lastName: 'Al-Obaidi', identityNumber: personnummer },
    contact: { phone: '070-123 45 67' },
    household: [{ firstName: 'Senada', lastName: 'Hodžić', sex: 'FEMALE', relation: 'SPOUSE', travels: true }],
    destinationCountry: 'BA',
    destinationPlace: 'Sanski Most',
  });
  await make('djordje', {
    returnee: { ...returnee, firstName: 'Đorđe', lastName: 'Kovačević', identityNumber: 'AB 123456' },
    contact: { phone: '+387 61 987 654' },
  });
  await make('amra', { returnee: { ...returnee, firstName: 'Amra', lastName: 'Hodžić' }, contact: null, household: [] });
  await make('emina', { returnee: { ...returnee, firstName: 'Emina', lastName: 'Hodžićević' }, contact: null, household: [] });
  // Gothenburg's own, with the same kinds of details.
  const gothenburg = await createCase(t, w.gothenburgCaseworker.token, {
    returnee: { ...returnee, firstName: 'Samir', lastName: 'Al-Obaidi' },
    contact: { phone: '070-765 43 21' },
  });
  ids.samir = gothenburg.id;
}, 60_000);

describe('what search finds', () => {
  it('an identity number with or without dash, century or plus; another country’s without its separators', async () => {
    for (const text of [personnummer, '198504021232', '850402-1232', '8504021232', '850402+1232', ' 850402 - 1232 ']) {
      expect(await found(text), text).toEqual(['layla']);
    }
    expect(await found('850402')).toEqual(['layla']); // the start of it, six characters or more
    for (const text of ['AB 123456', 'ab123456', 'AB-123456']) expect(await found(text), text).toEqual(['djordje']);
  });

  it('a phone number as dialled from Sweden or abroad, or by its last six digits or more', async () => {
    for (const text of ['0701234567', '070-123 45 67', '+46 70 123 45 67', '0046701234567', '234567']) {
      expect(await found(text), text).toEqual(['layla']);
    }
    expect(await found('01234567')).toEqual(['layla']); // its end, as typed: a fragment may begin with 0
    expect(await found('061 987 654')).toEqual(['djordje']);
    expect(await found('+387 61 987 654')).toEqual(['djordje']);
    expect(await found('4567')).toEqual([]); // fewer than six digits: no phone search
  });

  it("a household member's name, and the destination place", async () => {
    expect(await found('senada')).toEqual(['layla']);
    expect(await found('Senada Hodzic')).toEqual(['layla']);
    expect(await found('sanski most')).toEqual(['layla']);
    expect(await found('Sanski-Most')).toEqual(['layla']);
  });

  it('names with other separators, without diacritics, with đ as d or dj', async () => {
    for (const text of ['Al Obaidi', 'al-obaidi', 'Al\u2011Obaidi', 'AlObaidi', "al'obaidi", 'AL.OBAIDI', 'layla al obaidi', 'obaidi layla']) {
      expect(await found(text), text).toEqual(['layla']);
    }
    for (const text of ['djordje', 'Djordje Kovacevic', 'dorde', 'Đorđe', 'kovacevic']) expect(await found(text), text).toEqual(['djordje']);
  });

  it('ignores zero-width characters typed; bidi controls and NUL, refused at the door, are dropped by the folding too', async () => {
    expect(await found('kova\u200Bcevic')).toEqual(['djordje']);
    expect(await found('ko\u200Dvač\u00ADević')).toEqual(['djordje']);
    const refused = await t.gql(LIST, { filter: { text: '\u202Ekovacevic' }, first: 5 }, { token: w.caseworker.token });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const nul = await t.gql(LIST, { filter: { text: 'kova\u0000cevic' }, first: 5 }, { token: w.caseworker.token });
    expect(nul.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const [folded] = await t.owner<{ key: string }>(`SELECT app_search_key($1) AS key`, ['\u202EKovačević\u202C \u2067Al\u2011Obaidi\u2069\u200F']);
    expect(folded!.key).toBe('kovacevic al obaidi');
    const direct = await t.asAppRole({ organisationId: w.stockholm.id, userId: w.caseworker.id, roles: ['CASEWORKER'] }, (sql) =>
      sql.rows<{ case_id: string }>('SELECT case_id FROM app_search_cases($1)', ['\u2066kovačević\u2069']),
    );
    expect(direct.map((r) => nameOf(r.case_id))).toEqual(['djordje']);
  });

  it('a case by its whole number, typed with other separators too', async () => {
    expect(await found(numbers.amra!)).toEqual(['amra']);
    expect(await found(numbers.amra!.toLowerCase().replaceAll('-', ' '))).toEqual(['amra']);
  });
});

describe('how search ranks (the API order when sorted by relevance, its default with a text)', () => {
  it('the whole name, then the start of a name (closer first), then a household member', async () => {
    expect(await search('hodzic')).toEqual(['amra', 'emina', 'layla']);
    expect(await search('amra hodzic')).toEqual(['amra']);
    expect(await search('hodzic', { orderBy: { field: 'RELEVANCE', direction: 'DESC' } })).toEqual(['amra', 'emina', 'layla']);
    expect(await search('hodzic', { orderBy: { field: 'RELEVANCE', direction: 'ASC' } })).toEqual(['layla', 'emina', 'amra']);
  });

  it('the case number and the identity number before names that contain what was typed', async () => {
    const ranked = await t.asAppRole({ organisationId: w.stockholm.id, userId: w.caseworker.id, roles: ['CASEWORKER'] }, (sql) =>
      sql.rows<{ case_id: string; rank: string }>('SELECT case_id, rank FROM app_search_cases($1) ORDER BY rank DESC', [personnummer]),
    );
    expect(ranked.map((r) => [nameOf(r.case_id), r.rank[0]])).toEqual([['layla', '8']]);
    const byNumber = await t.asAppRole({ organisationId: w.stockholm.id, userId: w.caseworker.id, roles: ['CASEWORKER'] }, (sql) =>
      sql.rows<{ case_id: string; rank: string }>('SELECT case_id, rank FROM app_search_cases($1)', [numbers.emina]),
    );
    expect(byNumber.map((r) => [nameOf(r.case_id), r.rank[0]])).toEqual([['emina', '9']]);
  });

  it('without a search text, relevance sorts as the last change', async () => {
    const byRelevance = await t.gql<Page>(LIST, { orderBy: { field: 'RELEVANCE', direction: 'DESC' }, first: 50 }, { token: w.caseworker.token });
    const byUpdate = await t.gql<Page>(LIST, { orderBy: { field: 'UPDATED_AT', direction: 'DESC' }, first: 50 }, { token: w.caseworker.token });
    expect(byRelevance.data!.cases.edges).toEqual(byUpdate.data!.cases.edges);
  });

  it.each([
    ['RELEVANCE', 'DESC'],
    ['RELEVANCE', 'ASC'],
    ['UPDATED_AT', 'DESC'],
    ['RETURNEE_NAME', 'ASC'],
  ])('pages of a search sorted by %s %s give each case once, in the order of one long page', async (field, direction) => {
    const whole = await search('hodzic', { orderBy: { field, direction } });
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const response: { data?: Page | null; errors?: unknown } = await t.gql<Page>(
        LIST,
        { filter: { text: 'hodzic' }, orderBy: { field, direction }, first: 1, after },
        { token: w.caseworker.token },
      );
      expect(response.errors).toBeUndefined();
      const cases = response.data!.cases;
      expect(cases.totalCount).toBe(3);
      walked.push(...cases.edges.map((e) => nameOf(e.node.id)));
      if (!cases.pageInfo.hasNextPage) break;
      after = cases.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole);
    expect(new Set(walked).size).toBe(3);
  });
});

describe('a short search that finds many cases of one rank', () => {
  // Best first with only a search text, the page reads the case rows (for the date that breaks
  // ties) of just the cases ranked at least as well as its last one: these walks fail if that cut
  // drops or repeats a case, at a page's edge or inside a run of equal ranks.
  const hana: string[] = [];
  beforeAll(async () => {
    const returnee = newCaseInput().returnee;
    // Equal names: equal ranks, told apart by the last change (created in this order, newest last).
    for (let i = 0; i < 5; i += 1) {
      const created = await createCase(t, w.caseworker.token, { returnee: { ...returnee, firstName: 'Hana', lastName: 'Bešić' }, contact: null, household: [] });
      hana.push(created.id);
    }
    // Longer names that start a word with "ha": lower ranks.
    for (const [firstName, lastName] of [['Haris', 'Bešlagić'], ['Hamza', 'Hadžiabdić'], ['Zlata', 'Hasanbegović']]) {
      await createCase(t, w.caseworker.token, { returnee: { ...returnee, firstName, lastName }, contact: null, household: [] });
    }
  }, 60_000);

  it.each([1, 2, 3, 4])('pages of %i, best first, give each case once in the order of one long page, ties newest first', async (size) => {
    const whole = await t.gql<Page>(LIST, { filter: { text: 'ha' }, orderBy: { field: 'RELEVANCE', direction: 'DESC' }, first: 50 }, { token: w.caseworker.token });
    expect(whole.errors).toBeUndefined();
    const wholeIds = whole.data!.cases.edges.map((e) => e.node.id);
    expect(wholeIds.length).toBeGreaterThanOrEqual(8);
    // The same order from the other way of building the page (another filter keeps the cut out).
    const filtered = await t.gql<Page>(
      LIST,
      { filter: { text: 'ha', status: ['INTAKE', 'PREPARING_RETURN', 'RETURNED', 'IN_REINTEGRATION', 'CLOSED'] }, orderBy: { field: 'RELEVANCE', direction: 'DESC' }, first: 50 },
      { token: w.caseworker.token },
    );
    expect(filtered.data!.cases.edges.map((e) => e.node.id)).toEqual(wholeIds);
    // Equal names, newest first, next to each other.
    const at = wholeIds.indexOf(hana[4]!);
    expect(wholeIds.slice(at, at + 5)).toEqual([...hana].reverse());

    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 60; page += 1) {
      const response: { data?: Page | null; errors?: unknown } = await t.gql<Page>(
        LIST,
        { filter: { text: 'ha' }, orderBy: { field: 'RELEVANCE', direction: 'DESC' }, first: size, after },
        { token: w.caseworker.token },
      );
      expect(response.errors).toBeUndefined();
      const cases = response.data!.cases;
      expect(cases.totalCount).toBe(wholeIds.length);
      walked.push(...cases.edges.map((e) => e.node.id));
      if (!cases.pageInfo.hasNextPage) break;
      after = cases.pageInfo.endCursor;
    }
    expect(walked).toEqual(wholeIds);
  });
});

describe('the stored search texts follow edits', () => {
  it("a household member renamed, a new phone and a new place are found; the old ones no longer", async () => {
    const [member] = await t.owner<{ id: string }>('SELECT id FROM household_member WHERE case_id = $1', [ids.layla]);
    const [current] = await t.owner<{ version: number }>('SELECT version FROM referral_case WHERE id = $1', [ids.layla]);
    const response = await t.gql(
      'mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }',
      {
        input: {
          id: ids.layla,
          version: current!.version,
          household: [{ id: member!.id, firstName: 'Zejna', lastName: 'Mujkić', sex: 'FEMALE', relation: 'SPOUSE', travels: true }],
          contact: { phone: '0739 11 22 33' },
          destinationPlace: 'Ključ',
        },
      },
      { token: w.caseworker.token },
    );
    expect(response.errors).toBeUndefined();
    expect(await found('zejna mujkic')).toEqual(['layla']);
    expect(await found('senada')).toEqual([]);
    expect(await found('739112233')).toEqual(['layla']);
    expect(await found('0701234567')).toEqual([]);
    expect(await found('kljuc')).toEqual(['layla']);
    expect(await found('sanski')).toEqual([]);
  });
});

describe('whom search reaches', () => {
  it("another organisation's caseworker finds none of these cases, by any of their details", async () => {
    for (const text of [personnummer, '8504021232', 'AB123456', '0739112233', 'mujkic', 'kljuc', 'layla', numbers.layla!, 'kovacevic']) {
      expect(await found(text, w.gothenburgCaseworker.token), text).toEqual([]);
    }
    expect(await found('al obaidi', w.gothenburgCaseworker.token)).toEqual(['samir']);
    expect(await found('al obaidi')).toEqual(['layla']);
  });

  it('a partner finds nothing, not even a case referred to it: partners reach referred cases through referrals', async () => {
    await recordConsent(t, w.caseworker.token, ids.djordje!, w.prijedor.id, ['IDENTITY', 'CONTACT', 'HOUSEHOLD']);
    await sendReferral(t, w.caseworker.token, ids.djordje!, w.prijedor.id, ['IDENTITY', 'CONTACT', 'HOUSEHOLD']);
    for (const text of ['kovacevic', 'AB123456', '061 987 654', 'hodzic', 'al obaidi']) {
      expect(await found(text, w.prijedorCaseworker.token), text).toEqual([]);
      const direct = await t.asAppRole({ organisationId: w.prijedor.id, userId: w.prijedorCaseworker.id, roles: ['PARTNER_CASEWORKER'] }, (sql) =>
        sql.rows<{ case_id: string }>('SELECT case_id FROM app_search_cases($1)', [text]),
      );
      expect(direct, text).toEqual([]);
    }
    // The organisation check on its own: a case reader of another organisation, each kind of detail.
    for (const text of ['kovacevic', 'AB123456', '061 987 654', 'mujkic', 'kljuc', '0739112233', personnummer, numbers.amra!]) {
      const direct = await t.asAppRole({ organisationId: w.gothenburg.id, userId: w.gothenburgCaseworker.id, roles: ['CASEWORKER'] }, (sql) =>
        sql.rows<{ case_id: string }>('SELECT case_id FROM app_search_cases($1)', [text]),
      );
      expect(direct, text).toEqual([]);
    }
  });
});
