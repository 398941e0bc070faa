import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterFold } from '../../components/filter-fold';
import { optionsOf } from '../../components/select-data';
import type { ConsultationChannel, OutreachTopic } from '../../gql/graphql';
import { activeConsultationFilters, noConsultationFilters, type ConsultationListParams } from './consultation-list-params';
import { consultationChannels, consultationTopics } from './consultation-options';
import { cityDepartmentsQuery, departmentOptionsLimit } from './staff-support-operations';
import { DayInput } from '../../components/day-input';

interface ConsultationFiltersProps {
  params: ConsultationListParams;
  onChange: (next: ConsultationListParams) => void;
}

/** What ConsultationFilter offers: channel, topic, department and a date range; folded behind one button on a phone. */
export function ConsultationFilters({ params, onChange }: ConsultationFiltersProps) {
  const { t } = useTranslation('staffSupport');
  const departments = useQuery(cityDepartmentsQuery, { variables: { first: departmentOptionsLimit } });
  const set = (patch: Partial<ConsultationListParams>) => onChange({ ...params, ...patch });
  const active = activeConsultationFilters(params);

  return (
    <form role="search" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="md" p="md">
        <FilterFold activeCount={active}>
          <Select
            label={t('filters.channel')}
            placeholder={t('filters.anyChannel')}
            data={consultationChannels.map((channel) => ({ value: channel, label: t(`channels.${channel}`) }))}
            value={params.channel}
            onChange={(channel) => set({ channel: channel as ConsultationChannel | null })}
            clearable
            data-testid="consultations-filter-channel"
          />
          <Select
            label={t('filters.topic')}
            placeholder={t('filters.anyTopic')}
            data={consultationTopics.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))}
            value={params.topic}
            onChange={(topic) => set({ topic: topic as OutreachTopic | null })}
            clearable
            data-testid="consultations-filter-topic"
          />
          <Select
            label={t('filters.department')}
            placeholder={t('filters.anyDepartment')}
            data={optionsOf(departments.data?.contactOrganisations.edges.map((edge) => edge.node) ?? [])}
            value={params.department}
            onChange={(department) => set({ department })}
            searchable
            clearable
            data-testid="consultations-filter-department"
          />
          <DayInput
            label={t('filters.from')}
            value={params.from ?? ''}
            max={params.to ?? undefined}
            onDayChange={(from) => set({ from: from || null })}
            data-testid="consultations-filter-from"
          />
          <DayInput
            label={t('filters.to')}
            value={params.to ?? ''}
            min={params.from ?? undefined}
            onDayChange={(to) => set({ to: to || null })}
            data-testid="consultations-filter-to"
          />
        </FilterFold>
      </SimpleGrid>
      {active > 0 && (
        <Group px="md" pb="md" justify="flex-end">
          <Button variant="subtle" size="xs" onClick={() => onChange(noConsultationFilters)} data-testid="consultations-filter-clear">
            {t('filters.clear')}
          </Button>
        </Group>
      )}
    </form>
  );
}
