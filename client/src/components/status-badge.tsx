import { Badge, type BadgeProps } from '@mantine/core';

interface StatusBadgeProps extends Omit<BadgeProps, 'children' | 'color'> {
  /** The status as the API names it, kept in `data-status` for tests and styles. */
  status: string;
  /** The status in the interface language. */
  label: string;
  color: string;
  testId?: string;
}

/** A status with its colour; never cut short in a narrow table column, as the status is the point of it. */
export function StatusBadge({ status, label, color, testId, ...props }: StatusBadgeProps) {
  return (
    <Badge variant="light" radius="sm" tt="none" miw="max-content" color={color} data-testid={testId} data-status={status} {...props}>
      {label}
    </Badge>
  );
}
