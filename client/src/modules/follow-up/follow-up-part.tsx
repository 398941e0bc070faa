import { Group, Paper, Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface FollowUpPartProps {
  title: string;
  /** Next to the title: counts, badges. */
  aside?: ReactNode;
  testId?: string;
  children: ReactNode;
}

/** One part of the follow-up (arrival, plan, visits, assessment): a region named by its title. */
export function FollowUpPart({ title, aside, testId, children }: FollowUpPartProps) {
  const titleId = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId} data-testid={testId}>
      <Group justify="space-between" gap="xs" mb="sm" wrap="wrap">
        <Title order={3} size="h5" id={titleId}>
          {title}
        </Title>
        {aside}
      </Group>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}
