import '@mantine/core/styles/PasswordInput.css';
import { PasswordInput } from '@mantine/core';

interface PasswordFieldProps {
  label: string;
  /** The field's name, and what the browser's password manager may put in it. */
  name: string;
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** The reveal button: its name, and whether the keyboard reaches it (Mantine leaves it out of the tab order). */
  toggle: { 'aria-label': string; tabIndex?: number };
  describedBy?: string;
  testId: string;
}

/** A required password with a reveal button; invalid for assistive technology too (Mantine marks it only visually). */
export function PasswordField({ label, name, autoComplete, value, onChange, error, toggle, describedBy, testId }: PasswordFieldProps) {
  return (
    <PasswordInput
      data-testid={testId}
      label={label}
      name={name}
      autoComplete={autoComplete}
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      aria-invalid={Boolean(error) || undefined}
      aria-describedby={describedBy}
      visibilityToggleButtonProps={toggle}
    />
  );
}
