import { Card, Group, Text, ThemeIcon, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../components/icon';

interface SectionCardProps {
  title: string;
  icon: IconName;
  /** False: the viewer may not see this part of the case; the card says so instead. */
  visible?: boolean;
  /** Whether the viewer's organisation owns the case (changes how "not visible" is explained). */
  viewerIsOwner?: boolean;
  actions?: ReactNode;
  testId?: string;
  children?: ReactNode;
}

/** A titled card on the case page; a region named by its title, for screen readers and tests. */
export function SectionCard({ title, icon, visible = true, viewerIsOwner = true, actions, testId, children }: SectionCardProps) {
  const { t } = useTranslation('cases');
  const titleId = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId} data-testid={testId}>
      <Group justify="space-between" mb="md" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size="lg" radius="md" color={visible ? undefined : 'gray'}>
            <Icon name={icon} />
          </ThemeIcon>
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
        </Group>
        {visible && actions}
      </Group>
      {visible ? (
        children
      ) : (
        <Text size="sm" c="dimmed" data-testid="section-not-shared">
          {viewerIsOwner ? t('page.notVisibleToRole') : t('page.notShared')}
        </Text>
      )}
    </Card>
  );
}
