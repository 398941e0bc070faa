import { hasRole } from '../../core/auth/has-role';
import type { SessionUser } from '../../core/auth/session-store';
import { Role } from '../../gql/graphql';

// The server decides; these only spare people buttons and pages that would refuse them.

/** Caseworkers and supervisors of the referring office open, edit and refer cases and record consent. */
export function canWorkOnCases(user: SessionUser): boolean {
  return hasRole(user, Role.Caseworker) || hasRole(user, Role.Supervisor);
}

/**
 * Who has a case list: the referring office's staff, its coordinators included. Partner offices
 * reach cases through their inbox and referred cases instead.
 */
export function hasCaseList(user: SessionUser): boolean {
  return canWorkOnCases(user) || (hasRole(user, Role.Coordinator) && user.organisation.kind === 'CITY');
}

/** Coordinators of the owning office read a case's audit trail. */
export function canReadAuditTrail(user: SessionUser): boolean {
  return hasRole(user, Role.Coordinator);
}
