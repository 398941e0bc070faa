import { useQuery } from '@apollo/client/react';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterFold } from '../../components/filter-fold';
import { CountrySelect } from '../cases/country-select';
import { activeOutreachFilters, type OutreachListParams } from './outreach-list-params';
import { outreachContactNameQuery, outreachContactOptionsQuery } from './outreach-operations';
import { outreachKinds } from './outreach-options';

interface OutreachFiltersProps {
  params: OutreachListParams;
  onChange: (next: OutreachListParams) => void;
}

/** Kind, directory entry, country of focus and (in the list) dates; folded behind one button on a phone. */
export function OutreachFilters({ params, onChange }: OutreachFiltersProps) {
  const { t } = useTranslation('outreach');
  const set = (patch: Partial<OutreachListParams>) => onChange({ ...params, ...patch });

  const [search, setSearch] = useState('');
  const [searched] = useDebouncedValue(search.trim(), 250);
  const options = useQuery(outreachContactOptionsQuery, { variables: { text: searched || null, first: 20 } });
  const chosen = useQuery(outreachContactNameQuery, { variables: { id: params.contact ?? '' }, skip: !params.contact });
  const contactData = useMemo(() => {
    const found = options.data?.contactOrganisations.edges.map((edge) => ({ value: edge.node.id, label: edge.node.name })) ?? [];
    const current = chosen.data?.contactOrganisation;
    return current && !found.some((option) => option.value === current.id) ? [{ value: current.id, label: current.name }, ...found] : found;
  }, [options.data, chosen.data]);

  return (
    <form role="search" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: params.view === 'list' ? 5 : 3 }} spacing="md" p="md">
        <FilterFold activeCount={activeOutreachFilters(params)}>
          <Select
            label={t('filters.kind')}
            placeholder={t('filters.anyKind')}
            data={outreachKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            value={params.kind}
            onChange={(kind) => set({ kind: outreachKinds.find((candidate) => candidate === kind) ?? null })}
            clearable
            data-testid="outreach-filter-kind"
          />
          <Select
            label={t('filters.contact')}
            placeholder={t('filters.anyContact')}
            data={contactData}
            value={params.contact}
            onChange={(contact) => set({ contact })}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options: all }) => all}
            nothingFoundMessage={t('form.noContactsFound')}
            clearable
            data-testid="outreach-filter-contact"
          />
          <CountrySelect
            label={t('filters.country')}
            placeholder={t('filters.anyCountry')}
            value={params.country}
            onChange={(country) => set({ country })}
            clearable
            data-testid="outreach-filter-country"
          />
          {params.view === 'list' && (
            <>
              <TextInput type="date" label={t('filters.from')} value={params.from} onChange={(event) => set({ from: event.currentTarget.value })} data-testid="outreach-filter-from" />
              <TextInput type="date" label={t('filters.to')} value={params.to} onChange={(event) => set({ to: event.currentTarget.value })} data-testid="outreach-filter-to" />
            </>
          )}
        </FilterFold>
      </SimpleGrid>
    </form>
  );
}
