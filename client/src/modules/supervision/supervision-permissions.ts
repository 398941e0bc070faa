import { hasRole } from '../../core/auth/has-role';
import type { SessionUser } from '../../core/auth/session-store';
import { Role } from '../../gql/graphql';

// The server decides; these only spare people buttons and pages that would refuse them.

/** A supervisor records sessions (the server also wants a SUPERVISION agreement in force). */
export function canRecordSupervision(user: SessionUser): boolean {
  return hasRole(user, Role.Supervisor);
}

/** Everyone who can take part in supervision reads sessions; analysts see aggregates only. */
export function readsSupervision(user: SessionUser): boolean {
  return user.roles.some((role) => role !== Role.Analyst);
}
