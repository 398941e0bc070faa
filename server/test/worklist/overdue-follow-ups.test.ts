import { beforeAll, describe, expect, it } from 'vitest';
import { acceptedCase, referralWorld, referredCase, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/**
 * app_overdue_follow_ups() (SECURITY DEFINER) gives the worklist's overdue follow-ups over the set
 * at once; the rules it applies are row-level security's on follow_up_visit and referral_case
 * (app_follow_up_access per visit) and app_is_overdue's. Here both are asked about the same
 * visits, one case of the rule at a time, as each kind of actor, and must agree.
 */
let t: TestApp;
let w: ReferralWorld;
const cases: Record<string, string> = {};

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A visit of the case by Baghdad, through SQL (the trigger of migration 0009 keeps `latest`). */
async function visit(caseId: string, nextVisitOn: string): Promise<void> {
  await t.owner(
    `INSERT INTO follow_up_visit (case_id, owner_organisation_id, partner_organisation_id, visited_on, mode, narrative, next_visit_on, recorded_by_user_id)
     VALUES ($1, $2, $3, $4, 'PHONE', 'Seeded', $5, $6)`,
    [caseId, w.stockholm.id, w.baghdad.id, day(-60), nextVisitOn, w.baghdadCaseworker.id],
  );
}

/** Baghdad's yesterday and today on its own calendar (app_local_today). */
async function baghdadDays(): Promise<{ today: string; yesterday: string }> {
  const [days] = await t.owner<{ today: string; yesterday: string }>(
    'SELECT app_local_today($1)::text AS today, (app_local_today($1) - 1)::text AS yesterday',
    [w.baghdad.id],
  );
  return days!;
}

/** The function's set and what row-level security with app_is_overdue shows, as one actor. */
async function both(organisationId: string, userId: string, roles: string[]) {
  return t.asAppRole({ organisationId, userId, roles }, async (sql) => {
    const listed = await sql.rows<{ case_id: string; due: string }>('SELECT case_id, next_visit_on::text AS due FROM app_overdue_follow_ups() ORDER BY 1');
    const visible = await sql.rows<{ case_id: string; due: string }>(
      `SELECT DISTINCT v.case_id, v.next_visit_on::text AS due FROM follow_up_visit v JOIN referral_case c ON c.id = v.case_id
        WHERE v.latest AND c.status <> 'CLOSED' AND app_is_overdue(v.next_visit_on, v.partner_organisation_id) ORDER BY 1`,
    );
    return { listed: listed.map((r) => r.case_id), visible: visible.map((r) => r.case_id), dues: listed.map((r) => r.due) };
  });
}

worldForFile(referralWorld, (started) => ({ t, w } = started));
beforeAll(async () => {
  const { today, yesterday } = await baghdadDays();
  cases.overdue = (await acceptedCase(t, w)).caseId;
  cases.dueToday = (await acceptedCase(t, w)).caseId;
  cases.withdrawn = (await acceptedCase(t, w)).caseId;
  cases.narrowed = (await acceptedCase(t, w)).caseId;
  cases.closed = (await acceptedCase(t, w)).caseId;
  cases.pending = (await referredCase(t, w)).caseId;
  cases.visitedSince = (await acceptedCase(t, w)).caseId;
  for (const [name, id] of Object.entries(cases)) await visit(id, name === 'dueToday' ? today : yesterday);
  await visit(cases.visitedSince!, day(30)); // a later visit with a future date decides
  await t.owner('UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $2 WHERE case_id = $1', [cases.withdrawn, w.caseworker.id]);
  await t.owner(`UPDATE consent SET sections = '{IDENTITY}' WHERE case_id = $1`, [cases.narrowed]);
  await t.owner(`UPDATE referral_case SET status = 'CLOSED', closure_reason = 'COMPLETED' WHERE id = $1`, [cases.closed]);
}, 120_000);

describe('app_overdue_follow_ups', () => {
  it('equals what row-level security and app_is_overdue show the owner and the partner, case by case of the rule', async () => {
    const owner = await both(w.stockholm.id, w.caseworker.id, ['CASEWORKER']);
    expect(owner.listed).toEqual(owner.visible);
    expect(new Set(owner.listed)).toEqual(new Set([cases.overdue, cases.withdrawn, cases.narrowed, cases.pending]));

    const partner = await both(w.baghdad.id, w.baghdadCaseworker.id, ['PARTNER_CASEWORKER']);
    expect(partner.listed).toEqual(partner.visible);
    expect(partner.listed).toEqual([cases.overdue]);
    expect(partner.dues).toEqual([(await baghdadDays()).yesterday]);

    // A coordinator is partner staff too (reads what the partner follows up, writes none of it).
    const coordinator = await both(w.baghdad.id, w.baghdadCoordinator.id, ['COORDINATOR']);
    expect(coordinator.listed).toEqual(coordinator.visible);
    expect(coordinator.listed).toEqual([cases.overdue]);
  });

  it('still agrees once the agreement is no longer in force: the partner then has none, the owner all of its own', async () => {
    await t.owner(`UPDATE cooperation_agreement SET valid_to = current_date - 1, valid_from = current_date - 30 WHERE id = $1`, [w.agreements.stockholmBaghdad]);
    try {
      const partner = await both(w.baghdad.id, w.baghdadCaseworker.id, ['PARTNER_CASEWORKER']);
      expect(partner).toEqual({ listed: [], visible: [], dues: [] });
      const owner = await both(w.stockholm.id, w.caseworker.id, ['CASEWORKER']);
      expect(owner.listed).toEqual(owner.visible);
      expect(owner.listed).toHaveLength(4);
    } finally {
      await t.owner(`UPDATE cooperation_agreement SET valid_to = '2099-12-31', valid_from = '2020-01-01' WHERE id = $1`, [w.agreements.stockholmBaghdad]);
    }
  });

  it('needs the FOLLOW_UP scope, not only REFERRALS, for the partner', async () => {
    await t.owner(`UPDATE cooperation_agreement SET scopes = '{REFERRALS}' WHERE id = $1`, [w.agreements.stockholmBaghdad]);
    try {
      const partner = await both(w.baghdad.id, w.baghdadCaseworker.id, ['PARTNER_CASEWORKER']);
      expect(partner).toEqual({ listed: [], visible: [], dues: [] });
    } finally {
      await t.owner(`UPDATE cooperation_agreement SET scopes = '{REFERRALS,FOLLOW_UP}' WHERE id = $1`, [w.agreements.stockholmBaghdad]);
    }
  });

  it('follows a case as it is closed and reopened, and leaves out a visit written on a closed case (migration 0022)', async () => {
    const { yesterday } = await baghdadDays();
    const { caseId } = await acceptedCase(t, w);
    await visit(caseId, yesterday);
    const listedNow = async () => (await both(w.stockholm.id, w.caseworker.id, ['CASEWORKER'])).listed.includes(caseId);
    expect(await listedNow()).toBe(true);
    // Closed by its caseworker under row-level security, as the API does: the trigger reaches the
    // partner's visits, which the owner may not write.
    const closedByOwner = await t.asAppRole({ organisationId: w.stockholm.id, userId: w.caseworker.id, roles: ['CASEWORKER'] }, async (sql) => {
      await sql.rows(`UPDATE referral_case SET status = 'CLOSED', closure_reason = 'COMPLETED' WHERE id = $1`, [caseId]);
      const listed = await sql.rows<{ case_id: string }>('SELECT case_id FROM app_overdue_follow_ups()');
      return listed.some((row) => row.case_id === caseId);
    });
    expect(closedByOwner).toBe(false);
    await t.owner(`UPDATE referral_case SET status = 'CLOSED', closure_reason = 'COMPLETED' WHERE id = $1`, [caseId]);
    const closed = await both(w.stockholm.id, w.caseworker.id, ['CASEWORKER']);
    expect(closed.listed).toEqual(closed.visible);
    expect(closed.listed).not.toContain(caseId);
    await visit(caseId, yesterday);
    expect(await t.owner<{ open: boolean }>('SELECT DISTINCT case_open AS open FROM follow_up_visit WHERE case_id = $1', [caseId])).toEqual([{ open: false }]);
    expect(await listedNow()).toBe(false);
    await t.owner(`UPDATE referral_case SET status = 'IN_REINTEGRATION', closure_reason = NULL WHERE id = $1`, [caseId]);
    const reopened = await both(w.stockholm.id, w.caseworker.id, ['CASEWORKER']);
    expect(reopened.listed).toEqual(reopened.visible);
    expect(reopened.listed).toContain(caseId);
    expect((await both(w.baghdad.id, w.baghdadCaseworker.id, ['PARTNER_CASEWORKER'])).listed).toContain(caseId);
  });

  it('gives nothing to another organisation, a role that reads no cases, or no organisation', async () => {
    for (const [organisationId, userId, roles] of [
      [w.gothenburg.id, w.gothenburgCaseworker.id, ['CASEWORKER', 'PARTNER_CASEWORKER']],
      [w.prijedor.id, w.prijedorCaseworker.id, ['PARTNER_CASEWORKER']],
      [w.stockholm.id, w.analyst.id, ['ANALYST']],
      ['', '', ['CASEWORKER', 'PARTNER_CASEWORKER']],
    ] as Array<[string, string, string[]]>) {
      const seen = await both(organisationId, userId, roles);
      expect(seen.listed).toEqual([]);
      expect(seen.visible).toEqual([]);
    }
  });
});
