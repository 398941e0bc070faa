import { Outlet } from 'react-router';
import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { canUseContacts } from '../../core/auth/permissions';
import { useCurrentUser } from '../../core/auth/session-context';

/** The directory's pages, for those who work with personal data (analysts are refused by the server too). */
export function RequireContacts() {
  const user = useCurrentUser();
  return canUseContacts(user) ? <Outlet /> : <ForbiddenPage />;
}
