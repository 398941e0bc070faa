import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/EmptyState.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SegmentedControl.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Tooltip.css';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { Icon } from '../../components/icon';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCurrentUser } from '../../core/auth/session-context';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import { ReferralStatus } from '../../gql/graphql';
import { answersReferrals } from './partner-access';
import { incomingReferralsQuery, referralPageSize } from './referral-operations';
import { ReferralTable } from './referral-table';
import { ReferralsEmptyState } from './referrals-empty-state';
import { ReferralsLoading } from './referrals-loading';
import { useReferralsTranslation } from './use-referrals-translation';
import { ListFooter } from '../../components/list-footer';

// The statuses under which a partner still sees the case.
const filters = ['ALL', ReferralStatus.Pending, ReferralStatus.Accepted] as const;
type Filter = (typeof filters)[number];

/** Partner staff: cases referred to their organisation that they can open. */
export function ReferredCasesPage() {
  const user = useCurrentUser();
  return answersReferrals(user) ? <ReferredCases /> : <ForbiddenPage />;
}

function ReferredCases() {
  const { t } = useReferralsTranslation();
  const { t: common } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const me = useCurrentUser();
  useDocumentTitle(t('referred.title'));
  const [filter, setFilter] = useState<Filter>('ALL');
  const [notice, setNotice] = useState<string | null>(null);

  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery(incomingReferralsQuery, {
    variables: { first: referralPageSize, status: filter === 'ALL' ? null : [filter] },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.incomingReferrals;
  const referrals = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
  };

  return (
    <Stack gap="lg" maw={1280}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('referred.title')}
        </Title>
        <Text c="dimmed">{t('referred.intro', { organisation: me.organisation.name })}</Text>
      </Stack>

      {notice && (
        <Alert color="teal" variant="light" withCloseButton closeButtonLabel={common('common.close')} onClose={() => setNotice(null)} role="status">
          {notice}
        </Alert>
      )}

      <Paper withBorder radius="md" p={0}>
        <Group p="md" gap="md">
          <Text size="sm" fw={500} id="referred-filter-label">
            {t('referred.filter')}
          </Text>
          <SegmentedControl
            aria-labelledby="referred-filter-label"
            value={filter}
            onChange={(value) => setFilter(value as Filter)}
            data={filters.map((value) => ({ value, label: value === 'ALL' ? t('referred.all') : t(`status.${value}`) }))}
          />
        </Group>

        {error && !connection ? (
          <Alert m="md" color="red" variant="light" icon={<Icon name="alert" />} title={t('referred.loadFailed')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{errorMessage(error)}</Text>
              <Button size="xs" variant="light" color="red" onClick={() => void refetch().catch(() => undefined)}>
                {common('common.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : !connection ? (
          loading && <ReferralsLoading />
        ) : referrals.length === 0 ? (
          <ReferralsEmptyState
            title={t('referred.emptyTitle')}
            description={filter === 'ALL' ? t('referred.emptyDescription') : t('referred.emptyFiltered')}
          />
        ) : (
          <>
            <ReferralTable
              referrals={referrals}
              caption={t('referred.caption')}
              showStatus
              onAnswered={(referral) => setNotice(referral.case ? t('referred.done', { number: referral.case.number }) : t('list.updated'))}
            />
            <ListFooter
              summary={t('list.showing', { shown: format.number(referrals.length), count: connection.totalCount, total: format.number(connection.totalCount) })}
              loadMoreLabel={t('list.loadMore')}
              hasNextPage={connection.pageInfo.hasNextPage}
              loadingMore={networkStatus === NetworkStatus.fetchMore}
              onLoadMore={loadMore}
              error={error ? errorMessage(error) : null}
            />
          </>
        )}
      </Paper>
    </Stack>
  );
}
