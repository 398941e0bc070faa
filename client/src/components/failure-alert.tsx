import { Alert, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Icon } from './icon';

/** What went wrong with the last attempt, in a form or dialog; nothing when nothing did. */
export function FailureAlert({ failure, children, ...props }: { failure: ReactNode; children?: ReactNode } & Omit<AlertProps, 'children'>) {
  if (!failure) return null;
  return (
    <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert" {...props}>
      {failure}
      {children}
    </Alert>
  );
}
