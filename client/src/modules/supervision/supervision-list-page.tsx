import './supervision-styles';
import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icon';
import { ListEmptyState } from '../../components/list-empty-state';
import { PageHeader } from '../../components/page-header';
import { PagedList } from '../../components/paged-list';
import { useDocumentTitle } from '../../components/use-document-title';
import { usePagedQuery } from '../../components/use-paged-query';
import { useCurrentUser } from '../../core/auth/session-context';
import { supervisionPageSize, supervisionSessionsQuery } from './supervision-operations';
import { canRecordSupervision } from '../../core/auth/permissions';
import { SupervisionTable } from './supervision-table';

/** Supervision sessions the viewer's organisation held or took part in, newest first. */
export function SupervisionListPage() {
  const { t } = useTranslation('supervision');
  const me = useCurrentUser();
  const canRecord = canRecordSupervision(me);
  useDocumentTitle(t('list.title'));

  const list = usePagedQuery(supervisionSessionsQuery, (data) => data.supervisionSessions, {
    variables: { first: supervisionPageSize },
    fetchPolicy: 'cache-and-network',
  });
  const newSession = (variant?: string) => (
    <Button component={Link} to="/supervision/new" variant={variant} leftSection={<Icon name="plus" size={16} />} data-testid={variant ? undefined : 'supervision-new'}>
      {t('list.new')}
    </Button>
  );

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader title={t('list.title')} intro={t('list.intro')} maw={760} actions={canRecord && newSession()} />
      <PagedList
        list={list}
        loadFailedTitle={t('list.loadFailed')}
        loading={t('list.loading')}
        emptyView={
          <ListEmptyState
            testId="supervision-empty"
            icon="users"
            title={t('list.empty.title')}
            description={canRecord ? t('list.empty.supervisor') : t('list.empty.description')}
            action={canRecord && newSession('light')}
          />
        }
        summary={(shown, total) => t('list.showing', { count: total, shown })}
        loadMoreLabel={t('list.loadMore')}
        showPageError={false}
      >
        {(sessions) => <SupervisionTable sessions={sessions} organisationId={me.organisation.id} />}
      </PagedList>
    </Stack>
  );
}
