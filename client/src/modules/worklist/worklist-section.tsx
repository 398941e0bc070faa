import { Anchor, Badge, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IconName } from '../../components/icon';
import { IconTitle } from '../../components/icon-title';
import { ListFooter } from '../../components/list-footer';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { WorklistPage } from './use-worklist-page';

interface WorklistSectionProps {
  title: string;
  icon: IconName;
  color: string;
  testId: string;
  /** All the list's items (its totalCount, not the items shown); null while loading. */
  count: number | null;
  /** The items shown and where the list goes on: "show more" while the list has a next page. */
  page?: { shown: number; endCursor: string | null | undefined; hasNextPage: boolean; more: WorklistPage };
  empty: string;
  /** Where the whole list lives (the inbox, the case list …). */
  more?: { to: string; label: string };
  children?: ReactNode;
}

/** One list of the start page: a titled region with its count, its items, or a sentence saying there are none. */
export function WorklistSection({ title, icon, color, testId, count, empty, more, page, children }: WorklistSectionProps) {
  const { t } = useTranslation('worklist');
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const titleId = useId();
  const endCursor = page?.endCursor;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId} data-testid={testId} aria-busy={count === null || undefined}>
      <Group justify="space-between" mb="sm" gap="sm" wrap="nowrap">
        <IconTitle icon={icon} color={color} order={3} size="h5" id={titleId} miw={0}>
          {title}
        </IconTitle>
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
        <Text size="sm" c="dimmed" data-testid="worklist-empty">
          {empty}
        </Text>
      ) : (
        <>
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {children}
          </Stack>
          {page && (page.hasNextPage || page.shown < count) && (
            <ListFooter
              summary={t('shown', { count: page.shown, shown: format.number(page.shown), total: format.number(count) })}
              summaryTestId="worklist-shown"
              loadMoreLabel={t('showMore')}
              hasNextPage={page.hasNextPage && Boolean(endCursor)}
              loadingMore={page.more.loadingMore}
              onLoadMore={() => endCursor && page.more.showMore(endCursor)}
              error={page.more.error ? errorMessage(page.more.error) : null}
            />
          )}
        </>
      )}
      {more && count !== null && count > 0 && (
        <Anchor component={Link} to={more.to} size="sm" mt="sm" display="inline-block">
          {more.label}
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
