import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/EmptyState.css';
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Table.css';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Icon } from '../../components/icon';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCurrentUser } from '../../core/auth/session-context';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import { caseListSearch, caseListVariables, defaultCaseListParams, hasFilters, parseCaseListParams, type CaseListParams } from './case-list-params';
import { canWorkOnCases } from './case-permissions';
import { CasesEmptyState } from './cases-empty-state';
import { CasesFilters } from './cases-filters';
import { caseworkersQuery, casesQuery, referralPartnersQuery } from './cases-operations';
import { CasesTable } from './cases-table';
import { ListLoading } from './list-loading';
import { isolate } from './bidi-isolate';

export const casesPageSize = 20;

/** The organisation's cases, filtered and sorted as the address bar says. */
export function CasesPage() {
  const { t } = useTranslation(['cases', 'common']);
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const user = useCurrentUser();
  useDocumentTitle(t('list.title'));

  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseCaseListParams(searchParams);
  const filtered = hasFilters(params);
  const setParams = (next: CaseListParams) => setSearchParams(caseListSearch(next), { replace: true });

  const { data: caseworkersData } = useQuery(caseworkersQuery);
  const { data: partnersData } = useQuery(referralPartnersQuery);

  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery(casesQuery, {
    variables: { ...caseListVariables(params), first: casesPageSize },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.cases;
  const cases = connection?.edges.map((edge) => edge.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const refreshing = loading && !loadingMore;

  const loadMore = () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    void fetchMore({ variables: { after } }).catch(() => undefined);
  };

  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('list.title')}
          </Title>
          <Text c="dimmed">{t('list.intro', { organisation: isolate(user.organisation.name) })}</Text>
        </Stack>
        {canWorkOnCases(user) && (
          <Button component={Link} to="/cases/new" leftSection={<Icon name="plus" size={16} />} data-testid="new-case">
            {t('list.newCase')}
          </Button>
        )}
      </Group>

      <Paper withBorder radius="md" p={0}>
        <CasesFilters
          params={params}
          caseworkers={caseworkersData?.caseworkers ?? []}
          partners={partnersData?.referralPartners ?? []}
          onChange={setParams}
        />

        {error && !connection ? (
          <Alert m="md" color="red" variant="light" icon={<Icon name="alert" />} title={t('list.loadFailed')} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{errorMessage(error)}</Text>
              <Button size="xs" variant="light" color="red" onClick={() => void refetch().catch(() => undefined)}>
                {t('common:common.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : !connection || (refreshing && cases.length === 0) ? (
          loading && <ListLoading label={t('list.loading')} />
        ) : cases.length === 0 ? (
          <CasesEmptyState
            filtered={filtered}
            canCreate={canWorkOnCases(user)}
            onClear={() => setParams({ ...defaultCaseListParams, sort: params.sort, direction: params.direction })}
          />
        ) : (
          <div aria-busy={refreshing}>
            <CasesTable cases={cases} />
            <Group p="md" justify="space-between" gap="md">
              <Text size="sm" c="dimmed" aria-live="polite" data-testid="cases-count">
                {t('list.showing', { shown: format.number(cases.length), count: connection.totalCount, total: format.number(connection.totalCount) })}
              </Text>
              {connection.pageInfo.hasNextPage && (
                <Button variant="default" onClick={loadMore} loading={loadingMore}>
                  {t('list.loadMore')}
                </Button>
              )}
            </Group>
            {error && (
              <Alert mx="md" mb="md" color="red" variant="light" role="alert">
                {errorMessage(error)}
              </Alert>
            )}
          </div>
        )}
      </Paper>
    </Stack>
  );
}
