import { TextInput } from '@mantine/core';

interface EmailFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  testId: string;
}

/** The e-mail address one signs in with: the browser may fill it in, and it is always read left to right. */
export function EmailField({ label, value, onChange, error, testId }: EmailFieldProps) {
  return (
    <TextInput
      data-testid={testId}
      label={label}
      type="email"
      name="email"
      autoComplete="username"
      inputMode="email"
      dir="ltr"
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      autoFocus
    />
  );
}
