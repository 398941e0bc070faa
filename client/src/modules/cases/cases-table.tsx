import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '../../components/data-table';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { CaseListItemFragment } from '../../gql/graphql';
import { CaseStatusBadge } from './case-status-badge';
import { HintText } from '../../components/hint-text';

const columns = ['number', 'returnee', 'status', 'destination', 'plannedDeparture', 'caseworker'] as const;

export function CasesTable({ cases }: { cases: readonly CaseListItemFragment[] }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  return (
    <ListTable minWidth={820} caption={t('list.caption')} columns={columns.map((column) => t(`list.columns.${column}`))}>
      {cases.map((item) => (
        <Table.Tr key={item.id} data-testid="case-row">
          <Table.Td>
            <Anchor component={Link} to={`/cases/${item.id}`} fw={600} dir="ltr" data-testid="case-number">
              {item.number}
            </Anchor>
          </Table.Td>
          <Table.Td>
            {item.returnee ? (
              <Text size="sm" fw={500}>
                {item.returnee.firstName} {item.returnee.lastName}
              </Text>
            ) : (
              <HintText>{t('list.nameNotShared')}</HintText>
            )}
          </Table.Td>
          <Table.Td>
            <CaseStatusBadge status={item.status} />
          </Table.Td>
          <Table.Td>
            <Stack gap={0}>
              <Text size="sm">{format.country(item.destinationCountry)}</Text>
              <Text size="xs" c="dimmed">
                {item.destinationPlace}
              </Text>
            </Stack>
          </Table.Td>
          <Table.Td>
            <Text size="sm" c={item.plannedDeparture ? undefined : 'dimmed'}>
              {format.day(item.plannedDeparture) ?? t('list.notPlanned')}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{item.responsibleCaseworker.name}</Text>
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
