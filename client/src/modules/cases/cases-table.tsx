import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable, type ListColumn } from '../../components/data-table';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { CaseListItemFragment } from '../../gql/graphql';
import { CaseStatusBadge } from './case-status-badge';
import { HintText } from '../../components/hint-text';
import { PersonName } from '../../components/person-name';

export function CasesTable({ cases }: { cases: readonly CaseListItemFragment[] }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  const columns: ListColumn<CaseListItemFragment>[] = [
    {
      label: t('list.columns.number'),
      cell: (item) => (
        <Anchor component={Link} to={`/cases/${item.id}`} fw={600} dir="ltr" data-testid="case-number">
          {item.number}
        </Anchor>
      ),
    },
    {
      label: t('list.columns.returnee'),
      cell: (item) =>
        item.returnee ? (
          <Text size="sm" fw={500}>
            {item.returnee.firstName} {item.returnee.lastName}
          </Text>
        ) : (
          <HintText>{t('list.nameNotShared')}</HintText>
        ),
    },
    { label: t('list.columns.status'), cell: (item) => <CaseStatusBadge status={item.status} /> },
    {
      label: t('list.columns.destination'),
      cell: (item) => (
        <Stack gap={0}>
          <Text size="sm">{format.country(item.destinationCountry)}</Text>
          <Text size="xs" c="dimmed">
            {item.destinationPlace}
          </Text>
        </Stack>
      ),
    },
    {
      label: t('list.columns.plannedDeparture'),
      cell: (item) => (
        <Text size="sm" c={item.plannedDeparture ? undefined : 'dimmed'}>
          {format.day(item.plannedDeparture) ?? t('list.notPlanned')}
        </Text>
      ),
    },
    { label: t('list.columns.caseworker'), cell: (item) => <Text size="sm"><PersonName named={item.responsibleCaseworker} /></Text> },
  ];
  return (
    <ListTable minWidth={820} caption={t('list.caption')} items={cases} columns={columns} rowTestId="case-row" />
  );
}
