import { Button, VisuallyHidden } from '@mantine/core';

interface RowActionButtonProps {
  /** What the button does, already translated ("Deactivate"). */
  label: string;
  /** Whose row it is: added for screen readers, which hear the button out of its row ("Deactivate: Ana Lind"). */
  subject: string;
  onClick: () => void;
  disabled?: boolean;
  /** Why it is disabled, as a tooltip. */
  title?: string;
  color?: string;
  testId?: string;
}

/** A small button in a row of a table that acts on the row's record. */
export function RowActionButton({ label, subject, onClick, disabled, title, color, testId }: RowActionButtonProps) {
  return (
    <Button size="xs" variant="subtle" color={color} onClick={onClick} disabled={disabled} title={title} data-testid={testId}>
      {label}
      <VisuallyHidden>: {subject}</VisuallyHidden>
    </Button>
  );
}
