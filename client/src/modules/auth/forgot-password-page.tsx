import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormStack } from '../../components/form-stack';
import { Icon } from '../../components/icon';
import { useDocumentTitle } from '../../components/use-document-title';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { passwordResetByEmailAvailableQuery, requestPasswordResetMutation } from './account-operations';
import { AuthPageFrame } from './auth-page-frame';
import { EmailField } from './email-field';
import { errorCode } from './password-errors';

/** "Forgot your password?": asks for a reset link by e-mail, or says whom to ask when this portal sends none. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('account');
  const common = useTranslation().t;
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('forgot.title'));
  const available = useQuery(passwordResetByEmailAvailableQuery, { context: { skipSessionRefresh: true } });
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);
  const [request, { loading, error }] = useMutation(requestPasswordResetMutation, { context: { skipSessionRefresh: true } });
  const disabled = available.data?.passwordResetByEmailAvailable === false || errorCode(error) === 'EMAIL_RESET_DISABLED';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(email.trim() === '');
    if (email.trim() === '') return;
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSent(true);
    } catch {
      // Shown from the mutation's error state below.
    }
  };

  const back = (
    <Anchor component={Link} to="/login" size="sm" ta="center" data-testid="back-to-login">
      {t('forgot.back')}
    </Anchor>
  );

  if (disabled) {
    return (
      <AuthPageFrame title={t('forgot.title')}>
        <Stack gap="md">
          <Alert color="blue" variant="light" icon={<Icon name="shield" />} data-testid="email-reset-disabled">
            {t('forgot.disabled')}
          </Alert>
          {back}
        </Stack>
      </AuthPageFrame>
    );
  }

  return (
    <AuthPageFrame title={t('forgot.title')} intro={sent ? undefined : t('forgot.intro')}>
      {sent ? (
        <Stack gap="md">
          <Alert color="green" variant="light" icon={<Icon name="shield" />} role="status" data-testid="reset-requested">
            {t('forgot.sent')}
          </Alert>
          {back}
        </Stack>
      ) : (
        <FormStack onSubmit={submit} busy={loading} gap="md" testId="forgot-password-form">
          {error && (
            <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
              {errorMessage(error)}
            </Alert>
          )}
          <EmailField testId="forgot-email" label={common('login.email')} value={email} onChange={setEmail} error={missing ? common('validation.required') : undefined} />
          <Button data-testid="forgot-submit" type="submit" loading={loading} fullWidth>
            {t('forgot.submit')}
          </Button>
          {back}
        </FormStack>
      )}
    </AuthPageFrame>
  );
}
