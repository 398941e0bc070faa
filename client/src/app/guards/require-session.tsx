import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { useSession } from '../../core/auth/session-context';
import { ApolloBoundary } from '../apollo-boundary';

/** Where the login page sends someone back to; set by the guard that sent them there. */
export interface LoginRedirectState {
  from?: string;
}

/** Where someone signed in with a coordinator's temporary password chooses their own. */
export const CHOOSE_PASSWORD_PATH = '/choose-password';

/**
 * Renders its routes only for a signed-in person; anyone else goes to /login and comes back after.
 * Someone with a temporary password goes to choose their own first (the server refuses the rest).
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();

  if (session.status === 'restoring') return <PageLoader />;
  if (session.status === 'anonymous') {
    // After "log out" the next person starts at the home page, not at the last one's page.
    const state: LoginRedirectState | undefined =
      session.reason === 'signed-out' ? undefined : { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/login" replace state={state} />;
  }
  if (session.user.mustChangePassword && location.pathname !== CHOOSE_PASSWORD_PATH) return <Navigate to={CHOOSE_PASSWORD_PATH} replace />;
  return (
    <ApolloBoundary>
      <Outlet />
    </ApolloBoundary>
  );
}
