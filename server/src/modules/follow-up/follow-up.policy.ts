import { inRoleSet } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';
import type { Referral } from '../referrals/referral.entity.js';
import { ReferralStatus } from '../referrals/referrals.enums.js';
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
