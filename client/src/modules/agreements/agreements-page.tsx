import './agreement-styles';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useDocumentTitle } from '../../components/use-document-title';
import { hasRole } from '../../core/auth/has-role';
import { useCurrentUser } from '../../core/auth/session-context';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import { Role } from '../../gql/graphql';
import { agreementPageSize, agreementsQuery } from './agreement-operations';
import { AgreementsEmptyState } from './agreements-empty-state';
import { AgreementsLoading } from './agreements-loading';
import { AgreementsTable } from './agreements-table';
import { ProposeAgreementModal } from './propose-agreement-modal';
import { useAgreementsTranslation } from './use-agreements-translation';
import { ListFooter } from '../../components/list-footer';

/** Every signed-in person: the organisation's cooperation agreements. Coordinators propose new ones. */
export function AgreementsPage() {
  const { t } = useAgreementsTranslation();
  const { t: common } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const me = useCurrentUser();
  const coordinator = hasRole(me, Role.Coordinator);
  useDocumentTitle(t('list.title'));
  const [proposing, setProposing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery(agreementsQuery, {
    variables: { first: agreementPageSize },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.agreements;
  const agreements = connection?.edges.map((edge) => edge.node) ?? [];

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
          <Text c="dimmed">{t('list.intro', { organisation: me.organisation.name })}</Text>
        </Stack>
        {coordinator && (
          <Button leftSection={<Icon name="plus" size={16} />} onClick={() => setProposing(true)}>
            {t('propose.open')}
          </Button>
        )}
      </Group>

      {notice && (
        <Alert color="teal" variant="light" withCloseButton closeButtonLabel={common('common.close')} onClose={() => setNotice(null)} role="status">
          {notice}
        </Alert>
      )}

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
          loading && <AgreementsLoading label={t('list.loading')} />
        ) : agreements.length === 0 ? (
          <AgreementsEmptyState onPropose={coordinator ? () => setProposing(true) : undefined} />
        ) : (
          <>
            <AgreementsTable agreements={agreements} />
            <ListFooter
              summary={t('list.showing', { shown: format.number(agreements.length), count: connection.totalCount, total: format.number(connection.totalCount) })}
              loadMoreLabel={t('list.loadMore')}
              hasNextPage={connection.pageInfo.hasNextPage}
              loadingMore={networkStatus === NetworkStatus.fetchMore}
              onLoadMore={loadMore}
              error={error ? errorMessage(error) : null}
            />
          </>
        )}
      </Paper>

      {coordinator && (
        <ProposeAgreementModal
          opened={proposing}
          ownOrganisationId={me.organisation.id}
          onClose={() => setProposing(false)}
          onProposed={(agreement) => {
            setProposing(false);
            setNotice(t('propose.done', { reference: agreement.referenceNumber }));
          }}
        />
      )}
    </Stack>
  );
}
