import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { PersonName } from '../../components/person-name';
import { Link } from 'react-router';
import { ListTable, type ListColumn } from '../../components/data-table';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { AgreementListItemFragment } from '../../gql/graphql';
import { AgreementScopeBadges } from './agreement-scope-badges';
import { AgreementStatusBadge } from './agreement-status-badge';
import { useAgreementsTranslation } from './use-agreements-translation';

export function AgreementsTable({ agreements }: { agreements: readonly AgreementListItemFragment[] }) {
  const { t } = useAgreementsTranslation();
  const format = useFormatters();
  const columns: ListColumn<AgreementListItemFragment>[] = [
    {
      label: t('list.agreement'),
      cell: (agreement) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/agreements/${agreement.id}`} fw={600} size="sm">
            {agreement.title}
          </Anchor>
          <Text size="xs" c="dimmed" dir="ltr" ta="start">
            {agreement.referenceNumber}
          </Text>
        </Stack>
      ),
    },
    {
      label: t('list.parties'),
      cell: (agreement) => (
        <Stack gap={0}>
          {agreement.parties.map((party) => (
            <Text key={party.organisation.id} size="sm">
              <PersonName named={party.organisation} />
            </Text>
          ))}
        </Stack>
      ),
    },
    { label: t('list.scopes'), cell: (agreement) => <AgreementScopeBadges scopes={agreement.scopes} /> },
    {
      label: t('list.validity'),
      cell: (agreement) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.dayRange(agreement.validFrom, agreement.validTo)}
        </Text>
      ),
    },
    {
      label: t('list.status'),
      cell: (agreement) => (
        <Stack gap={4} align="flex-start">
          <AgreementStatusBadge status={agreement.status} />
          {agreement.viewerCanConfirm && (
            <Badge variant="dot" color="orange" radius="sm" tt="none" data-testid="awaiting-you">
              {t('list.awaitingYou')}
            </Badge>
          )}
        </Stack>
      ),
    },
    { label: t('list.responseTime'), cell: (agreement) => <Text size="sm">{t('responseTime', { count: agreement.responseTimeDays })}</Text> },
  ];
  return (
    <ListTable minWidth={960} caption={t('list.caption')} items={agreements} columns={columns} rowTestId="agreement-row" />
  );
}
