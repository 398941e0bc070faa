import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { FormStack } from '../../components/form-stack';
import { Icon } from '../../components/icon';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCurrentUser, useSession } from '../../core/auth/session-context';
import { sessionMeQuery } from '../../core/auth/session-operations';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { setMyFirstPasswordMutation } from './account-operations';
import { AuthPageFrame } from './auth-page-frame';
import { NewPasswordFields, newPasswordProblems, type NewPassword } from './new-password-fields';
import { newPasswordError } from './password-errors';

/** After the first login with a coordinator's temporary password: the person chooses their own. */
export function FirstPasswordPage() {
  const { t } = useTranslation('account');
  const user = useCurrentUser();
  const session = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('firstPassword.title'));
  const [value, setValue] = useState<NewPassword>({ password: '', confirmation: '' });
  const [problems, setProblems] = useState<{ password?: string; confirmation?: string }>({});
  const [save, { loading, error }] = useMutation(setMyFirstPasswordMutation, { context: { skipSessionRefresh: true } });

  if (!user.mustChangePassword) return <Navigate to="/" replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = newPasswordProblems(value, t);
    setProblems(found);
    if (found.password || found.confirmation) return;
    try {
      await save({ variables: { input: { newPassword: value.password } } });
      const { data } = await client.query({ query: sessionMeQuery, fetchPolicy: 'network-only' });
      if (data) session.updateUser(data.me);
      await navigate('/', { replace: true });
    } catch {
      // Shown from the mutation's error state below.
    }
  };

  const fieldError = newPasswordError(error);
  return (
    <AuthPageFrame title={t('firstPassword.title')} intro={t('firstPassword.intro')}>
      <FormStack onSubmit={submit} busy={loading} gap="md" testId="first-password-form">
        {error && !fieldError && (
          <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <NewPasswordFields value={value} onChange={setValue} errors={problems} serverError={fieldError} />
        <Button data-testid="first-password-submit" type="submit" loading={loading} fullWidth>
          {t('firstPassword.submit')}
        </Button>
        <Button variant="subtle" onClick={() => void session.logout()}>
          {t('firstPassword.logout')}
        </Button>
      </FormStack>
    </AuthPageFrame>
  );
}
