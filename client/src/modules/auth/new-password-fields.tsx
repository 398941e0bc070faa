import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from './password-field';

/** The shortest password the server takes (it checks the other rules and says which failed). */
export const MIN_PASSWORD_LENGTH = 12;

export interface NewPassword {
  password: string;
  confirmation: string;
}

/** What is wrong with a new password before it is sent, per field; empty when it can go. */
export function newPasswordProblems(value: NewPassword, t: TFunction<'account'>): { password?: string; confirmation?: string } {
  if ([...value.password].length < MIN_PASSWORD_LENGTH) return { password: t('password.tooShort') };
  if (value.password !== value.confirmation) return { confirmation: t('password.mismatch') };
  return {};
}

/**
 * A new password and its repetition, with the rules said before typing. The reveal buttons can be
 * reached with the keyboard (Mantine leaves them out of the tab order by default).
 */
export function NewPasswordFields({
  value,
  onChange,
  errors,
  serverError,
}: {
  value: NewPassword;
  onChange: (value: NewPassword) => void;
  errors: { password?: string; confirmation?: string };
  /** The server's sentence about the new password (too common, contains one's name…). */
  serverError?: string;
}) {
  const { t } = useTranslation('account');
  const rulesId = useId();
  const toggle = { 'aria-label': t('password.show'), tabIndex: 0 };
  return (
    <>
      <Text id={rulesId} size="sm" c="dimmed">
        {t('password.rules')}
      </Text>
      <PasswordField
        testId="new-password"
        label={t('password.new')}
        name="new-password"
        autoComplete="new-password"
        value={value.password}
        onChange={(password) => onChange({ ...value, password })}
        error={errors.password ?? serverError}
        describedBy={rulesId}
        toggle={toggle}
      />
      <PasswordField
        testId="new-password-confirmation"
        label={t('password.confirm')}
        name="new-password-confirmation"
        autoComplete="new-password"
        value={value.confirmation}
        onChange={(confirmation) => onChange({ ...value, confirmation })}
        error={errors.confirmation}
        toggle={toggle}
      />
    </>
  );
}
