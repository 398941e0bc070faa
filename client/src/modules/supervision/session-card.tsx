import { Card, Group, ThemeIcon, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { Icon, type IconName } from '../../components/icon';

interface SessionCardProps {
  title: string;
  icon: IconName;
  actions?: ReactNode;
  testId?: string;
  children?: ReactNode;
}

/** A titled card on the session page; a region named by its title, for screen readers and tests. */
export function SessionCard({ title, icon, actions, testId, children }: SessionCardProps) {
  const titleId = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId} data-testid={testId}>
      <Group justify="space-between" mb="md" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size="lg" radius="md">
            <Icon name={icon} />
          </ThemeIcon>
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
        </Group>
        {actions}
      </Group>
      {children}
    </Card>
  );
}
