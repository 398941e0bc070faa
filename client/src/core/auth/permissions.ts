import { inRoleSet, type RoleName, type RoleSetName } from '@cirkel/role-sets';
import { OrganisationKind, type Role } from '../../gql/graphql';
import type { SessionUser } from './session-store';

// Who may do what, read from the server's own role map (server/src/core/access/role-sets.ts).
// The server decides; these only spare people buttons and pages that would refuse them. The few
// predicates below add what the client also looks at (the organisation's kind), nothing more.

// The shared map and the schema name the same roles: a role added to one and not the other stops the build.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type RolesMatchSchema = Holds<Same<RoleName, Role>>;

/** Whether the person has any role of the named set (ROLE_SETS in role-sets.ts). */
export function inRoleSetOf(user: SessionUser | null | undefined, set: RoleSetName): boolean {
  return user ? inRoleSet(user.roles, set) : false;
}

/** Whether the person has this one role (the route guard's question). */
export function hasRole(user: SessionUser | null | undefined, role: Role): boolean {
  return user?.roles.includes(role) ?? false;
}

/** The referring office's staff open, edit and refer cases and record consent. */
export function canWorkOnCases(user: SessionUser): boolean {
  return inRoleSetOf(user, 'CASE_STAFF');
}

/**
 * Who has a case list: the referring office's staff, its coordinators included. Partner offices
 * reach cases through their inbox and referred cases instead.
 */
export function hasCaseList(user: SessionUser): boolean {
  return canWorkOnCases(user) || (inRoleSetOf(user, 'COORDINATORS') && user.organisation.kind === OrganisationKind.City);
}

/** Coordinators of the owning office read a case's audit trail. */
export function canReadAuditTrail(user: SessionUser): boolean {
  return inRoleSetOf(user, 'COORDINATORS');
}

/** A supervisor records sessions (the server also wants a SUPERVISION agreement in force). */
export function canRecordSupervision(user: SessionUser): boolean {
  return inRoleSetOf(user, 'SUPERVISORS');
}

/** Everyone who works with personal data reads supervision sessions; analysts see aggregates only. */
export function readsSupervision(user: SessionUser): boolean {
  return inRoleSetOf(user, 'PERSONAL_DATA');
}

const receivingKinds: readonly OrganisationKind[] = [OrganisationKind.Municipality, OrganisationKind.ClddOffice];

/**
 * Whether this person answers referrals for their organisation: the partner office's staff of a
 * municipality or CLDD office. Others would find those pages empty or refused.
 */
export function answersReferrals(user: SessionUser): boolean {
  return receivingKinds.includes(user.organisation.kind) && inRoleSetOf(user, 'PARTNER_STAFF');
}

/**
 * Who keeps the organisation's contacts directory (it holds contact persons): everyone who works
 * with personal data; analysts read counts in the reports instead.
 */
export function canUseContacts(user: SessionUser): boolean {
  return inRoleSetOf(user, 'PERSONAL_DATA');
}

/**
 * Support to the city's staff (consultations and trainings) is kept by everyone who works with
 * personal data, as the server's outreach policy says; analysts read counts in the reports only.
 */
export function supportsCityStaff(user: SessionUser): boolean {
  return canUseContacts(user);
}

/**
 * Outreach to associations (issue 12): everyone who works with personal data records, reads and
 * changes it (the activities name contact persons); analysts see counts in the reports only.
 */
export function worksOnOutreach(user: SessionUser): boolean {
  return canUseContacts(user);
}
