import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseListItemFragment } from '../../gql/graphql';
import { CaseStatusBadge } from './case-status-badge';
import { useCaseFormatters } from './use-case-formatters';

export function CasesTable({ cases }: { cases: readonly CaseListItemFragment[] }) {
  const { t } = useTranslation('cases');
  const format = useCaseFormatters();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('list.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.columns.number')}</Table.Th>
            <Table.Th>{t('list.columns.returnee')}</Table.Th>
            <Table.Th>{t('list.columns.status')}</Table.Th>
            <Table.Th>{t('list.columns.destination')}</Table.Th>
            <Table.Th>{t('list.columns.plannedDeparture')}</Table.Th>
            <Table.Th>{t('list.columns.caseworker')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
                  <Text size="sm" c="dimmed">
                    {t('list.nameNotShared')}
                  </Text>
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
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
