import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { CaseDetailsFragment } from '../../gql/graphql';
import { CaseStatusBadge } from './case-status-badge';
import { useReadableNames } from '../../components/person-name';

/** Number, status, returnee and destination: what every part of the case page is about. */
export function CaseHeader({ item }: { item: CaseDetailsFragment }) {
  const { t } = useTranslation('cases');
  const names = useReadableNames();
  const format = useFormatters();
  const name = item.returnee ? `${item.returnee.firstName} ${item.returnee.lastName}` : null;
  const planned = format.day(item.plannedDeparture);
  const actual = format.day(item.actualDeparture);
  return (
    <Stack gap={6}>
      <Group gap="sm" align="center">
        <Title order={1} size="h2" data-testid="case-title">
          <bdi>{item.number}</bdi>
          {name && <> · {name}</>}
        </Title>
        <CaseStatusBadge status={item.status} size="lg" data-testid="case-status" />
        {item.closureReason && (
          <Badge variant="outline" color="gray" tt="none">
            {t(`closureReason.${item.closureReason}`)}
          </Badge>
        )}
        {/* The summary is the owner organisation's file copy: a partner is not offered it. */}
        {item.viewerIsOwner && (
          <Anchor component={Link} to={`/cases/${item.id}/summary`} size="sm" ms="auto" data-print-hidden data-testid="case-summary-link">
            {t('summary.link')}
          </Anchor>
        )}
      </Group>
      <Text c="dimmed" data-testid="case-destination">
        {t('page.destination', { place: item.destinationPlace, country: format.country(item.destinationCountry) })}
        {planned && ` · ${t('page.plannedDeparture', { date: planned })}`}
        {actual && ` · ${t('page.actualDeparture', { date: actual })}`}
      </Text>
      <Text size="sm" c="dimmed">
        {item.viewerIsOwner
          ? t('page.responsible', { name: names.text(item.responsibleCaseworker) })
          : t('page.referredBy', { organisation: names.text(item.organisation), name: names.text(item.responsibleCaseworker) })}
        {item.supportGranted && ` · ${t('page.support', { amount: format.money(item.supportGranted.amountMinor, item.supportGranted.currency) })}`}
      </Text>
    </Stack>
  );
}
