import { Card, Group } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import type { IconName } from './icon';
import { IconTitle } from './icon-title';
import { HintText } from './hint-text';

interface SectionCardProps {
  title: string;
  icon: IconName;
  /** The icon's colour, when not the theme's. */
  color?: string;
  /** Why the viewer may not see this part (already translated): the card says so instead of its content. */
  hidden?: string;
  actions?: ReactNode;
  testId?: string;
  children?: ReactNode;
}

/** A titled card on a detail page; a region named by its title, for screen readers and tests. */
export function SectionCard({ title, icon, color, hidden, actions, testId, children }: SectionCardProps) {
  const titleId = useId();
  const visible = hidden === undefined;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId} data-testid={testId}>
      <Group justify="space-between" mb="md" gap="sm" wrap="wrap">
        <IconTitle icon={icon} color={visible ? color : 'gray'} order={2} size="h4" id={titleId}>
          {title}
        </IconTitle>
        {visible && actions}
      </Group>
      {visible ? (
        children
      ) : (
        <HintText data-testid="section-not-shared">{hidden}</HintText>
      )}
    </Card>
  );
}
