import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { FollowUpDetailsFragment } from '../../gql/graphql';
import { domainStatusColor, reintegrationDomains } from './follow-up-options';
import { HintText } from '../../components/hint-text';
import { RecordedBy } from './recorded-by';

type Visit = FollowUpDetailsFragment['visits'][number];

/** Every visit, newest first as the server lists them; the one whose next visit is late is marked. */
export function VisitHistory({ visits }: { visits: readonly Visit[] }) {
  const { t } = useTranslation('followUp');
  return (
    <Stack gap="sm" data-testid="visit-history">
      <Group justify="space-between" gap="xs">
        <Title order={4} size="h6">
          {t('visits.historyTitle')}
        </Title>
        {visits.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('visits.count', { count: visits.length })}
          </Text>
        )}
      </Group>
      {visits.length === 0 ? (
        <HintText data-testid="visits-none">{t('visits.none')}</HintText>
      ) : (
        visits.map((visit) => <VisitRow key={visit.id} visit={visit} />)
      )}
    </Stack>
  );
}

function VisitRow({ visit }: { visit: Visit }) {
  const { t } = useTranslation('followUp');
  const format = useFormatters();
  // A domain not assessed at this visit says nothing about it: only the assessed ones are shown.
  const statuses = visit.domainStatuses
    .filter(({ status }) => status !== 'NOT_ASSESSED')
    .sort((a, b) => reintegrationDomains.indexOf(a.domain) - reintegrationDomains.indexOf(b.domain));
  const nextVisit = format.day(visit.nextVisitOn);
  return (
    <Paper withBorder radius="md" p="sm" component="article" data-testid="visit-row" data-overdue={visit.overdue || undefined}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs">
            <Text fw={600} size="sm" data-testid="visit-row-date">
              {format.day(visit.visitedOn) ?? visit.visitedOn}
            </Text>
            <Badge variant="outline" tt="none" size="sm">
              {t(`visitModes.${visit.mode}`)}
            </Badge>
          </Group>
          {visit.overdue && (
            <Badge color="red" variant="filled" tt="none" title={nextVisit ? t('visits.overdueLabel', { date: nextVisit }) : undefined} data-testid="visit-overdue">
              {t('visits.overdue')}
            </Badge>
          )}
        </Group>
        {statuses.length > 0 && (
          <Group gap={4} aria-label={t('visits.statuses')}>
            {statuses.map(({ domain, status }) => (
              <Badge key={domain} variant="light" color={domainStatusColor[status]} tt="none" size="sm" data-status={status}>
                {t(`domains.${domain}`)}: {t(`domainStatuses.${status}`)}
              </Badge>
            ))}
          </Group>
        )}
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="visit-row-narrative">
          {visit.narrative}
        </Text>
        {nextVisit && (
          <Text size="sm" c={visit.overdue ? 'red' : undefined}>
            {visit.overdue ? t('visits.overdueLabel', { date: nextVisit }) : t('visits.next', { date: nextVisit })}
          </Text>
        )}
        <RecordedBy by={visit.recordedBy} at={visit.recordedAt} />
      </Stack>
    </Paper>
  );
}
