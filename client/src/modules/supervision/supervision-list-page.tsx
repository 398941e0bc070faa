import './supervision-styles';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icon';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCurrentUser } from '../../core/auth/session-context';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { ListLoading } from '../cases/list-loading';
import { supervisionPageSize, supervisionSessionsQuery } from './supervision-operations';
import { canRecordSupervision } from './supervision-permissions';
import { SupervisionTable } from './supervision-table';

/** Supervision sessions the viewer's organisation held or took part in, newest first. */
export function SupervisionListPage() {
  const { t } = useTranslation('supervision');
  const { t: common } = useTranslation();
  const errorMessage = useErrorMessage();
  const me = useCurrentUser();
  const canRecord = canRecordSupervision(me);
  useDocumentTitle(t('list.title'));

  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(supervisionSessionsQuery, {
    variables: { first: supervisionPageSize },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.supervisionSessions;
  const sessions = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
  };

  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4} maw={760}>
          <Title order={1} size="h2">
            {t('list.title')}
          </Title>
          <Text c="dimmed">{t('list.intro')}</Text>
        </Stack>
        {canRecord && (
          <Button component={Link} to="/supervision/new" leftSection={<Icon name="plus" size={16} />} data-testid="supervision-new">
            {t('list.new')}
          </Button>
        )}
      </Group>

      <Paper withBorder radius="md" p={0}>
        {error && !connection ? (
          <Alert m="md" color="red" variant="light" icon={<Icon name="alert" />} title={t('list.loadFailed')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{errorMessage(error)}</Text>
              <Button size="xs" variant="light" color="red" onClick={() => void refetch().catch(() => undefined)}>
                {common('common.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : !connection ? (
          loading && <ListLoading label={t('list.loading')} />
        ) : sessions.length === 0 ? (
          <EmptyState
            data-testid="supervision-empty"
            py="xl"
            px="md"
            icon={<Icon name="users" size={28} />}
            withIndicatorBackground
            title={t('list.empty.title')}
            description={canRecord ? t('list.empty.supervisor') : t('list.empty.description')}
          >
            {canRecord && (
              <EmptyState.Actions>
                <Button component={Link} to="/supervision/new" variant="light" leftSection={<Icon name="plus" size={16} />}>
                  {t('list.new')}
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        ) : (
          <>
            <SupervisionTable sessions={sessions} organisationId={me.organisation.id} />
            <Group p="md" justify="space-between" gap="md">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('list.showing', { count: connection.totalCount, shown: sessions.length })}
              </Text>
              {connection.pageInfo.hasNextPage && (
                <Button variant="default" onClick={loadMore} loading={networkStatus === NetworkStatus.fetchMore}>
                  {t('list.loadMore')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Paper>
    </Stack>
  );
}
