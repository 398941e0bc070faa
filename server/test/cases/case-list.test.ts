import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, newCaseInput, recordConsent, referralWorld, sendReferral, type ReferralWorld } from '../support/world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;
const ids: Record<string, string> = {};

const LIST = `query($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {
  cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id number returnee { lastName } plannedDeparture } }
  }
}`;

type Page = { cases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string; number: string; returnee: { lastName: string }; plannedDeparture: string | null } }> } };

async function all(variables: Record<string, unknown>, pageSize = 2): Promise<{ total: number; names: string[] }> {
  const names: string[] = [];
  let after: string | null = null;
  let total = 0;
  for (let guard = 0; guard < 20; guard += 1) {
    const response: { data?: Page | null; errors?: unknown } = await t.gql<Page>(LIST, { ...variables, first: pageSize, after }, { token: w.caseworker.token });
    expect(response.errors).toBeUndefined();
    total = response.data!.cases.totalCount;
    names.push(...response.data!.cases.edges.map((e) => e.node.returnee.lastName));
    if (!response.data!.cases.pageInfo.hasNextPage) break;
    after = response.data!.cases.pageInfo.endCursor;
  }
  return { total, names };
}

beforeAll(async () => {
  t = await startTestApp();
  w = await referralWorld(t);
  const make = async (lastName: string, overrides: Record<string, unknown>, token = w.caseworker.token) => {
    const created = await createCase(t, token, { ...overrides, returnee: { ...newCaseInput().returnee, lastName } });
    ids[lastName] = created.id;
    return created;
  };
  // Departures a few years ahead: always in the future, and within what a planned date may be (ten years).
  const ahead = new Date().getUTCFullYear() + 3;
  await make('Andersson', { destinationCountry: 'IQ', plannedDeparture: `${ahead}-03-01` });
  await make('Berisha', { destinationCountry: 'BA', destinationPlace: 'Prijedor', plannedDeparture: `${ahead}-01-01` });
  await make('Cehic', { destinationCountry: 'BA', destinationPlace: 'Bihać', responsibleCaseworkerId: w.supervisor.id });
  await make('Dahir', { destinationCountry: 'SO', destinationPlace: 'Hargeisa', plannedDeparture: `${ahead}-02-01` });
  const referred = await make('Ekström', { destinationCountry: 'BA', destinationPlace: 'Prijedor' });
  await recordConsent(t, w.caseworker.token, referred.id, w.prijedor.id, ['IDENTITY']);
  await sendReferral(t, w.caseworker.token, referred.id, w.prijedor.id, ['IDENTITY']);
  await createCase(t, w.gothenburgCaseworker.token, { returnee: { ...newCaseInput().returnee, lastName: 'Gothenburgsson' } });
  const [{ version }] = await t.owner<{ version: number }>('SELECT version FROM referral_case WHERE id = $1', [ids.Dahir]);
  await t.gql('mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id } }', { input: { caseId: ids.Dahir, version, to: 'PREPARING_RETURN' } }, { token: w.caseworker.token });
});
afterAll(async () => t?.close());

describe('the case list', () => {
  it("holds the organisation's own cases only, newest change first by default", async () => {
    const { total, names } = await all({});
    expect(total).toBe(5);
    expect(names[0]).toBe('Dahir'); // changed last
    expect(names).not.toContain('Gothenburgsson');
  });

  it('sorts by returnee name, number and planned departure (no date last), both ways, across pages', async () => {
    expect((await all({ orderBy: { field: 'RETURNEE_NAME', direction: 'ASC' } })).names).toEqual(['Andersson', 'Berisha', 'Cehic', 'Dahir', 'Ekström']);
    expect((await all({ orderBy: { field: 'RETURNEE_NAME', direction: 'DESC' } })).names).toEqual(['Ekström', 'Dahir', 'Cehic', 'Berisha', 'Andersson']);
    expect((await all({ orderBy: { field: 'NUMBER', direction: 'ASC' } })).names).toEqual(['Andersson', 'Berisha', 'Cehic', 'Dahir', 'Ekström']);
    expect((await all({ orderBy: { field: 'PLANNED_DEPARTURE', direction: 'ASC' } })).names.slice(0, 3)).toEqual(['Berisha', 'Dahir', 'Andersson']);
  });

  it('filters by status, destination country, caseworker, partner and text, and counts what matches', async () => {
    expect((await all({ filter: { status: ['PREPARING_RETURN'] } })).names).toEqual(['Dahir']);
    expect((await all({ filter: { destinationCountry: 'BA' }, orderBy: { field: 'RETURNEE_NAME', direction: 'ASC' } })).names).toEqual(['Berisha', 'Cehic', 'Ekström']);
    expect((await all({ filter: { responsibleCaseworkerId: w.supervisor.id } })).names).toEqual(['Cehic']);
    expect((await all({ filter: { partnerId: w.prijedor.id } })).names).toEqual(['Ekström']);
    expect((await all({ filter: { text: 'amina berisha' } })).names).toEqual(['Berisha']);
    expect((await all({ filter: { text: 'ström' } })).names).toEqual(['Ekström']);
    const number = (await t.owner<{ number: string }>('SELECT number FROM referral_case WHERE id = $1', [ids.Cehic]))[0]!.number;
    expect((await all({ filter: { text: number.toLowerCase() } })).names).toEqual(['Cehic']);
    expect((await all({ filter: { destinationCountry: 'BA', text: 'nobody' } })).total).toBe(0);
  });

  it('treats % and _ in the search text literally', async () => {
    expect((await all({ filter: { text: '%' } })).total).toBe(0);
    expect((await all({ filter: { text: '_' } })).total).toBe(0);
  });

  it('shows the case history, oldest first', async () => {
    const response = await t.gql<{ case: { statusHistory: Array<{ from: string | null; to: string }> } }>(
      'query($id: ID!) { case(id: $id) { statusHistory { from to } } }',
      { id: ids.Dahir },
      { token: w.caseworker.token },
    );
    expect(response.data?.case.statusHistory).toEqual([
      { from: null, to: 'INTAKE' },
      { from: 'INTAKE', to: 'PREPARING_RETURN' },
    ]);
  });
});
