import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Icon } from '../../components/icon';
import { ListEmptyState } from '../../components/list-empty-state';
import { PageHeader } from '../../components/page-header';
import { PagedList } from '../../components/paged-list';
import { useDocumentTitle } from '../../components/use-document-title';
import { usePagedQuery } from '../../components/use-paged-query';
import { ConsultationFilters } from './consultation-filters';
import { activeConsultationFilters, consultationFilter, readConsultationParams, writeConsultationParams } from './consultation-list-params';
import { ConsultationsTable } from './consultations-table';
import { consultationPageSize, staffConsultationsQuery } from './staff-support-operations';

/** The log of support given to the city's staff, newest first, filtered as the address bar says. */
export function StaffSupportPage() {
  const { t } = useTranslation('staffSupport');
  useDocumentTitle(t('list.title'));
  const [search, setSearch] = useSearchParams();
  const params = readConsultationParams(search);
  const filtered = activeConsultationFilters(params) > 0;
  const deleted = (useLocation().state as { deleted?: boolean } | null)?.deleted === true;

  const list = usePagedQuery(staffConsultationsQuery, (data) => data.staffConsultations, {
    variables: { filter: consultationFilter(params), first: consultationPageSize },
    fetchPolicy: 'cache-and-network',
  });
  const record = (variant?: string) => (
    <Button component={Link} to="/staff-support/new" variant={variant} leftSection={<Icon name="plus" size={16} />} data-testid={variant ? undefined : 'consultation-new'}>
      {t('list.new')}
    </Button>
  );

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader title={t('list.title')} intro={t('list.intro')} maw={760} actions={record()} />
      {deleted && (
        <Alert color="teal" variant="light" role="status" data-testid="consultation-deleted">
          {t('page.deleted')}
        </Alert>
      )}
      <PagedList
        list={list}
        controls={<ConsultationFilters params={params} onChange={(next) => setSearch(writeConsultationParams(next), { replace: true })} />}
        loadFailedTitle={t('list.loadFailed')}
        loading={t('list.loading')}
        emptyView={
          filtered ? (
            <ListEmptyState testId="consultations-empty" icon="filter" title={t('list.empty.filteredTitle')} description={t('list.empty.filtered')} />
          ) : (
            <ListEmptyState testId="consultations-empty" icon="building" title={t('list.empty.title')} description={t('list.empty.description')} action={record('light')} />
          )
        }
        summary={(shown, total) => t('list.showing', { count: total, shown })}
        loadMoreLabel={t('list.loadMore')}
        busyWhileRefreshing
      >
        {(consultations) => <ConsultationsTable consultations={consultations} />}
      </PagedList>
    </Stack>
  );
}
