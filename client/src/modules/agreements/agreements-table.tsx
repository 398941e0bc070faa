import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ListTable } from '../../components/data-table';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { AgreementListItemFragment } from '../../gql/graphql';
import { AgreementScopeBadges } from './agreement-scope-badges';
import { AgreementStatusBadge } from './agreement-status-badge';
import { useAgreementsTranslation } from './use-agreements-translation';

export function AgreementsTable({ agreements }: { agreements: readonly AgreementListItemFragment[] }) {
  const { t } = useAgreementsTranslation();
  const format = useFormatters();
  return (
    <ListTable
      minWidth={960}
      caption={t('list.caption')}
      columns={[t('list.agreement'), t('list.parties'), t('list.scopes'), t('list.validity'), t('list.status'), t('list.responseTime')]}
    >
      {agreements.map((agreement) => (
        <Table.Tr key={agreement.id} data-testid="agreement-row">
          <Table.Td>
            <Stack gap={2}>
              <Anchor component={Link} to={`/agreements/${agreement.id}`} fw={600} size="sm">
                {agreement.title}
              </Anchor>
              <Text size="xs" c="dimmed" dir="ltr" ta="start">
                {agreement.referenceNumber}
              </Text>
            </Stack>
          </Table.Td>
          <Table.Td>
            <Stack gap={0}>
              {agreement.parties.map((party) => (
                <Text key={party.organisation.id} size="sm">
                  {party.organisation.name}
                </Text>
              ))}
            </Stack>
          </Table.Td>
          <Table.Td>
            <AgreementScopeBadges scopes={agreement.scopes} />
          </Table.Td>
          <Table.Td>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {format.dayRange(agreement.validFrom, agreement.validTo)}
            </Text>
          </Table.Td>
          <Table.Td>
            <Stack gap={4} align="flex-start">
              <AgreementStatusBadge status={agreement.status} />
              {agreement.viewerCanConfirm && (
                <Badge variant="dot" color="orange" radius="sm" tt="none" data-testid="awaiting-you">
                  {t('list.awaitingYou')}
                </Badge>
              )}
            </Stack>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{t('responseTime', { count: agreement.responseTimeDays })}</Text>
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
