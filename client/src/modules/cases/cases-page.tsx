import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/EmptyState.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Table.css';
import { useQuery } from '@apollo/client/react';
import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Icon } from '../../components/icon';
import { PageHeader } from '../../components/page-header';
import { PagedList } from '../../components/paged-list';
import { useDocumentTitle } from '../../components/use-document-title';
import { usePagedQuery } from '../../components/use-paged-query';
import { useCurrentUser } from '../../core/auth/session-context';
import { useFormatters } from '../../core/i18n/use-formatters';
import { caseListSearch, caseListVariables, defaultCaseListParams, hasFilters, parseCaseListParams, type CaseListParams } from './case-list-params';
import { canWorkOnCases } from '../../core/auth/permissions';
import { CasesEmptyState } from './cases-empty-state';
import { CasesFilters } from './cases-filters';
import { caseworkersQuery, casesQuery, referralPartnersQuery } from './cases-operations';
import { CasesTable } from './cases-table';
import { useReadableNames } from '../../components/person-name';

export const casesPageSize = 20;

/** The organisation's cases, filtered and sorted as the address bar says. */
export function CasesPage() {
  const { t } = useTranslation(['cases', 'common']);
  const format = useFormatters();
  const names = useReadableNames();
  const user = useCurrentUser();
  useDocumentTitle(t('list.title'));

  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseCaseListParams(searchParams);
  const filtered = hasFilters(params);
  const setParams = (next: CaseListParams) => setSearchParams(caseListSearch(next), { replace: true });

  const { data: caseworkersData } = useQuery(caseworkersQuery);
  const { data: partnersData } = useQuery(referralPartnersQuery);

  const list = usePagedQuery(casesQuery, (data) => data.cases, { variables: { ...caseListVariables(params), first: casesPageSize } });

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader
        title={t('list.title')}
        intro={t('list.intro', { organisation: names.short(user.organisation) })}
        actions={
          canWorkOnCases(user) && (
            <Button component={Link} to="/cases/new" leftSection={<Icon name="plus" size={16} />} data-testid="new-case">
              {t('list.newCase')}
            </Button>
          )
        }
      />

      <PagedList
        list={list}
        controls={
          <CasesFilters
            params={params}
            caseworkers={caseworkersData?.caseworkers ?? []}
            partners={partnersData?.referralPartners ?? []}
            onChange={setParams}
          />
        }
        loadFailedTitle={t('list.loadFailed')}
        loading={t('list.loading')}
        emptyView={
          <CasesEmptyState
            filtered={filtered}
            canCreate={canWorkOnCases(user)}
            onClear={() => setParams({ ...defaultCaseListParams, sort: params.sort, direction: params.direction })}
          />
        }
        summary={(shown, total) => t('list.showing', { shown: format.number(shown), count: total, total: format.number(total) })}
        summaryTestId="cases-count"
        loadMoreLabel={t('list.loadMore')}
        busyWhileRefreshing
      >
        {(cases) => <CasesTable cases={cases} />}
      </PagedList>
    </Stack>
  );
}
