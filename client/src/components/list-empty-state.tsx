import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { Icon, type IconName } from './icon';

interface ListEmptyStateProps {
  icon: IconName;
  title: string;
  description: string;
  /** What the person can do about it (create the first one, clear the filters); nothing when they cannot. */
  action?: ReactNode;
  testId: string;
}

/** A list with nothing in it: what that means here, and the next step when there is one. */
export function ListEmptyState({ icon, title, description, action, testId }: ListEmptyStateProps) {
  return (
    <EmptyState data-testid={testId} py="xl" px="md" icon={<Icon name={icon} size={28} />} withIndicatorBackground title={title} description={description}>
      {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
    </EmptyState>
  );
}
