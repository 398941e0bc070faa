import { Outlet } from 'react-router';
import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { worksOnOutreach } from '../../core/auth/permissions';
import { useCurrentUser } from '../../core/auth/session-context';

/** The outreach pages, for everyone who works with personal data (analysts get counts in the reports). */
export function RequireOutreach() {
  const user = useCurrentUser();
  return worksOnOutreach(user) ? <Outlet /> : <ForbiddenPage />;
}
