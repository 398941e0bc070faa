import { Button, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon, type IconName } from './icon';

interface ListEmptyStateProps {
  icon: IconName;
  title: string;
  description: string;
  /** What the person can do about it (create the first one, clear the filters); nothing when they cannot. */
  action?: ReactNode;
  testId: string;
  /** The first one to make (a light button with a plus): a page to open (`to`) or a dialog (`onClick`); in place of `action`. */
  create?: { label: string; to?: string; onClick?: () => void } | false;
  /** With filters set: that nothing matches them, in place of the above, and a button that clears them. */
  noMatch?: { title: string; description: string; clearLabel: string; onClear: () => void } | false;
}

/** A list with nothing in it: what that means here, and the next step when there is one. */
export function ListEmptyState({ icon, title, description, action, testId, create, noMatch }: ListEmptyStateProps) {
  if (create) {
    const plus = <Icon name="plus" size={16} />;
    action = create.to ? (
      <Button component={Link} to={create.to} variant="light" leftSection={plus}>
        {create.label}
      </Button>
    ) : (
      <Button variant="light" leftSection={plus} onClick={create.onClick}>
        {create.label}
      </Button>
    );
  }
  if (noMatch) {
    title = noMatch.title;
    description = noMatch.description;
    action = (
      <Button variant="light" onClick={noMatch.onClear}>
        {noMatch.clearLabel}
      </Button>
    );
  }
  return (
    <EmptyState data-testid={testId} py="xl" px="md" icon={<Icon name={icon} size={28} />} withIndicatorBackground title={title} description={description}>
      {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
    </EmptyState>
  );
}
