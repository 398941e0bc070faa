import { Outlet } from 'react-router';
import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { supportsCityStaff } from '../../core/auth/permissions';
import { useCurrentUser } from '../../core/auth/session-context';

/** The server decides access; this only spares an analyst pages that would refuse them. */
export function RequireStaffSupport() {
  return supportsCityStaff(useCurrentUser()) ? <Outlet /> : <ForbiddenPage />;
}
