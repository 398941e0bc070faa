import './outreach-styles';
import { Box, Button, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { todayCalendarDate } from '../../components/calendar-date';
import { Icon } from '../../components/icon';
import { ListEmptyState } from '../../components/list-empty-state';
import { PageHeader } from '../../components/page-header';
import { PagedList } from '../../components/paged-list';
import { useDocumentTitle } from '../../components/use-document-title';
import { usePagedQuery } from '../../components/use-paged-query';
import { worksOnOutreach } from '../../core/auth/permissions';
import { useCurrentUser } from '../../core/auth/session-context';
import { monthOf, shiftMonth } from './month-grid';
import { OutreachFilters } from './outreach-filters';
import { activeOutreachFilters, outreachFilter, outreachListSearch, parseOutreachListParams, type OutreachListParams, type OutreachView } from './outreach-list-params';
import { OutreachMonth } from './outreach-month';
import { outreachActivitiesQuery, outreachMonthSize, outreachPageSize } from './outreach-operations';
import { OutreachTable } from './outreach-table';

/** The organisation's outreach: a list with filters, or a month on a calendar. */
export function OutreachListPage() {
  const { t } = useTranslation('outreach');
  const me = useCurrentUser();
  const canWrite = worksOnOutreach(me);
  useDocumentTitle(t('list.title'));

  const currentMonth = monthOf(todayCalendarDate());
  const [search, setSearch] = useSearchParams();
  const params = parseOutreachListParams(search, currentMonth);
  const update = (next: OutreachListParams) => setSearch(outreachListSearch(next, currentMonth), { replace: true });

  const month = params.view === 'month';
  const changeMonth = (delta: number) => update({ ...params, month: shiftMonth(params.month, delta) });
  const list = usePagedQuery(outreachActivitiesQuery, (data) => data.outreachActivities, {
    variables: { filter: outreachFilter(params), first: month ? outreachMonthSize : outreachPageSize },
    fetchPolicy: 'cache-and-network',
  });

  const record = (variant?: string) => (
    <Button component={Link} to="/outreach/new" variant={variant} leftSection={<Icon name="plus" size={16} />} data-testid={variant ? undefined : 'outreach-new'}>
      {t('list.new')}
    </Button>
  );
  const filtered = activeOutreachFilters(params) > 0;
  // The list and the month page through the same query, with the same words.
  const pagedList = {
    list,
    controls: <OutreachFilters params={params} onChange={update} />,
    loadFailedTitle: t('list.loadFailed'),
    loading: t('list.loading'),
    summary: (shown: number, total: number) => t('list.showing', { count: total, shown }),
    loadMoreLabel: t('list.loadMore'),
  };

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader title={t('list.title')} intro={t('list.intro')} maw={760} actions={canWrite && record()} />
      <SegmentedControl
        value={params.view}
        onChange={(view) => update({ ...params, view: view as OutreachView })}
        data={[
          { value: 'list', label: t('list.viewList') },
          { value: 'month', label: t('list.viewMonth') },
        ]}
        aria-label={t('list.view')}
        style={{ alignSelf: 'flex-start' }}
        data-testid="outreach-view"
      />
      {month ? (
        <PagedList
          {...pagedList}
          emptyView={
            <Box p="md">
              <OutreachMonth month={params.month} activities={[]} onMonthChange={changeMonth} />
            </Box>
          }
        >
          {(activities) => (
            <Box p="md">
              <OutreachMonth month={params.month} activities={activities} onMonthChange={changeMonth} />
            </Box>
          )}
        </PagedList>
      ) : (
        <PagedList
          {...pagedList}
          emptyView={
            <ListEmptyState
              testId="outreach-empty"
              icon="users"
              title={filtered ? t('list.empty.filteredTitle') : t('list.empty.title')}
              description={filtered ? t('list.empty.filtered') : canWrite ? t('list.empty.writer') : t('list.empty.description')}
              action={!filtered && canWrite && record('light')}
            />
          }
          busyWhileRefreshing
        >
          {(activities) => <OutreachTable activities={activities} />}
        </PagedList>
      )}
    </Stack>
  );
}
