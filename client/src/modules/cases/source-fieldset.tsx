import { useQuery } from '@apollo/client/react';
import { Fieldset, NativeSelect, Select, SimpleGrid, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate, withoutIsolates } from '../../components/bidi-isolate';
import { withChoice } from '../../components/select-data';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { CaseSourceKind, ContactKind } from '../../gql/graphql';
import { caseSourceKinds, type CaseFormPartProps, type SourceLabel, type SourceValues } from './case-form-values';
import { sourceActivitiesQuery, sourceConsultationsQuery, sourceContactsQuery } from './case-source-operations';

/** How many entries a picker offers at once: the newest activities and consultations, the directory by name (search narrows it). */
const PICKER_SIZE = 50;

/**
 * The directory entries each kind of source may name (null: any), as the server checks them
 * (case-source.validation.ts); a kind missing here names no entry.
 */
const contactKinds: Partial<Record<CaseSourceKind, readonly ContactKind[] | null>> = {
  ASSOCIATION: ['IMMIGRANT_ASSOCIATION', 'FAITH_COMMUNITY', 'NGO'],
  CITY_DEPARTMENT: ['CITY_DEPARTMENT'],
  AUTHORITY: ['AUTHORITY', 'INTERNATIONAL_ORGANISATION', 'EMBASSY'],
  OTHER: null,
};

type ContactSourceKind = 'ASSOCIATION' | 'CITY_DEPARTMENT' | 'AUTHORITY' | 'OTHER';

type Reference = 'contactOrganisationId' | 'outreachActivityId' | 'staffConsultationId';

/**
 * Where the returnee came from: the kind, then what it names — an association or authority of the
 * directory (searched by name), an outreach activity (newest first, with its day and the
 * associations there), or a consultation of the city's staff.
 */
export const SourceFieldset = memo(function SourceFieldset({ value, errors, onChange }: CaseFormPartProps<'source'>) {
  const { t } = useTranslation('cases');
  const kind = value.kind;
  const choose = (reference: Reference) => (id: string | null, label?: SourceLabel) =>
    onChange({ [reference]: id, labels: id && label ? { ...value.labels, [id]: label } : value.labels } as Partial<SourceValues>);
  const entryKinds = kind ? contactKinds[kind] : undefined;
  return (
    <Fieldset legend={t('form.source.legend')} radius="md" data-testid="case-source-fieldset">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={t('form.source.kind')}
          description={t('form.source.kindHint')}
          data={withChoice(t('form.source.notRecorded'), caseSourceKinds, (option) => t(`source.kind.${option}`))}
          value={kind}
          onChange={(event) =>
            onChange({
              kind: event.currentTarget.value as CaseSourceKind | '',
              contactOrganisationId: null,
              outreachActivityId: null,
              staffConsultationId: null,
            })
          }
          error={errors['source.kind']}
          data-path="source.kind"
        />
        {kind === 'OUTREACH_ACTIVITY' && (
          <ActivityPicker value={value.outreachActivityId} selected={value.labels} error={errors['source.outreachActivityId']} onChange={choose('outreachActivityId')} />
        )}
        {kind === 'CITY_DEPARTMENT' && (
          <ConsultationPicker value={value.staffConsultationId} selected={value.labels} error={errors['source.staffConsultationId']} onChange={choose('staffConsultationId')} />
        )}
        {kind && entryKinds !== undefined && (
          <ContactPicker
            key={kind}
            kinds={entryKinds}
            label={t(`form.source.contact.${kind as ContactSourceKind}`)}
            required={kind === 'ASSOCIATION'}
            value={value.contactOrganisationId}
            selected={value.labels}
            error={errors['source.contactOrganisationId']}
            onChange={choose('contactOrganisationId')}
          />
        )}
      </SimpleGrid>
    </Fieldset>
  );
});

interface PickerProps {
  value: string | null;
  /** What is chosen already, by id, for before the list loads. */
  selected: Record<string, SourceLabel>;
  error?: string;
  onChange: (id: string | null, label?: SourceLabel) => void;
}

interface Option {
  value: string;
  label: string;
  source: SourceLabel;
}

/** The options, with the chosen one first when the list (or search) does not hold it. */
function withSelected(options: Option[], value: string | null, selected: Record<string, SourceLabel>, label: (source: SourceLabel) => string): Option[] {
  const chosen = value ? selected[value] : undefined;
  if (!value || !chosen || options.some((option) => option.value === value)) return options;
  return [{ value, label: label(chosen), source: chosen }, ...options];
}

