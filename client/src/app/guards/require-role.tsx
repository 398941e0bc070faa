import { Outlet } from 'react-router';
import { hasRole } from '../../core/auth/permissions';
import { useCurrentUser } from '../../core/auth/session-context';
import type { Role } from '../../gql/graphql';
import { ForbiddenPage } from '../pages/forbidden-page';

/** The server decides access; this only spares a person a page that would refuse them. */
export function RequireRole({ role }: { role: Role }) {
  const user = useCurrentUser();
  return hasRole(user, role) ? <Outlet /> : <ForbiddenPage />;
}
