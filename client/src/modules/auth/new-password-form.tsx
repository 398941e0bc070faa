import type { ErrorLike } from '@apollo/client';
import { Alert, Button } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStack } from '../../components/form-stack';
import { Icon } from '../../components/icon';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { NewPasswordFields, newPasswordProblems, type NewPassword } from './new-password-fields';
import { newPasswordError } from './password-errors';

/** A new password being typed, and what is wrong with it since it was last checked. */
export function useNewPassword() {
  const { t } = useTranslation('account');
  const [value, setValue] = useState<NewPassword>({ password: '', confirmation: '' });
  const [problems, setProblems] = useState<{ password?: string; confirmation?: string }>({});
  /** Shows what is wrong beside the fields; true when the password may be sent. */
  const check = () => {
    const found = newPasswordProblems(value, t);
    setProblems(found);
    return !found.password && !found.confirmation;
  };
  return { value, setValue, problems, check };
}

interface NewPasswordFormProps {
  state: ReturnType<typeof useNewPassword>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => unknown;
  loading: boolean;
  /** The server's answer: about the new password beside the field, anything else above the form. */
  error: ErrorLike | undefined;
  submit: { label: string; testId: string };
  testId: string;
  /** Below the submit button. */
  children?: ReactNode;
}

/** Choosing a new password (the first one, or after a reset link): the two fields and a submit button. */
export function NewPasswordForm({ state, onSubmit, loading, error, submit, testId, children }: NewPasswordFormProps) {
  const errorMessage = useErrorMessage();
  const fieldError = newPasswordError(error);
  return (
    <FormStack onSubmit={onSubmit} busy={loading} gap="md" testId={testId}>
      {error && !fieldError && (
        <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
          {errorMessage(error)}
        </Alert>
      )}
      <NewPasswordFields value={state.value} onChange={state.setValue} errors={state.problems} serverError={fieldError} />
      <Button data-testid={submit.testId} type="submit" loading={loading} fullWidth>
        {submit.label}
      </Button>
      {children}
    </FormStack>
  );
}
