import { Button, Checkbox, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { FilterFold } from '../../components/filter-fold';
import { Icon } from '../../components/icon';
import { withChoice } from '../../components/select-data';
import type { ContactKind, ContactStatus } from '../../gql/graphql';
import { CountrySelect } from '../cases/country-select';
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
  const [text, setText] = useState(params.text);
  // The debounced search applies to the filters as they are when it fires, not as they were typed.
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const commitText = useDebouncedCallback((value: string) => onChange({ ...latest.current, text: value }), 350);
  // The address bar wins when it changes on its own (back button, a shared link).
  useEffect(() => setText(params.text), [params.text]);

  const set = (patch: Partial<ContactListParams>) => onChange({ ...params, ...patch });

  return (
    <form role="search" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" p="md">
        <TextInput
          type="search"
          label={t('filters.text')}
          placeholder={t('filters.textPlaceholder')}
          leftSection={<Icon name="search" size={16} />}
          value={text}
          data-testid="contacts-filter-text"
          onChange={(event) => {
            setText(event.currentTarget.value);
            commitText(event.currentTarget.value);
          }}
        />
        {/* On a phone the search stays in view and the rest folds behind one button. */}
        <FilterFold activeCount={activeContactFilterCount(params)}>
          <NativeSelect
            label={t('filters.kind')}
            value={params.kind ?? ''}
            data={withChoice(t('filters.anyKind'), contactKinds, (kind) => t(`kinds.${kind}`))}
            onChange={(event) => set({ kind: (event.currentTarget.value || null) as ContactKind | null })}
            data-testid="contacts-filter-kind"
          />
          <CountrySelect
            label={t('filters.country')}
            placeholder={t('filters.anyCountry')}
            value={params.country}
            onChange={(country) => set({ country })}
            clearable
            data-testid="contacts-filter-country"
          />
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
        </FilterFold>
      </SimpleGrid>
      {hasContactFilters(params) && (
        <Group px="md" pb="md" justify="flex-end">
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setText('');
              onChange(defaultContactListParams);
            }}
          >
            {t('filters.clear')}
          </Button>
        </Group>
      )}
    </form>
  );
}
