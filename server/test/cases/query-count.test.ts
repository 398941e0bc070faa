import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCase, recordConsent, referralWorld, sendReferral, type ReferralWorld } from '../support/world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;

export const CASE_PAGE = /* GraphQL */ `
  query Page($first: Int!) {
    cases(first: $first, orderBy: { field: NUMBER, direction: ASC }) {
      totalCount
      edges { node {
        number status organisation { name } responsibleCaseworker { name organisation { name } }
        returnee { firstName lastName } household { firstName relation } contact { phone } needs { description }
        referrals { status sections to { name } sentBy { name } }
      } }
    }
  }
`;

beforeAll(async () => {
  t = await startTestApp();
  w = await referralWorld(t);
  for (let i = 0; i < 55; i += 1) {
    const created = await createCase(t, i % 2 ? w.caseworker.token : w.supervisor.token);
    if (i % 3 === 0) {
      const partner = i % 2 ? w.baghdad.id : w.prijedor.id;
      await recordConsent(t, w.caseworker.token, created.id, partner, ['IDENTITY', 'NEEDS']);
      await sendReferral(t, w.caseworker.token, created.id, partner, ['IDENTITY']);
    }
  }
}, 120_000);
afterAll(async () => t?.close());

async function statementsFor(first: number): Promise<string[]> {
  const start = t.statements.length;
  const response = await t.gql<{ cases: { edges: unknown[] } }>(CASE_PAGE, { first }, { token: w.caseworker.token });
  expect(response.errors).toBeUndefined();
  expect(response.data?.cases.edges).toHaveLength(first);
  // The audit sealer runs every two seconds on the same pool; its statement is not the request's.
  return t.statements.slice(start).filter((statement) => !statement.includes('audit_seal()'));
}

it('a page of 50 cases with returnee, household, referrals and partners costs the same statements as a page of 10', async () => {
  const ten = await statementsFor(10);
  const fifty = await statementsFor(50);
  expect(fifty.length).toBe(ten.length);
  // …and few of them: the transaction, the actor, the page, one batch per relation, the audit trail.
  expect(ten.length).toBeLessThanOrEqual(25);
  console.info(`SQL statements: page of 10 → ${ten.length}, page of 50 → ${fifty.length}`);
});

it('every personal read on the page is on the audit trail: one event for the page, naming each case and its sections', async () => {
  const start = (await t.owner<{ id: string }>(`SELECT coalesce(max(id), 0)::text AS id FROM audit_event`))[0]!.id;
  await statementsFor(10);
  const reads = await t.owner<{ entity_id: string | null; details: { read: Record<string, string[]> } }>(
    `SELECT entity_id, details FROM audit_event WHERE action = 'case.read' AND id > $1`,
    [start],
  );
  expect(reads).toHaveLength(1);
  expect(reads[0]!.entity_id).toBeNull();
  const page = await t.gql<{ cases: { edges: Array<{ node: { id: string } }> } }>(
    '{ cases(first: 10, orderBy: { field: NUMBER, direction: ASC }) { edges { node { id } } } }',
    {},
    { token: w.caseworker.token },
  );
  expect(Object.keys(reads[0]!.details.read).sort()).toEqual(page.data!.cases.edges.map((e) => e.node.id).sort());
  for (const sections of Object.values(reads[0]!.details.read)) expect(sections).toEqual(expect.arrayContaining(['CONTACT', 'HOUSEHOLD', 'IDENTITY', 'NEEDS']));
});
