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
import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { ListEmptyState } from '../../components/list-empty-state';
import { ListLoading } from '../../components/list-loading';
import { NoticeAlert } from '../../components/notice-alert';
import { PageHeader } from '../../components/page-header';
import { PagedList } from '../../components/paged-list';
import { useDocumentTitle } from '../../components/use-document-title';
import { usePagedQuery } from '../../components/use-paged-query';
import { useCurrentUser } from '../../core/auth/session-context';
import { useFormatters } from '../../core/i18n/use-formatters';
import { ReferralStatus } from '../../gql/graphql';
import { answersReferrals } from './partner-access';
import { incomingReferralsQuery, referralPageSize } from './referral-operations';
import { ReferralTable } from './referral-table';
import { useReferralsTranslation } from './use-referrals-translation';

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
  const format = useFormatters();
  const me = useCurrentUser();
  useDocumentTitle(t('referred.title'));
  const [filter, setFilter] = useState<Filter>('ALL');
  const [notice, setNotice] = useState<string | null>(null);
  const list = usePagedQuery(incomingReferralsQuery, (data) => data.incomingReferrals, {
    variables: { first: referralPageSize, status: filter === 'ALL' ? null : [filter] },
  });

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader title={t('referred.title')} intro={t('referred.intro', { organisation: me.organisation.name })} />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <PagedList
        list={list}
        controls={
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
        }
        loadFailedTitle={t('referred.loadFailed')}
        loadingView={<ListLoading label={t('list.loading')} rows={4} height={56} testId="referrals-loading" />}
        emptyView={
          <ListEmptyState
            testId="referrals-empty"
            icon="building"
            title={t('referred.emptyTitle')}
            description={filter === 'ALL' ? t('referred.emptyDescription') : t('referred.emptyFiltered')}
          />
        }
        summary={(shown, total) => t('list.showing', { shown: format.number(shown), count: total, total: format.number(total) })}
        loadMoreLabel={t('list.loadMore')}
      >
        {(referrals) => (
          <ReferralTable
            referrals={referrals}
            caption={t('referred.caption')}
            showStatus
            onAnswered={(referral) => setNotice(referral.case ? t('referred.done', { number: referral.case.number }) : t('list.updated'))}
          />
        )}
      </PagedList>
    </Stack>
  );
}
