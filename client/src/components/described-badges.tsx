import { Badge, Group, Tooltip } from '@mantine/core';

export interface DescribedBadge {
  key: string;
  /** The name, in the interface language. */
  label: string;
  /** What it means or allows, shown on hover and focus. */
  description: string;
}

/** A row of named things (an agreement's scopes, a referral's sections), each with what it means. */
export function DescribedBadges({ items, testId }: { items: readonly DescribedBadge[]; testId: string }) {
  return (
    <Group gap={4} data-testid={testId}>
      {items.map((item) => (
        <Tooltip key={item.key} label={item.description} multiline w={240} withArrow>
          <Badge variant="outline" color="indigo" radius="sm" tt="none">
            {item.label}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
