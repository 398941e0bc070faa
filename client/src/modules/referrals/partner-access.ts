import { hasRole } from '../../core/auth/has-role';
import type { SessionUser } from '../../core/auth/session-store';
import { OrganisationKind, Role } from '../../gql/graphql';

const receivingKinds: readonly OrganisationKind[] = [OrganisationKind.Municipality, OrganisationKind.ClddOffice];

/**
 * Whether this person answers referrals for their organisation: partner caseworkers and
 * coordinators of a municipality or CLDD office. The server decides; this only spares others
 * pages that would stay empty or refuse them.
 */
export function answersReferrals(user: SessionUser): boolean {
  return receivingKinds.includes(user.organisation.kind) && (hasRole(user, Role.PartnerCaseworker) || hasRole(user, Role.Coordinator));
}
