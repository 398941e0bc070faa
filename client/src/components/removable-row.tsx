import { Button, Group, Paper, Text } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';

interface RemovableRowProps {
  /** Names the group for screen readers too ("Household member 2"). */
  label: string;
  removeLabel: string;
  onRemove: () => void;
  testId: string;
  children: ReactNode;
}

const rowSelector = '[data-removable-row]';
const removeSelector = '[data-removable-remove]';

/**
 * After a row went, focus stays where the person was: on the remove button of the row that took
 * its place (or the one before it), else on the first button of the surrounding fieldset or
 * section ("Add …"), never on the page's top as when a focused button simply disappears.
 */
function keepFocusAfterRemoving(button: HTMLElement, remove: () => void): void {
  const row = button.closest<HTMLElement>(rowSelector);
  const container = row?.parentElement;
  if (!row || !container) return remove();
  const position = [...container.querySelectorAll(rowSelector)].indexOf(row);
  const surrounding = container.closest<HTMLElement>('fieldset, section, form') ?? container;
  remove();
  requestAnimationFrame(() => {
    // Only when focus went with the row: never take it from where the person has moved on to.
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const buttons = [...container.querySelectorAll<HTMLElement>(`${rowSelector} ${removeSelector}`)];
    const next = buttons[Math.min(position, buttons.length - 1)];
    const fallback = [...surrounding.querySelectorAll<HTMLButtonElement>('button:not([disabled])')].find((candidate) => !candidate.closest(rowSelector));
    (next ?? fallback ?? surrounding).focus();
  });
}

/** One of the rows a form lets the person add and remove (a household member, an agreed action). */
export function RemovableRow({ label, removeLabel, onRemove, testId, children }: RemovableRowProps) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={label} data-testid={testId} data-removable-row>
      <Group justify="space-between" mb="sm">
        <Text fw={600} size="sm">
          {label}
        </Text>
        <Button
          variant="subtle"
          color="red"
          size="xs"
          data-removable-remove
          onClick={(event: MouseEvent<HTMLButtonElement>) => keepFocusAfterRemoving(event.currentTarget, onRemove)}
        >
          {removeLabel}
        </Button>
      </Group>
      {children}
    </Paper>
  );
}
