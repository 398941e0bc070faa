import { describe, expect, it } from 'vitest';
import { CaseStatus, ClosureReason } from '../../src/modules/cases/cases.enums.js';
import { allowedTransitions, isAllowedTransition } from '../../src/modules/cases/case-status-machine.js';
import { actionsFrom } from '../../src/modules/referrals/referral-status-machine.js';
import { ReferralStatus } from '../../src/modules/referrals/referrals.enums.js';
import { createCase, referralWorld, referredCase, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

const statuses = Object.values(CaseStatus);
const reasons = [null, ...Object.values(ClosureReason)];

/** The whole table, written out: a change to the rules has to change this too. */
const allowed = new Set([
  'INTAKE→PREPARING_RETURN',
  'INTAKE→CLOSED:WITHDREW',
  'INTAKE→CLOSED:DID_NOT_DEPART',
  'INTAKE→CLOSED:CONTACT_LOST',
  'PREPARING_RETURN→RETURNED',
  'PREPARING_RETURN→CLOSED:WITHDREW',
  'PREPARING_RETURN→CLOSED:DID_NOT_DEPART',
  'PREPARING_RETURN→CLOSED:CONTACT_LOST',
  'RETURNED→IN_REINTEGRATION',
  'RETURNED→CLOSED:WITHDREW',
  'RETURNED→CLOSED:CONTACT_LOST',
  'IN_REINTEGRATION→CLOSED:COMPLETED',
  'IN_REINTEGRATION→CLOSED:WITHDREW',
  'IN_REINTEGRATION→CLOSED:CONTACT_LOST',
]);
const key = (from: string, to: string, reason: string | null) => `${from}→${to}${reason ? `:${reason}` : ''}`;

describe('the case state machine', () => {
  it('allows exactly the listed transitions, and refuses every other pair of status and reason', () => {
    for (const from of statuses) {
      for (const to of statuses) {
        for (const reason of reasons) {
          expect(isAllowedTransition(from, to, reason), key(from, to, reason)).toBe(allowed.has(key(from, to, reason)));
        }
      }
    }
  });

  it('offers what it allows', () => {
    for (const from of statuses) {
      const offered = allowedTransitions(from).flatMap((t) => (t.closureReasons.length ? t.closureReasons.map((r) => key(from, t.to, r)) : [key(from, t.to, null)]));
      expect(new Set(offered)).toEqual(new Set([...allowed].filter((k) => k.startsWith(`${from}→`))));
    }
  });
});

describe('the referral state machine', () => {
  it('lets the receiver answer a pending one, and the sender revoke or complete', () => {
    expect(actionsFrom(ReferralStatus.PENDING, 'receiver')).toEqual(['ACCEPT', 'DECLINE']);
    expect(actionsFrom(ReferralStatus.PENDING, 'sender')).toEqual(['REVOKE']);
    expect(actionsFrom(ReferralStatus.ACCEPTED, 'receiver')).toEqual([]);
    expect(actionsFrom(ReferralStatus.ACCEPTED, 'sender')).toEqual(['REVOKE', 'COMPLETE']);
    for (const end of [ReferralStatus.DECLINED, ReferralStatus.EXPIRED, ReferralStatus.REVOKED, ReferralStatus.COMPLETED]) {
      expect([...actionsFrom(end, 'receiver'), ...actionsFrom(end, 'sender')]).toEqual([]);
    }
  });
});

let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

const CHANGE = 'mutation($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { status closureReason version statusHistory { from to closureReason changedBy { name } } } }';
const SET_DEPARTURE = 'mutation($input: UpdateCaseInput!) { updateCase(input: $input) { version } }';

/** Drives a new case to `status` through the API; returns its id and version. */
async function caseIn(status: CaseStatus): Promise<{ id: string; version: number }> {
  const created = await createCase(t, w.caseworker.token);
  let version = created.version;
  const path = [CaseStatus.PREPARING_RETURN, CaseStatus.RETURNED, CaseStatus.IN_REINTEGRATION];
  for (const next of path.slice(0, path.indexOf(status as (typeof path)[number]) + 1)) {
    if (next === CaseStatus.RETURNED) {
      const set = await t.gql<{ updateCase: { version: number } }>(SET_DEPARTURE, { input: { id: created.id, version, actualDeparture: '2026-01-15' } }, { token: w.caseworker.token });
      version = set.data!.updateCase.version;
    }
    const moved = await t.gql<{ changeCaseStatus: { version: number } }>(CHANGE, { input: { caseId: created.id, version, to: next } }, { token: w.caseworker.token });
    if (!moved.data) throw new Error(JSON.stringify(moved.errors));
    version = moved.data.changeCaseStatus.version;
  }
  return { id: created.id, version };
}

describe('case transitions through the API', () => {
  it('every allowed transition works and is recorded in the history with who made it', async () => {
    for (const entry of allowed) {
      const [from, rest] = entry.split('→') as [CaseStatus, string];
      const [to, reason] = rest.split(':') as [CaseStatus, ClosureReason | undefined];
      const subject = await caseIn(from);
      if (to === CaseStatus.RETURNED) {
        const set = await t.gql<{ updateCase: { version: number } }>(SET_DEPARTURE, { input: { id: subject.id, version: subject.version, actualDeparture: '2026-01-15' } }, { token: w.caseworker.token });
        subject.version = set.data!.updateCase.version;
      }
      const response = await t.gql<{ changeCaseStatus: { status: string; closureReason: string | null; statusHistory: Array<{ from: string | null; to: string; changedBy: { name: string } }> } }>(
        CHANGE,
        { input: { caseId: subject.id, version: subject.version, to, closureReason: reason ?? null } },
        { token: w.caseworker.token },
      );
      expect(response.errors, entry).toBeUndefined();
      expect(response.data?.changeCaseStatus.status).toBe(to);
      expect(response.data?.changeCaseStatus.closureReason).toBe(reason ?? null);
      const last = response.data!.changeCaseStatus.statusHistory.at(-1)!;
      expect(last).toMatchObject({ from, to });
      expect(last.changedBy.name).toMatch(/^Person /);
    }
  });

  it('a transition that is not allowed is refused with INVALID_TRANSITION, translated, and changes nothing', async () => {
    const subject = await caseIn(CaseStatus.INTAKE);
    for (const [to, reason] of [
      [CaseStatus.RETURNED, null],
      [CaseStatus.IN_REINTEGRATION, null],
      [CaseStatus.INTAKE, null],
      [CaseStatus.CLOSED, null],
      [CaseStatus.CLOSED, ClosureReason.COMPLETED],
      [CaseStatus.PREPARING_RETURN, ClosureReason.WITHDREW],
    ] as const) {
      const response = await t.gql(CHANGE, { input: { caseId: subject.id, version: subject.version, to, closureReason: reason } }, { token: w.caseworker.token, language: 'sv' });
      expect(response.errors?.[0]?.extensions?.code, `${to} ${reason}`).toBe('INVALID_TRANSITION');
    }
    const once = await t.gql(CHANGE, { input: { caseId: subject.id, version: subject.version, to: CaseStatus.RETURNED } }, { token: w.caseworker.token });
    expect(once.errors?.[0]?.message).toBe('A case cannot go from intake to returned.');
    const [row] = await t.owner<{ status: string; version: number }>('SELECT status, version FROM referral_case WHERE id = $1', [subject.id]);
    expect(row).toEqual({ status: 'INTAKE', version: subject.version });
  });

  it('a closed case moves no further', async () => {
    const subject = await caseIn(CaseStatus.INTAKE);
    const closed = await t.gql<{ changeCaseStatus: { version: number } }>(CHANGE, { input: { caseId: subject.id, version: subject.version, to: 'CLOSED', closureReason: 'WITHDREW' } }, { token: w.caseworker.token });
    for (const to of statuses) {
      const response = await t.gql(CHANGE, { input: { caseId: subject.id, version: closed.data!.changeCaseStatus.version, to, closureReason: to === 'CLOSED' ? 'COMPLETED' : null } }, { token: w.caseworker.token });
      expect(response.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    }
  });

  it('returning needs the actual departure date', async () => {
    const subject = await caseIn(CaseStatus.PREPARING_RETURN);
    const response = await t.gql(CHANGE, { input: { caseId: subject.id, version: subject.version, to: 'RETURNED' } }, { token: w.caseworker.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actualDeparture' });
  });

  it('only caseworkers and supervisors of the owner move a case', async () => {
    const subject = await caseIn(CaseStatus.INTAKE);
    for (const viewer of [w.coordinator, w.analyst, w.baghdadCaseworker]) {
      const response = await t.gql(CHANGE, { input: { caseId: subject.id, version: subject.version, to: 'PREPARING_RETURN' } }, { token: viewer.token });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('closing a case ends its referrals: pending ones revoked, accepted ones completed', async () => {
    const pending = await referredCase(t, w);
    const [{ version }] = await t.owner<{ version: number }>('SELECT version FROM referral_case WHERE id = $1', [pending.caseId]);
    await t.gql(CHANGE, { input: { caseId: pending.caseId, version, to: 'CLOSED', closureReason: 'WITHDREW' } }, { token: w.caseworker.token });
    expect((await t.owner<{ status: string }>('SELECT status FROM referral WHERE id = $1', [pending.referralId]))[0]!.status).toBe('REVOKED');
  });
});

describe('referral transitions through the API', () => {
  const act = (name: string, id: string, token: string, reason?: string) =>
    t.gql<Record<string, { status: string; allowedActions: string[] }>>(
      `mutation($id: ID!${reason !== undefined ? ', $reason: String!' : ''}) { ${name}(id: $id${reason !== undefined ? ', reason: $reason' : ''}) { status allowedActions } }`,
      { id, ...(reason !== undefined ? { reason } : {}) },
      { token },
    );

  it('PENDING → ACCEPTED → COMPLETED, each by the right side', async () => {
    const { referralId } = await referredCase(t, w);
    expect((await act('completeReferral', referralId, w.caseworker.token)).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect((await act('acceptReferral', referralId, w.caseworker.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const accepted = await act('acceptReferral', referralId, w.baghdadCaseworker.token);
    expect(accepted.data?.acceptReferral).toEqual({ status: 'ACCEPTED', allowedActions: [] });
    const kinds = await t.owner<{ kind: string; recipient_user_id: string }>('SELECT kind, recipient_user_id FROM notification WHERE referral_id = $1 ORDER BY created_at', [referralId]);
    expect(kinds.filter((n) => n.kind === 'REFERRAL_RECEIVED').map((n) => n.recipient_user_id).sort()).toEqual([w.baghdadCaseworker.id, w.baghdadCoordinator.id].sort());
    expect(kinds.filter((n) => n.kind === 'REFERRAL_ACCEPTED').map((n) => n.recipient_user_id)).toEqual([w.caseworker.id]);
    expect((await act('declineReferral', referralId, w.baghdadCaseworker.token, 'late')).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const completed = await act('completeReferral', referralId, w.caseworker.token);
    expect(completed.data?.completeReferral.status).toBe('COMPLETED');
    for (const again of ['revokeReferral', 'completeReferral']) {
      expect((await act(again, referralId, w.caseworker.token)).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    }
  });

  it('PENDING → DECLINED needs a reason; DECLINED is final', async () => {
    const { referralId } = await referredCase(t, w);
    const noReason = await act('declineReferral', referralId, w.baghdadCaseworker.token, '   ');
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(noReason.errors?.[0]?.message).toBe('اذكر سبب الرفض.');
    const declined = await act('declineReferral', referralId, w.baghdadCoordinator.token, 'Outside our area');
    expect(declined.data?.declineReferral.status).toBe('DECLINED');
    const [told] = await t.owner<{ kind: string; params: { reason: string } }>(`SELECT kind, params FROM notification WHERE referral_id = $1 AND kind = 'REFERRAL_DECLINED'`, [referralId]);
    expect(told?.params.reason).toBe('Outside our area');
    const [row] = await t.owner<{ decline_reason: string }>('SELECT decline_reason FROM referral WHERE id = $1', [referralId]);
    expect(row!.decline_reason).toBe('Outside our area');
    expect((await act('revokeReferral', referralId, w.caseworker.token)).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('PENDING → REVOKED by the sender; PENDING → EXPIRED when unanswered, which the task then writes', async () => {
    const revoked = await referredCase(t, w);
    expect((await act('revokeReferral', revoked.referralId, w.caseworker.token)).data?.revokeReferral.status).toBe('REVOKED');

    const expiring = await referredCase(t, w);
    await t.owner(`UPDATE referral SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiring.referralId]);
    const seen = await t.gql<{ case: { referrals: Array<{ status: string; allowedActions: string[] }> } }>(
      'query($id: ID!) { case(id: $id) { referrals { status allowedActions } } }',
      { id: expiring.caseId },
      { token: w.caseworker.token },
    );
    expect(seen.data?.case.referrals[0]).toEqual({ status: 'EXPIRED', allowedActions: [] });
    expect((await act('acceptReferral', expiring.referralId, w.baghdadCaseworker.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { ReferralExpiryTask } = await import('../../src/modules/referrals/referral-expiry.task.js');
    expect(await t.app.get(ReferralExpiryTask).run()).toBeGreaterThanOrEqual(1);
    const [row] = await t.owner<{ status: string }>('SELECT status FROM referral WHERE id = $1', [expiring.referralId]);
    expect(row!.status).toBe('EXPIRED');
    const [event] = await t.owner('SELECT action FROM audit_event WHERE entity_id = $1 AND action = $2', [expiring.referralId, 'referral.expire']);
    expect(event).toBeDefined();
    // …and tells the sender.
    const told = await t.owner<{ recipient_user_id: string }>(`SELECT recipient_user_id FROM notification WHERE referral_id = $1 AND kind = 'REFERRAL_EXPIRED'`, [expiring.referralId]);
    expect(told.map((n) => n.recipient_user_id)).toEqual([w.caseworker.id]);
  });
});