/** "2 Mar 2026 · Komvux Järva": a dated source as its option reads. */
function useDatedLabel() {
  const format = useFormatters();
  return (source: SourceLabel) => [format.day(source.day), isolate(source.text)].filter(Boolean).join(' · ');
}

interface SourceSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'error' | 'nothingFoundMessage'> {
  picker: PickerProps;
  /** The form path and test id of the field, its options, and what it says when there are none once loaded. */
  field: { path: string; testId: string; options: Option[]; loading: boolean; nothingFound: string };
}

/** A searchable select of one kind of source; choosing one hands over its label too. */
function SourceSelect({ picker: { value, error, onChange }, field: { path, testId, options, loading, nothingFound }, ...props }: SourceSelectProps) {
  const { t } = useTranslation('cases');
  return (
    <Select
      searchable
      {...props}
      data={options}
      value={value}
      onChange={(id) => onChange(id, options.find((option) => option.value === id)?.source)}
      nothingFoundMessage={loading ? t('form.source.loading') : nothingFound}
      error={error}
      data-path={path}
      data-testid={testId}
    />
  );
}

function ContactPicker({ kinds, label, required, value, selected, error, onChange }: PickerProps & { kinds: readonly ContactKind[] | null; label: string; required: boolean }) {
  const { t } = useTranslation('cases');
  const [search, setSearch] = useState('');
  const [text] = useDebouncedValue(withoutIsolates(search).trim(), 300);
  const chosenName = value ? selected[value]?.text : undefined;
  // The search box shows the chosen name once chosen: that is no search.
  const searching = text && text !== chosenName?.trim() ? text : null;
  const only = kinds?.length === 1 ? kinds[0] : null;
  const { data, loading } = useQuery(sourceContactsQuery, {
    variables: { first: PICKER_SIZE, filter: { ...(only ? { kind: only } : {}), ...(searching ? { text: searching } : {}) } },
  });
  const found = (data?.contactOrganisations.edges ?? []).map((edge) => edge.node).filter((node) => !kinds || kinds.includes(node.kind));
  const options = withSelected(
    found.map((node) => {
      const source = { text: node.name };
      return { value: node.id, label: isolate(node.name), source };
    }),
    value,
    selected,
    (source) => isolate(source.text),
  );
  return (
    <SourceSelect
      picker={{ value, selected, error, onChange }}
      field={{ path: 'source.contactOrganisationId', testId: 'source-contact', options, loading, nothingFound: t('form.source.noContacts') }}
      clearable={!required}
      required={required}
      label={label}
      placeholder={t('form.source.searchContact')}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
    />
  );
}

function ActivityPicker({ value, selected, error, onChange }: PickerProps) {
  const { t } = useTranslation('cases');
  const { data, loading } = useQuery(sourceActivitiesQuery, { variables: { first: PICKER_SIZE } });
  const label = useDatedLabel();
  const listed = (data?.outreachActivities.edges ?? []).map(({ node }) => {
    const source = { text: node.title, day: node.heldOn };
    const names = node.contacts.map((contact) => isolate(contact.name)).join(', ');
    return { value: node.id, label: names ? `${label(source)} — ${names}` : label(source), source };
  });
  const options = withSelected(listed, value, selected, label);
  return (
    <SourceSelect
      picker={{ value, selected, error, onChange }}
      field={{ path: 'source.outreachActivityId', testId: 'source-activity', options, loading, nothingFound: t('form.source.noActivities') }}
      required
      label={t('form.source.activity')}
      description={t('form.source.activityHint')}
      placeholder={t('form.source.chooseActivity')}
    />
  );
}

function ConsultationPicker({ value, selected, error, onChange }: PickerProps) {
  const { t } = useTranslation('cases');
  const { data, loading } = useQuery(sourceConsultationsQuery, { variables: { first: PICKER_SIZE } });
  const label = useDatedLabel();
  const listed = (data?.staffConsultations.edges ?? []).map(({ node }) => {
    const department = node.departmentContact?.name ?? node.department ?? '';
    const source = { text: department, day: node.heldOn };
    return { value: node.id, label: node.district ? `${label(source)} (${isolate(node.district)})` : label(source), source };
  });
  const options = withSelected(listed, value, selected, label);
  return (
    <SourceSelect
      picker={{ value, selected, error, onChange }}
      field={{ path: 'source.staffConsultationId', testId: 'source-consultation', options, loading, nothingFound: t('form.source.noConsultations') }}
      clearable
      label={t('form.source.consultation')}
      placeholder={t('form.source.chooseConsultation')}
    />
  );
}
