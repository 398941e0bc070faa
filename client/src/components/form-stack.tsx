import { Stack, type MantineSpacing } from '@mantine/core';
import type { FormEvent, ReactNode, Ref } from 'react';

interface FormStackProps {
  onSubmit: (event: FormEvent<HTMLFormElement>) => unknown;
  /** While the form is being sent. */
  busy?: boolean;
  gap: MantineSpacing;
  formRef?: Ref<HTMLFormElement>;
  testId?: string;
  'aria-label'?: string;
  children: ReactNode;
}

/** A form whose fields the page checks itself (`noValidate`), busy while it is sent, its fields stacked. */
export function FormStack({ onSubmit, busy, gap, formRef, testId, children, ...props }: FormStackProps) {
  return (
    <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={busy} data-testid={testId} {...props}>
      <Stack gap={gap}>{children}</Stack>
    </form>
  );
}
