import { Alert, Button } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { describeRequestError } from '../../core/auth/session-requests';
import type { LoginInput } from '../../gql/graphql';
import { FormStack } from '../../components/form-stack';
import { EmailField } from './email-field';
import { PasswordField } from './password-field';

/** The form signs in through the session (a plain request: the first page carries no Apollo Client). */
export function LoginForm({ login }: { login: (input: LoginInput) => Promise<void> }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nextMissing = { email: email.trim() === '', password: password === '' };
    setMissing(nextMissing);
    if (nextMissing.email || nextMissing.password) return;
    setLoading(true);
    setError(null);
    try {
      await login({ email: email.trim(), password });
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  };

  return (
    <FormStack onSubmit={submit} busy={loading} gap="md">
      {error != null && (
        <Alert data-testid="login-error" color="red" variant="light" icon={<Icon name="alert" />} title={t('login.failed')}>
          {describeRequestError(error, t)}
        </Alert>
      )}
      <EmailField testId="login-email" label={t('login.email')} value={email} onChange={setEmail} error={missing.email ? t('validation.required') : undefined} />
      <PasswordField
        testId="login-password"
        label={t('login.password')}
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={missing.password ? t('validation.required') : undefined}
        toggle={{ 'aria-label': t('login.showPassword') }}
      />
      <Button data-testid="login-submit" type="submit" loading={loading} fullWidth size="md" mt="xs">
        {t('login.submit')}
      </Button>
    </FormStack>
  );
}
