import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStack } from '../../components/form-stack';
import { Icon } from '../../components/icon';
import { SectionCard } from '../../components/section-card';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { fieldErrors } from '../../core/errors/field-errors';
import { NewPasswordFields, newPasswordProblems, type NewPassword } from '../auth/new-password-fields';
import { PasswordField } from '../auth/password-field';
import { changeMyPasswordMutation } from './change-password-operations';

const empty = { current: '', next: { password: '', confirmation: '' } as NewPassword };

/** Change one's own password, knowing the current one; the server ends one's other sessions. */
export function ChangePasswordCard() {
  const { t } = useTranslation('account');
  const common = useTranslation().t;
  const errorMessage = useErrorMessage();
  const [current, setCurrent] = useState(empty.current);
  const [next, setNext] = useState<NewPassword>(empty.next);
  const [problems, setProblems] = useState<{ current?: string; password?: string; confirmation?: string }>({});
  const [done, setDone] = useState(false);
  // A wrong current password is an answer, not an expired session: no refresh-and-retry.
  const [change, { loading, error, reset }] = useMutation(changeMyPasswordMutation, { context: { skipSessionRefresh: true } });
  const serverFields = fieldErrors(error);
  const unplaced = error && !serverFields.currentPassword && !serverFields.newPassword;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const found = { ...newPasswordProblems(next, t), ...(current === '' ? { current: common('validation.required') } : {}) };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      await change({ variables: { input: { currentPassword: current, newPassword: next.password } } });
      setCurrent(empty.current);
      setNext(empty.next);
      reset();
      setDone(true);
    } catch {
      // Shown from the mutation's error state below.
    }
  };

  return (
    <SectionCard title={t('changePassword.title')} icon="shield" testId="change-password">
      <FormStack onSubmit={submit} busy={loading} gap="md" testId="change-password-form">
        {done && (
          <Alert color="green" variant="light" role="status" data-testid="password-changed">
            {t('changePassword.done')}
          </Alert>
        )}
        {unplaced && (
          <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <PasswordField
          testId="current-password"
          label={t('password.current')}
          name="current-password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={problems.current ?? serverFields.currentPassword}
          toggle={{ 'aria-label': t('password.show'), tabIndex: 0 }}
        />
        <NewPasswordFields value={next} onChange={setNext} errors={problems} serverError={serverFields.newPassword} />
        <Group>
          <Button data-testid="change-password-submit" type="submit" loading={loading}>
            {t('changePassword.submit')}
          </Button>
        </Group>
      </FormStack>
    </SectionCard>
  );
}
