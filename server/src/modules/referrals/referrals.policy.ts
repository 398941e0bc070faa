import { inRoleSet, ROLE_SETS } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';
import { isCaseOwner } from '../cases/cases.policy.js';
import { Role } from '../users/role.enum.js';
import type { Referral } from './referral.entity.js';
import { ReferralAction } from './referrals.enums.js';
import { actionsFrom, referralTransition } from './referral-status-machine.js';

// Who may do what with a referral: the sender's case staff revoke and complete it, the receiver's
// partner staff accept or decline it. Row-level security shows the referral only to the two sides.

/** The receiving office's staff, for @Roles: they answer referrals. */
export const PARTNER_STAFF: readonly Role[] = ROLE_SETS.PARTNER_STAFF.map((name) => Role[name]);

export type ReferralSide = 'sender' | 'receiver';

export function referralSide(actor: Actor, referral: Referral): ReferralSide {
  return referral.organisationId === actor.organisationId ? 'sender' : 'receiver';
}

/** Accept or decline: the receiving office's partner staff. */
export function canAnswerReferral(actor: Actor, referral: Referral): boolean {
  return referralSide(actor, referral) === 'receiver' && inRoleSet(actor.roles, 'PARTNER_STAFF');
}

/** Revoke or complete: the sending office's case staff. */
export function canManageReferral(actor: Actor, referral: Referral): boolean {
  return referralSide(actor, referral) === 'sender' && inRoleSet(actor.roles, 'CASE_STAFF');
}

/** Take this action on the referral, whatever its status: the action is the actor's side's, and its roles allow it. */
export function canTakeReferralAction(actor: Actor, referral: Referral, action: ReferralAction): boolean {
  return referralTransition(action).side === 'receiver' ? canAnswerReferral(actor, referral) : canManageReferral(actor, referral);
}

/** What the actor may do with the referral now, given its status and the actor's side and roles. */
export function allowedReferralActions(actor: Actor, referral: Referral): ReferralAction[] {
  const side = referralSide(actor, referral);
  const allowed = side === 'receiver' ? canAnswerReferral(actor, referral) : canManageReferral(actor, referral);
  return allowed ? actionsFrom(referral.status, side) : [];
}

/** Every referral of a case: its owner. A partner sees only its own. */
export function canSeeAllReferralsOfCase(actor: Actor, referralCase: { readonly organisationId: string }): boolean {
  return isCaseOwner(actor, referralCase);
}
