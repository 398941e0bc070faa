import { inRoleSet, ROLE_SETS } from '../../core/access/role-sets.js';
import type { Actor } from '../../core/tenancy/actor.js';
import { allSections, ConsentSection } from '../consents/consents.enums.js';
import { Role } from '../users/role.enum.js';

// Who may do what with a case. The row-level security policies of the case tables say the same
// in SQL; these predicates give the clear answers (FORBIDDEN, an empty list) and the viewer's
// fields (visibleSections, allowedTransitions).

/** The referring office's staff, for @Roles: open, edit and refer cases, record consent. */
export const CASE_STAFF: readonly Role[] = ROLE_SETS.CASE_STAFF.map((name) => Role[name]);

/** Every role that works with personal data, for @Roles: all but ANALYST. */
export const PERSONAL_DATA: readonly Role[] = ROLE_SETS.PERSONAL_DATA.map((name) => Role[name]);

interface OwnedByOrganisation {
  readonly organisationId: string;
}

/** The case belongs to the actor's organisation (else the actor is a partner it was referred to). */
export function isCaseOwner(actor: Actor, referralCase: OwnedByOrganisation): boolean {
  return referralCase.organisationId === actor.organisationId;
}

/** Edit the case, move it through its statuses: the owner's case staff. */
export function canWorkOnCase(actor: Actor, referralCase: OwnedByOrganisation): boolean {
  return isCaseOwner(actor, referralCase) && inRoleSet(actor.roles, 'CASE_STAFF');
}

/** Write the HEALTH section of the actor's own organisation's cases. */
export function canWriteHealth(actor: Actor): boolean {
  return inRoleSet(actor.roles, 'CASE_STAFF');
}

/** Read the HEALTH section: the owner's case staff; on a referred case, the partner's follow-up staff. */
export function canReadHealth(actor: Actor, owner: boolean): boolean {
  return inRoleSet(actor.roles, owner ? 'CASE_STAFF' : 'FOLLOW_UP_STAFF');
}

/** The sections the actor's roles allow at all, on the own organisation's cases or on referred ones. */
export function sectionsByRole(actor: Actor, owner: boolean): ConsentSection[] {
  if (!inRoleSet(actor.roles, owner ? 'CASE_READERS' : 'PARTNER_STAFF')) return [];
  const health = canReadHealth(actor, owner);
  return allSections.filter((section) => section !== ConsentSection.HEALTH || health);
}

/** The case's audit trail: the owner's coordinators. */
export function canReadAuditTrail(actor: Actor, referralCase: OwnedByOrganisation): boolean {
  return isCaseOwner(actor, referralCase) && inRoleSet(actor.roles, 'COORDINATORS');
}
