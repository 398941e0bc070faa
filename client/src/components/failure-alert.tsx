import { Alert, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Icon } from './icon';
import { useFocusOnFailure } from './use-focus-on-failure';

/** What went wrong with the last attempt, in a form or dialog; nothing when nothing did. Focus moves to it. */
export function FailureAlert({ failure, children, ...props }: { failure: ReactNode; children?: ReactNode } & Omit<AlertProps, 'children'>) {
  const ref = useFocusOnFailure<HTMLDivElement>(typeof failure === 'string' ? failure : Boolean(failure));
  if (!failure) return null;
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" icon={<Icon name="alert" />} role="alert" {...props}>
      {failure}
      {children}
    </Alert>
  );
}
