import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedCase, referralWorld, referredCase, type ReferralWorld } from '../support/world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * app_received_referral_count() counts a partner's inbox and referred cases over the set at once;
 * the rule it applies is referral_read's (app_referral_gives_access, per row). Here both are asked
 * about the same referrals, one case of the rule at a time, and must agree.
 */
let t: TestApp;
let w: ReferralWorld;

const STATUS_SETS: Array<[string[], boolean]> = [
  [['PENDING'], true],
  [['ACCEPTED'], false],
  [['PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'REVOKED', 'COMPLETED'], false],
];

async function bothCounts(organisationId: string, userId: string, roles: string[]) {
  return t.asAppRole({ organisationId, userId, roles }, async (sql) => {
    const result: Array<{ statuses: string; counted: number; visible: number }> = [];
    for (const [statuses, answerable] of STATUS_SETS) {
      const [{ counted }] = await sql.rows<{ counted: number }>('SELECT app_received_referral_count($1::text[], $2) AS counted', [statuses, answerable]);
      const [{ visible }] = await sql.rows<{ visible: number }>(
        `SELECT count(*)::int AS visible FROM referral WHERE to_organisation_id = nullif($1, '')::uuid AND status = ANY($2::text[]) AND (NOT $3 OR expires_at > now())`,
        [organisationId, statuses, answerable],
      );
      result.push({ statuses: statuses.join(','), counted, visible });
    }
    return result;
  });
}

beforeAll(async () => {
  t = await startTestApp();
  w = await referralWorld(t);
  await referredCase(t, w); // pending
  await referredCase(t, w); // pending, then past its answer time
  await referredCase(t, w, ['IDENTITY']); // pending, consent withdrawn
  await acceptedCase(t, w); // accepted
  await acceptedCase(t, w); // accepted, consent narrowed below the referral's sections
  await acceptedCase(t, w); // accepted (the agreement ends in a test below)
  const referrals = await t.owner<{ id: string; case_id: string; status: string }>(
    'SELECT id, case_id, status FROM referral WHERE to_organisation_id = $1 ORDER BY sent_at',
    [w.baghdad.id],
  );
  await t.owner(`UPDATE referral SET expires_at = now() - interval '1 day', sent_at = sent_at - interval '30 days' WHERE id = $1`, [referrals[1]!.id]);
  await t.owner('UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $2 WHERE case_id = $1', [referrals[2]!.case_id, w.caseworker.id]);
  await t.owner(`UPDATE consent SET sections = '{IDENTITY}' WHERE case_id = $1`, [referrals[4]!.case_id]);
}, 120_000);
afterAll(async () => t?.close());

describe('app_received_referral_count', () => {
  it('equals what row-level security lets the receiver see, for every status set', async () => {
    const counts = await bothCounts(w.baghdad.id, w.baghdadCaseworker.id, ['PARTNER_CASEWORKER']);
    for (const { counted, visible } of counts) expect(counted).toBe(visible);
    expect(counts.map((c) => c.visible)).toEqual([1, 2, 3]); // the rule's cases really differ
  });

  it('still agrees once the agreement is no longer in force, and then counts nothing', async () => {
    await t.owner(`UPDATE cooperation_agreement SET valid_to = current_date - 1, valid_from = current_date - 30 WHERE id = $1`, [w.agreements.stockholmBaghdad]);
    try {
      const counts = await bothCounts(w.baghdad.id, w.baghdadCaseworker.id, ['PARTNER_CASEWORKER']);
      expect(counts.map((c) => [c.counted, c.visible])).toEqual([[0, 0], [0, 0], [0, 0]]);
    } finally {
      await t.owner(`UPDATE cooperation_agreement SET valid_to = current_date + 365 WHERE id = $1`, [w.agreements.stockholmBaghdad]);
    }
  });

  it('counts nothing for the sender, another partner, a role without partner work, or no organisation', async () => {
    for (const [organisationId, userId, roles] of [
      [w.stockholm.id, w.caseworker.id, ['CASEWORKER', 'COORDINATOR']],
      [w.prijedor.id, w.prijedorCaseworker.id, ['PARTNER_CASEWORKER']],
      [w.baghdad.id, w.baghdadCaseworker.id, ['ANALYST']],
      ['', '', ['PARTNER_CASEWORKER']],
    ] as Array<[string, string, string[]]>) {
      const counts = await bothCounts(organisationId, userId, roles);
      expect(counts.map((c) => c.counted)).toEqual([0, 0, 0]);
    }
  });

  it('is the totalCount of the inbox and the referred cases', async () => {
    const inbox = await t.gql<{ referralInbox: { totalCount: number; edges: unknown[] } }>(
      '{ referralInbox(first: 50) { totalCount edges { cursor } } }',
      {},
      { token: w.baghdadCaseworker.token },
    );
    expect(inbox.data!.referralInbox.totalCount).toBe(inbox.data!.referralInbox.edges.length);
    expect(inbox.data!.referralInbox.totalCount).toBe(1);
    const referred = await t.gql<{ incomingReferrals: { totalCount: number; edges: unknown[] } }>(
      '{ incomingReferrals(status: [ACCEPTED], first: 1) { totalCount edges { cursor } } }',
      {},
      { token: w.baghdadCaseworker.token },
    );
    expect(referred.data!.incomingReferrals.totalCount).toBe(2);
    expect(referred.data!.incomingReferrals.edges).toHaveLength(1);
  });
});
