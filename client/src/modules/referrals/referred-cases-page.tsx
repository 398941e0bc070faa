import '@mantine/core/styles/SegmentedControl.css';
import { Group, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { usePagedQuery } from '../../components/use-paged-query';
import { useCurrentUser } from '../../core/auth/session-context';
import { ReferralStatus } from '../../gql/graphql';
import { answersReferrals } from '../../core/auth/permissions';
import { ReferralListPage } from './referral-list-page';
import { incomingReferralsQuery, referralPageSize } from './referral-operations';
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
  const [filter, setFilter] = useState<Filter>('ALL');
  const list = usePagedQuery(incomingReferralsQuery, (data) => data.incomingReferrals, {
    variables: { first: referralPageSize, status: filter === 'ALL' ? null : [filter] },
  });

  return (
    <ReferralListPage
      page="referred"
      list={list}
      showStatus
      emptyDescription={filter === 'ALL' ? t('referred.emptyDescription') : t('referred.emptyFiltered')}
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
    />
  );
}
