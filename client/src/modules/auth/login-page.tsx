import '@mantine/core/styles/PasswordInput.css';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import type { LoginRedirectState } from '../../app/guards/require-session';
import { PageLoader } from '../../components/page-loader';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSession } from '../../core/auth/session-context';
import { AuthPageFrame } from './auth-page-frame';
import { LoginForm } from './login-form';
import { HintText } from '../../components/hint-text';

/** Only paths inside this app: never follow a redirect to another site. */
function safeReturnPath(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const account = useTranslation('account').t;
  const session = useSession();
  const location = useLocation();
  useDocumentTitle(t('login.title'));

  if (session.status === 'restoring') return <PageLoader />;
  if (session.status === 'authenticated') return <Navigate to={safeReturnPath(location.state)} replace />;

  return (
    <AuthPageFrame
      title={t('login.title')}
      intro={t('login.subtitle')}
      maw={420}
      after={
        <>
          <Anchor component={Link} to="/forgot-password" ta="center" size="sm" data-testid="forgot-password-link">
            {account('forgot.link')}
          </Anchor>
          {session.status === 'anonymous' && session.reason === 'expired' && (
            <HintText ta="center" role="status">{t('login.sessionExpired')}</HintText>
          )}
        </>
      }
    >
      <LoginForm login={session.login} />
    </AuthPageFrame>
  );
}
