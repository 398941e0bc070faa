import { useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { loginMutation } from '../../core/auth/session-operations';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { SessionPayloadFragment } from '../../gql/graphql';
import { FormStack } from '../../components/form-stack';

export function LoginForm({ onSignedIn }: { onSignedIn: (payload: SessionPayloadFragment) => Promise<void> }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [login, { loading, error }] = useMutation(loginMutation, { context: { skipSessionRefresh: true } });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nextMissing = { email: email.trim() === '', password: password === '' };
    setMissing(nextMissing);
    if (nextMissing.email || nextMissing.password) return;
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      if (data) await onSignedIn(data.login);
    } catch {
      // Shown from the mutation's error state below.
    }
  };

  return (
    <FormStack onSubmit={submit} busy={loading} gap="md">
      {error && (
        <Alert data-testid="login-error" color="red" variant="light" icon={<Icon name="alert" />} title={t('login.failed')}>
          {errorMessage(error)}
        </Alert>
      )}
      <TextInput
        data-testid="login-email"
        label={t('login.email')}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        dir="ltr"
        required
        value={email}
        onChange={(event) => setEmail(event.currentTarget.value)}
        error={missing.email ? t('validation.required') : undefined}
        autoFocus
      />
      <PasswordInput
        data-testid="login-password"
        label={t('login.password')}
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.currentTarget.value)}
        error={missing.password ? t('validation.required') : undefined}
        // Mantine marks its password field invalid only visually; tell assistive technology too.
        aria-invalid={missing.password || undefined}
        visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
      />
      <Button data-testid="login-submit" type="submit" loading={loading} fullWidth size="md" mt="xs">
        {t('login.submit')}
      </Button>
    </FormStack>
  );
}
