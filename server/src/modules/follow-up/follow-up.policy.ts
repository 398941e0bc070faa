import { inRoleSet } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';
import type { Referral } from '../referrals/referral.entity.js';
import { ReferralStatus } from '../referrals/referrals.enums.js';
import { CaseStatus } from '../cases/cases.enums.js';
import type { FollowUp } from './follow-up.model.js';

// Who may see and record a case's follow-up. The row-level security policies of migration 0003
// (app_follow_up_access) say the same; the database also checks the agreement and the referral.

const ANSWERED: readonly ReferralStatus[] = [ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED, ReferralStatus.REVOKED];

/**
 * The referral whose partner follows the case up, as this viewer may know it: the latest one
 * answered with acceptance (later completed or revoked) for the owner; for a partner, its own, and
 * only while still accepted.
 */
export function followingReferral(actor: Actor, c: { organisationId: string }, referrals: readonly Referral[]): Referral | undefined {
  const owner = c.organisationId === actor.organisationId;
  return referrals
    .filter((r) => r.respondedAt && ANSWERED.includes(r.storedStatus))
    .filter((r) => owner || (r.toOrganisationId === actor.organisationId && r.storedStatus === ReferralStatus.ACCEPTED))
    .sort((a, b) => b.respondedAt!.getTime() - a.respondedAt!.getTime())[0];
}

/** Follow-up is recorded by the partner's caseworkers, never by the referring organisation. */
export function canRecordFollowUp(actor: Actor, followUp: FollowUp): boolean {
  return followUp.partnerOrganisationId === actor.organisationId && inRoleSet(actor.roles, 'FOLLOW_UP_STAFF');
}

/** How long before the planned departure an arrival is "long before": the partner must confirm it. */
export const EARLY_ARRIVAL_DAYS = 14;

/**
 * Why an arrival needs the partner's confirmation, or null: the owner still has the case at
 * INTAKE (nothing prepared for the return), or the arrival is more than EARLY_ARRIVAL_DAYS before
 * the planned departure (a mistaken case or date is likelier than an early flight).
 */
export function earlyArrival(f: Pick<FollowUp, 'caseStatus' | 'plannedDeparture'>, arrivedOn: string): 'INTAKE' | 'BEFORE_DEPARTURE' | null {
  if (f.caseStatus === CaseStatus.INTAKE) return 'INTAKE';
  if (f.plannedDeparture) {
    const limit = new Date(`${f.plannedDeparture}T00:00:00Z`);
    limit.setUTCDate(limit.getUTCDate() - EARLY_ARRIVAL_DAYS);
    if (arrivedOn < limit.toISOString().slice(0, 10)) return 'BEFORE_DEPARTURE';
  }
  return null;
}
