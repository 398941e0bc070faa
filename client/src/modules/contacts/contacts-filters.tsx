import { Checkbox, NativeSelect } from '@mantine/core';
import { ListFilters } from '../../components/list-filters';
import { SearchTextInput, useSearchText } from '../../components/search-text-input';
import { withChoice } from '../../components/select-data';
import type { ContactKind, ContactStatus } from '../../gql/graphql';
import { CountryFilter } from '../cases/country-select';
import { activeContactFilterCount, defaultContactListParams, hasContactFilters, type ContactListParams } from './contact-list-params';
import { contactKinds, contactStatuses } from './contact-options';
import { useContactsTranslation } from './use-contacts-translation';

interface ContactsFiltersProps {
  params: ContactListParams;
  districts: readonly string[];
  onChange: (next: ContactListParams) => void;
}

export function ContactsFilters({ params, districts, onChange }: ContactsFiltersProps) {
  const { t } = useContactsTranslation();
  const search = useSearchText(params, onChange);
  const set = (patch: Partial<ContactListParams>) => onChange({ ...params, ...patch });

  return (
    <ListFilters
      label={t('filters.label')}
      activeCount={activeContactFilterCount(params)}
      search={<SearchTextInput search={search} label={t('filters.text')} placeholder={t('filters.textPlaceholder')} testId="contacts-filter-text" />}
      clear={
        hasContactFilters(params) && {
          label: t('filters.clear'),
          onClear: () => {
            search.reset();
            onChange(defaultContactListParams);
          },
        }
      }
    >
      <NativeSelect
        label={t('filters.kind')}
        value={params.kind ?? ''}
        data={withChoice(t('filters.anyKind'), contactKinds, (kind) => t(`kinds.${kind}`))}
        onChange={(event) => set({ kind: (event.currentTarget.value || null) as ContactKind | null })}
        data-testid="contacts-filter-kind"
      />
      <CountryFilter label={t('filters.country')} placeholder={t('filters.anyCountry')} value={params.country} onChange={(country) => set({ country })} testId="contacts-filter-country" />
      <NativeSelect
        label={t('filters.status')}
        value={params.status ?? ''}
        data={withChoice(t('filters.anyStatus'), contactStatuses, (status) => t(`statuses.${status}`))}
        onChange={(event) => set({ status: (event.currentTarget.value || null) as ContactStatus | null })}
        data-testid="contacts-filter-status"
      />
      <NativeSelect
        label={t('filters.district')}
        value={params.district ?? ''}
        data={withChoice(t('filters.anyDistrict'), districts, (district) => district)}
        onChange={(event) => set({ district: event.currentTarget.value || null })}
        data-testid="contacts-filter-district"
      />
      <Checkbox
        label={t('filters.includeArchived')}
        checked={params.includeArchived}
        onChange={(event) => set({ includeArchived: event.currentTarget.checked })}
        mt={{ base: 0, sm: 'xl' }}
        data-testid="contacts-filter-archived"
      />
    </ListFilters>
  );
}
