import { Group, MultiSelect, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListFilters } from '../../components/list-filters';
import { SearchTextInput, useSearchText } from '../../components/search-text-input';
import type { CaseSortField, CaseStatus, SortDirection } from '../../gql/graphql';
import {
  caseSortChoices,
  caseStatuses,
  defaultCaseListParams,
  hasFilters,
  sortDirections,
  withSearchText,
  type CaseListParams,
} from './case-list-params';
import { CountryFilter } from './country-select';
import { NameSelect } from './name-select';

interface Person {
  id: string;
  name: string;
}

/** The filters that fold away on a phone and are set (the search text stays in view). */
function activeFilterCount(params: CaseListParams): number {
  return [params.status.length > 0, params.country, params.caseworker, params.partner].filter(Boolean).length;
}

interface CasesFiltersProps {
  params: CaseListParams;
  caseworkers: readonly Person[];
  partners: readonly Person[];
  onChange: (next: CaseListParams) => void;
}

export function CasesFilters({ params, caseworkers, partners, onChange }: CasesFiltersProps) {
  const { t } = useTranslation('cases');
  const search = useSearchText(params, onChange, withSearchText);
  const set = (patch: Partial<CaseListParams>) => onChange({ ...params, ...patch });

  return (
    <ListFilters
      label={t('filters.label')}
      activeCount={activeFilterCount(params)}
      search={
        <SearchTextInput
          search={search}
          label={t('filters.text')}
          placeholder={t('filters.textPlaceholder')}
          description={t('filters.textHint')}
          testId="cases-filter-text"
        />
      }
      clear={
        hasFilters(params) && {
          label: t('filters.clear'),
          onClear: () => {
            search.reset();
            // The sort stays, unless it was relevance, which goes with the text.
            onChange({ ...defaultCaseListParams, sort: withSearchText(params, '').sort, direction: params.direction });
          },
        }
      }
    >
      <MultiSelect
        label={t('filters.status')}
        placeholder={params.status.length === 0 ? t('filters.anyStatus') : undefined}
        data={caseStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={params.status}
        onChange={(value) => set({ status: caseStatuses.filter((status) => value.includes(status)) as CaseStatus[] })}
        clearable
        clearButtonProps={{ 'aria-label': t('filters.clearStatus') }}
        data-testid="cases-filter-status"
      />
      <CountryFilter label={t('filters.country')} placeholder={t('filters.anyCountry')} value={params.country} onChange={(country) => set({ country })} testId="cases-filter-country" />
      <NameSelect
        label={t('filters.caseworker')}
        placeholder={t('filters.anyCaseworker')}
        items={caseworkers}
        value={params.caseworker}
        onChange={(caseworker) => set({ caseworker })}
        clearable
        data-testid="cases-filter-caseworker"
      />
      <NameSelect
        label={t('filters.partner')}
        placeholder={t('filters.anyPartner')}
        items={partners}
        value={params.partner}
        onChange={(partner) => set({ partner })}
        clearable
        data-testid="cases-filter-partner"
      />
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <NativeSelect
          label={t('filters.sort')}
          value={params.sort}
          onChange={(event) => set({ sort: event.currentTarget.value as CaseSortField })}
          data={caseSortChoices(params.text).map((field) => ({ value: field, label: t(`filters.sortFields.${field}`) }))}
          data-testid="cases-sort"
          style={{ flex: 1 }}
        />
        <NativeSelect
          label={t('filters.direction')}
          value={params.direction}
          onChange={(event) => set({ direction: event.currentTarget.value as SortDirection })}
          data={sortDirections.map((direction) => ({ value: direction, label: t(`filters.directions.${direction}`) }))}
          data-testid="cases-sort-direction"
          style={{ flex: 1 }}
        />
      </Group>
    </ListFilters>
  );
}
