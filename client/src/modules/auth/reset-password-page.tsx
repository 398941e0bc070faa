import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Icon } from '../../components/icon';
import { useDocumentTitle } from '../../components/use-document-title';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { resetPasswordMutation } from './account-operations';
import { AuthPageFrame } from './auth-page-frame';
import { NewPasswordForm, useNewPassword } from './new-password-form';
import { errorCode } from './password-errors';

/** The token of a reset link: `#token=…` (a fragment never reaches a server, nor a Referer). */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

/** Reached from a reset link (e-mailed, or given by a coordinator): choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation('account');
  const location = useLocation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('reset.title'));
  // Read once, then taken out of the address bar and the history, so it is not left behind.
  const [token] = useState(() => tokenFromHash(location.hash));
  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);
  const password = useNewPassword();
  const [done, setDone] = useState(false);
  const [reset, { loading, error }] = useMutation(resetPasswordMutation, { context: { skipSessionRefresh: true } });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = password.check();
    if (!token || !checked) return;
    try {
      await reset({ variables: { input: { token, newPassword: password.value.password } } });
      setDone(true);
    } catch {
      // Shown from the mutation's error state below.
    }
  };

  const links = (
    <Group justify="center" gap="lg">
      <Anchor component={Link} to="/login" size="sm" data-testid="reset-to-login">
        {t('reset.toLogin')}
      </Anchor>
      {!done && (
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('reset.askAgain')}
        </Anchor>
      )}
    </Group>
  );

  if (!token || done || errorCode(error) === 'RESET_LINK_INVALID') {
    return (
      <AuthPageFrame title={t('reset.title')}>
        <Stack gap="md">
          {done ? (
            <Alert color="green" variant="light" icon={<Icon name="shield" />} role="status" data-testid="reset-done">
              {t('reset.done')}
            </Alert>
          ) : (
            <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert" data-testid="reset-link-invalid">
              {token ? errorMessage(error!) : t('reset.missingToken')}
            </Alert>
          )}
          {links}
        </Stack>
      </AuthPageFrame>
    );
  }

  return (
    <AuthPageFrame title={t('reset.title')}>
      <NewPasswordForm
        state={password}
        onSubmit={submit}
        loading={loading}
        error={error}
        submit={{ label: t('reset.submit'), testId: 'reset-submit' }}
        testId="reset-password-form"
      >
        {links}
      </NewPasswordForm>
    </AuthPageFrame>
  );
}
