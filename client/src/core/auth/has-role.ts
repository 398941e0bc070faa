import type { Role } from '../../gql/graphql';
import type { SessionUser } from './session-store';

export function hasRole(user: SessionUser | null | undefined, role: Role): boolean {
  return user?.roles.includes(role) ?? false;
}
