import { Button, Group, MultiSelect, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterFold } from '../../components/filter-fold';
import { Icon } from '../../components/icon';
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
import { CountrySelect } from './country-select';
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
  const [text, setText] = useState(params.text);
  // The debounced search applies to the filters as they are when it fires, not as they were typed.
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const commitText = useDebouncedCallback((value: string) => onChange(withSearchText(latest.current, value)), 350);

  // The address bar wins when it changes on its own (back button, a shared link).
  useEffect(() => setText(params.text), [params.text]);

  const set = (patch: Partial<CaseListParams>) => onChange({ ...params, ...patch });

  return (
    <form role="search" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" p="md">
        <TextInput
          type="search"
          label={t('filters.text')}
          placeholder={t('filters.textPlaceholder')}
          description={t('filters.textHint')}
          leftSection={<Icon name="search" size={16} />}
          value={text}
          data-testid="cases-filter-text"
          onChange={(event) => {
            setText(event.currentTarget.value);
            commitText(event.currentTarget.value);
          }}
        />
        {/* On a phone the search stays in view and the rest folds behind one button. */}
        <FilterFold activeCount={activeFilterCount(params)}>
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
          <CountrySelect
            label={t('filters.country')}
            placeholder={t('filters.anyCountry')}
            value={params.country}
            onChange={(country) => set({ country })}
            clearable
            data-testid="cases-filter-country"
          />
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
        </FilterFold>
      </SimpleGrid>
      {hasFilters(params) && (
        <Group px="md" pb="md" justify="flex-end">
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setText('');
              // The sort stays, unless it was relevance, which goes with the text.
              onChange({ ...defaultCaseListParams, sort: withSearchText(params, '').sort, direction: params.direction });
            }}
          >
            {t('filters.clear')}
          </Button>
        </Group>
      )}
    </form>
  );
}
