import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Code, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { ListLoading } from '../../components/list-loading';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { SectionCard } from '../../components/section-card';
import { useFormatters } from '../../core/i18n/use-formatters';
import { caseAuditTrailQuery } from './case-operations';
import { HintText } from '../../components/hint-text';
import { PersonName } from '../../components/person-name';

export const auditPageSize = 20;

// The actions the server names (`AuditEvent.action`); any other is shown as its code.
const knownActions = [
  'case.read',
  'consent.read',
  'referral.read',
  'case.create',
  'case.update',
  'case.status',
  'consent.record',
  'consent.withdraw',
  'referral.send',
  'referral.accept',
  'referral.decline',
  'referral.revoke',
  'referral.complete',
  'referral.expire',
  'attachment.upload',
  'attachment.read',
  'auth.login',
  'access.denied',
] as const;
type KnownAction = (typeof knownActions)[number];
const isKnown = (action: string): action is KnownAction => (knownActions as readonly string[]).includes(action);
const knownEntities = ['case', 'consent', 'referral', 'attachment', 'agreement'] as const;
type KnownEntity = (typeof knownEntities)[number];
const isKnownEntity = (entity: string): entity is KnownEntity => (knownEntities as readonly string[]).includes(entity);

/** Coordinators of the owning office: who read or changed what in this case, newest first. */
export function AuditTrailCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['cases', 'common']);
  const format = useFormatters();
  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery(caseAuditTrailQuery, {
    variables: { id: caseId, first: auditPageSize },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'network-only',
  });
  const connection = data?.case.auditTrail;
  const events = connection?.edges.map((edge) => edge.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    void fetchMore({ variables: { after } }).catch(() => undefined);
  };

  return (
    <SectionCard title={t('audit.title')} icon="shield" testId="audit-trail-card">
      <HintText mb="sm">{t('audit.intro')}</HintText>
      {error && !connection ? (
        <LoadFailedAlert title={t('audit.loadFailed')} error={error} onRetry={refetch} />
      ) : !connection ? (
        loading && <ListLoading label={t('audit.loading')} rows={3} height={32} />
      ) : events.length === 0 ? (
        <HintText data-testid="audit-empty">{t('audit.empty')}</HintText>
      ) : (
        <>
          <DataTable
            minWidth={640}
            verticalSpacing="xs"
            aria-label={t('audit.title')}
            columns={[t('audit.when'), t('audit.action'), t('audit.who'), t('audit.what')]}
          >
            {events.map((event) => (
              <Table.Tr key={event.id} data-testid="audit-row">
                <Table.Td>
                  <Text size="sm">{format.dateTime(event.occurredAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{isKnown(event.action) ? t(`audit.actions.${event.action}`) : event.action}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{event.actor ? <PersonName named={event.actor} /> : t('history.system')}</Text>
                  {event.organisation && (
                    <Text size="xs" c="dimmed">
                      <PersonName named={event.organisation} withWritten={false} />
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {isKnownEntity(event.entityType) ? (
                    <Text size="sm">{t(`audit.entities.${event.entityType}`)}</Text>
                  ) : (
                    <Code dir="ltr">{event.entityType}</Code>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
          <Group mt="sm" justify="space-between">
            <HintText aria-live="polite">
              {t('audit.showing', { shown: format.number(events.length), count: connection.totalCount, total: format.number(connection.totalCount) })}
            </HintText>
            {connection.pageInfo.hasNextPage && (
              <Button variant="default" size="xs" onClick={loadMore} loading={loadingMore}>
                {t('list.loadMore')}
              </Button>
            )}
          </Group>
        </>
      )}
    </SectionCard>
  );
}
