import { Button, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface RemovableRowProps {
  /** Names the group for screen readers too ("Household member 2"). */
  label: string;
  removeLabel: string;
  onRemove: () => void;
  testId: string;
  children: ReactNode;
}

/** One of the rows a form lets the person add and remove (a household member, an agreed action). */
export function RemovableRow({ label, removeLabel, onRemove, testId, children }: RemovableRowProps) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={label} data-testid={testId}>
      <Group justify="space-between" mb="sm">
        <Text fw={600} size="sm">
          {label}
        </Text>
        <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
          {removeLabel}
        </Button>
      </Group>
      {children}
    </Paper>
  );
}
