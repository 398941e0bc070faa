import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Policies read the tenant and the actor's role sets once per statement (migration 0008): a
 * bare call of these STABLE functions is evaluated for every row a policy looks at; inside
 * `(SELECT …)` it is an InitPlan, run once.
 */
const ONCE_PER_STATEMENT = [
  'app_current_organisation_id',
  'app_current_user_id',
  'app_is_case_staff',
  'app_is_case_reader',
  'app_is_partner_staff',
  'app_is_follow_up_staff',
  'app_is_supervisor',
  'app_is_coordinator',
  'app_has_personal_data_role',
];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

it('no policy calls a tenant or role-set function per row', async () => {
  const policies = await t.owner<{ name: string; text: string }>(
    `SELECT tablename || '.' || policyname AS name, coalesce(qual, '') || ' ' || coalesce(with_check, '') AS text
       FROM pg_policies WHERE schemaname IN ('public', 'auth')`,
  );
  const bare = new RegExp(`(?<!SELECT )\\b(${ONCE_PER_STATEMENT.join('|')})\\(\\)`);
  const offenders = policies.filter((p) => bare.test(p.text)).map((p) => p.name);
  expect(offenders).toEqual([]);
  // …and the rule is really in force: the policies do call them, as InitPlans.
  expect(policies.filter((p) => p.text.includes('( SELECT app_current_organisation_id() AS app_current_organisation_id)')).length).toBeGreaterThan(20);
});

it('the case list reads the tenant once: an InitPlan, not a filter per row', async () => {
  const plan = await t.asAppRole({ organisationId: '00000000-0000-4000-8000-000000000001', userId: '', roles: ['CASEWORKER'] }, (sql) =>
    sql.rows<{ 'QUERY PLAN': string }>('EXPLAIN SELECT id FROM referral_case ORDER BY updated_at DESC LIMIT 50'),
  );
  const text = plan.map((row) => row['QUERY PLAN']).join('\n');
  expect(text).toContain('InitPlan');
  expect(text).not.toContain("current_setting('app.organisation_id'");
});
