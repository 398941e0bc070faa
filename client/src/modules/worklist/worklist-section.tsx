import { Anchor, Badge, Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon, type IconName } from '../../components/icon';
import { useFormatters } from '../../core/i18n/use-formatters';
import { HintText } from '../../components/hint-text';

/** The lists of the start page, each with its texts under its own key in the `worklist` namespace. */
export type WorklistSectionKey = 'cases' | 'referrals' | 'overdue' | 'actions';

type WorklistSectionProps = {
  icon: IconName;
  color: string;
  /** Undefined while loading. */
  items: readonly unknown[] | undefined;
  children?: ReactNode;
} & (
  | { section: 'overdue'; more?: undefined }
  /** `more`: where the whole list lives (the inbox, the case list …), named by the section's `more` text. */
  | { section: Exclude<WorklistSectionKey, 'overdue'>; more: string }
);

/** One list of the start page: a titled region with its count, its items, or a sentence saying there are none. */
export function WorklistSection({ section, icon, color, items, more, children }: WorklistSectionProps) {
  const { t } = useTranslation('worklist');
  const format = useFormatters();
  const titleId = useId();
  const count = items ? items.length : null;
  const title = t(`${section}.title`);
  const testId = `worklist-${section}`;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId} data-testid={testId} aria-busy={count === null || undefined}>
      <Group justify="space-between" mb="sm" gap="sm" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <ThemeIcon variant="light" color={color} size="lg" radius="md">
            <Icon name={icon} />
          </ThemeIcon>
          <Title order={3} size="h5" id={titleId}>
            {title}
          </Title>
        </Group>
        {count !== null && (
          <Badge variant={count > 0 ? 'filled' : 'light'} color={count > 0 ? color : 'gray'} radius="xl" data-testid="worklist-count" aria-label={t('count', { count })}>
            {format.number(count)}
          </Badge>
        )}
      </Group>
      {count === null ? (
        <Stack gap="xs" role="status" aria-label={t('loading')}>
          <Skeleton h={40} radius="sm" />
          <Skeleton h={40} radius="sm" />
        </Stack>
      ) : count === 0 ? (
        <HintText data-testid="worklist-empty">{t(`${section}.empty`)}</HintText>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {children}
        </Stack>
      )}
      {more && count !== null && count > 0 && (
        <Anchor component={Link} to={more} size="sm" mt="sm" display="inline-block">
          {t(`${section}.more`)}
        </Anchor>
      )}
    </Card>
  );
}

interface WorklistItemProps {
  to: string;
  title: ReactNode;
  detail?: ReactNode;
  aside?: ReactNode;
}

/** One thing to do, linking to where it is done. */
export function WorklistItem({ to, title, detail, aside }: WorklistItemProps) {
  return (
    <li data-testid="worklist-item">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Stack gap={2} miw={0}>
          <Anchor component={Link} to={to} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Anchor>
          {detail && (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {detail}
            </Text>
          )}
        </Stack>
        {aside}
      </Group>
    </li>
  );
}
