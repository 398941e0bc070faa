import { hasRole } from '../../core/auth/has-role';
import type { SessionUser } from '../../core/auth/session-store';
import { Role } from '../../gql/graphql';

// The server decides; these only spare people buttons that would be refused.

/** Staff of the referring office open cases. */
export function canCreateCases(user: SessionUser): boolean {
  return hasRole(user, Role.Caseworker) || hasRole(user, Role.Supervisor) || hasRole(user, Role.Coordinator);
}

/** Everyone who works with cases; analysts see aggregated reports only. */
export function canSeeCases(user: SessionUser): boolean {
  return canCreateCases(user) || hasRole(user, Role.PartnerCaseworker);
}

/** Coordinators of the owning office read a case's audit trail. */
export function canReadAuditTrail(user: SessionUser): boolean {
  return hasRole(user, Role.Coordinator);
}
