import { Group, Stack, Text, Title, type StackProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps extends Omit<StackProps, 'title'> {
  title: ReactNode;
  /** One dimmed sentence under the title: what the page is for. */
  intro?: ReactNode;
  /** Above the title, usually a BackLink. */
  back?: ReactNode;
  /** At the end of the header, e.g. "New case"; given (even as false), the header is a row. */
  actions?: ReactNode;
  /** More lines under the intro (badges, who recorded it). */
  children?: ReactNode;
}

/** The top of a page: its only level-one heading, with an intro and the page's main actions. */
export function PageHeader({ title, intro, back, actions, children, gap = 4, ...props }: PageHeaderProps) {
  const heading = (
    <Stack gap={gap} {...props}>
      {back}
      <Title order={1} size="h2">
        {title}
      </Title>
      {intro !== undefined && <Text c="dimmed">{intro}</Text>}
      {children}
    </Stack>
  );
  if (actions === undefined) return heading;
  return (
    <Group justify="space-between" align="flex-end" gap="md">
      {heading}
      {actions}
    </Group>
  );
}
