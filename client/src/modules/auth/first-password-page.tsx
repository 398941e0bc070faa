import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCurrentUser, useSession } from '../../core/auth/session-context';
import { sessionMeQuery } from '../../core/auth/session-operations';
import { setMyFirstPasswordMutation } from './account-operations';
import { AuthPageFrame } from './auth-page-frame';
import { NewPasswordForm, useNewPassword } from './new-password-form';

/** After the first login with a coordinator's temporary password: the person chooses their own. */
export function FirstPasswordPage() {
  const { t } = useTranslation('account');
  const user = useCurrentUser();
  const session = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  useDocumentTitle(t('firstPassword.title'));
  const password = useNewPassword();
  const [save, { loading, error }] = useMutation(setMyFirstPasswordMutation, { context: { skipSessionRefresh: true } });

  if (!user.mustChangePassword) return <Navigate to="/" replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!password.check()) return;
    try {
      await save({ variables: { input: { newPassword: password.value.password } } });
      const { data } = await client.query({ query: sessionMeQuery, fetchPolicy: 'network-only' });
      if (data) session.updateUser(data.me);
      await navigate('/', { replace: true });
    } catch {
      // Shown from the mutation's error state below.
    }
  };

  return (
    <AuthPageFrame title={t('firstPassword.title')} intro={t('firstPassword.intro')}>
      <NewPasswordForm
        state={password}
        onSubmit={submit}
        loading={loading}
        error={error}
        submit={{ label: t('firstPassword.submit'), testId: 'first-password-submit' }}
        testId="first-password-form"
      >
        <Button variant="subtle" onClick={() => void session.logout()}>
          {t('firstPassword.logout')}
        </Button>
      </NewPasswordForm>
    </AuthPageFrame>
  );
}
