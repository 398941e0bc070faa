import { useQuery } from '@apollo/client/react';
import { Chip, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../components/dialog-actions';
import { FollowUpDueFields } from '../../components/follow-up-due-fields';
import { FormStack } from '../../components/form-stack';
import { HintText } from '../../components/hint-text';
import { pathFields } from '../../components/path-fields';
import { RefusedFieldsAlert } from '../../components/refused-fields-alert';
import { reasonMessages } from '../../components/use-field-errors';
import { usePathForm } from '../../components/use-path-form';
import { useStaffOptions } from '../../components/use-staff-options';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { OutreachKind, OutreachTopic } from '../../gql/graphql';
import { useCountryOptions, useLanguageOptions } from '../cases/use-select-options';
import { validateOutreachForm, type ChosenContact, type OutreachFormErrors, type OutreachFormValues } from './outreach-form-values';
import { outreachContactOptionsQuery, outreachContactPeopleQuery, outreachStaffQuery } from './outreach-operations';
import { outreachKinds, outreachTopics } from './outreach-options';

/** Directory entries offered per search. */
const contactOptionsLimit = 20;

interface OutreachFormProps {
  initialValues: OutreachFormValues;
  submitting: boolean;
  submitLabel: string;
  /** Above the form: what went wrong with the last attempt. */
  alert?: ReactNode;
  /** Resolves to the server's field errors, if it refused fields; the form keeps what was typed either way. */
  onSubmit: (values: OutreachFormValues, defaultTitle: string) => Promise<OutreachFormErrors | void>;
  onCancel: () => void;
}

/** The title an activity gets when none is typed: its kind and whom it was with. */
export function useDefaultTitle() {
  const { t } = useTranslation('outreach');
  const format = useFormatters();
  return (kind: OutreachKind, contacts: readonly ChosenContact[]) =>
    contacts.length > 0
      ? t('form.defaultTitleWith', { kind: t(`kinds.${kind}`), contacts: format.list(contacts.map((contact) => contact.name)) })
      : t(`kinds.${kind}`);
}

/** One chosen directory entry's contact persons, as chips: tap those who took part. */
function ContactPeopleChips({ contact, selected, onChange }: { contact: ChosenContact; selected: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation('outreach');
  const { data, loading } = useQuery(outreachContactPeopleQuery, { variables: { id: contact.id } });
  const people = data?.contactOrganisation.people ?? [];
  const ownIds = new Set(people.map((person) => person.id));
  return (
    <Stack gap={6} data-testid="outreach-contact-people">
      <Text size="sm" fw={500}>
        <bdi>{contact.name}</bdi>
      </Text>
      {loading && <HintText>{t('form.loadingPeople')}</HintText>}
      {!loading && people.length === 0 && <HintText>{t('form.noPeople')}</HintText>}
      {people.length > 0 && (
        <Chip.Group
          multiple
          value={selected.filter((id) => ownIds.has(id))}
          onChange={(ids) => onChange([...selected.filter((id) => !ownIds.has(id)), ...ids])}
        >
          <Group gap={6}>
            {people.map((person) => (
              <Chip key={person.id} value={person.id} size="sm">
                <bdi>{person.name}</bdi>
                {person.roleTitle && <> · <bdi>{person.roleTitle}</bdi></>}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      )}
    </Stack>
  );
}

/** Record or change an outreach activity; one column on a phone, and everything typed stays when saving fails. */
export function OutreachForm({ initialValues, submitting, submitLabel, alert, onSubmit, onCancel }: OutreachFormProps) {
  const { t } = useTranslation('outreach');
  const { t: common } = useTranslation();
  const defaultTitle = useDefaultTitle();
  const countries = useCountryOptions();
  const languages = useLanguageOptions();
  const { formRef, errors, unplaced, submitChecked, values, change, changePart } = usePathForm(initialValues);

  const [search, setSearch] = useState('');
  const [searched] = useDebouncedValue(search.trim(), 250);
  const contactOptions = useQuery(outreachContactOptionsQuery, { variables: { text: searched || null, first: contactOptionsLimit } });
  const found = useMemo(() => contactOptions.data?.contactOrganisations.edges.map((edge) => edge.node) ?? [], [contactOptions.data]);
  // The chosen ones stay among the options (a new search does not drop them), the search's results after them.
  const contactData = useMemo(() => {
    const chosen = new Set(values.contacts.map((contact) => contact.id));
    return [
      ...values.contacts.map((contact) => ({ value: contact.id, label: contact.name })),
      ...found.filter((node) => !chosen.has(node.id)).map((node) => ({ value: node.id, label: node.name })),
    ];
  }, [values.contacts, found]);

  const staff = useQuery(outreachStaffQuery);
  const staffData = useStaffOptions(staff.data?.colleagues);

  const changeFollowUp = changePart('followUp');

  const changeContacts = (ids: string[]) => {
    const known = new Map([...values.contacts.map((contact) => [contact.id, contact] as const), ...found.map((node) => [node.id, { id: node.id, name: node.name }] as const)]);
    const contacts = ids.flatMap((id) => (known.has(id) ? [known.get(id)!] : []));
    // A newly chosen organisation brings its countries and languages, unless they are already there.
    const added = found.filter((node) => ids.includes(node.id) && !values.contacts.some((contact) => contact.id === node.id));
    const union = (current: string[], more: readonly string[]) => [...current, ...more.filter((code) => !current.includes(code))];
    change({
      contacts,
      focusCountries: added.reduce((all, node) => union(all, node.focusCountries), values.focusCountries),
      languages: added.reduce((all, node) => union(all, node.languages), values.languages),
    });
  };

  const field = pathFields('', values, errors, change);
  const followUpField = pathFields('followUp', values.followUp, errors, changeFollowUp);
  const numberField = (key: 'participantsWomen' | 'participantsMen' | 'participantsUnder18' | 'durationMinutes') => ({
    ...field(key),
    inputMode: 'numeric' as const,
    pattern: '[0-9]*',
    autoComplete: 'off',
  });

  const submit = submitChecked(
    () => reasonMessages(validateOutreachForm(values), (reason) => t(`form.validation.${reason}`)),
    () => onSubmit(values, defaultTitle(values.kind, values.contacts)),
  );

  return (
    <FormStack formRef={formRef} onSubmit={submit} busy={submitting} gap="lg" testId="outreach-form">
      {alert}
      <RefusedFieldsAlert title={t('form.refused')} messages={unplaced} />

      <Fieldset legend={t('form.what')} radius="md">
        <Stack gap="md">
          <div data-path="kind">
            <Text size="sm" fw={500} id="outreach-kind-label" mb={6}>
              {t('form.kind')}
            </Text>
            <Chip.Group value={values.kind} onChange={(kind) => change({ kind: kind as OutreachKind })}>
              <Group gap={6} role="radiogroup" aria-labelledby="outreach-kind-label" data-testid="outreach-kind">
                {outreachKinds.map((kind) => (
                  <Chip key={kind} value={kind} type="radio" size="sm">
                    {t(`kinds.${kind}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput type="date" label={t('form.heldOn')} required {...field('heldOn')} data-testid="outreach-held-on" />
            <TextInput label={t('form.durationMinutes')} {...numberField('durationMinutes')} />
          </SimpleGrid>
          <TextInput
            label={t('form.title')}
            description={t('form.titleHint')}
            placeholder={defaultTitle(values.kind, values.contacts)}
            dir="auto"
            maxLength={200}
            {...field('title')}
            data-testid="outreach-title"
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('form.withWhom')} radius="md">
        <Stack gap="md">
          <MultiSelect
            label={t('form.contacts')}
            description={t('form.contactsHint')}
            data={contactData}
            value={values.contacts.map((contact) => contact.id)}
            onChange={changeContacts}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            nothingFoundMessage={contactOptions.loading ? common('common.loading') : t('form.noContactsFound')}
            error={errors.contacts}
            data-path="contacts"
            data-testid="outreach-contacts"
          />
          {values.contacts.length > 0 && (
            <Stack gap="sm" data-path="personIds">
              <Text size="sm" fw={500}>
                {t('form.people')}
              </Text>
              {values.contacts.map((contact) => (
                <ContactPeopleChips key={contact.id} contact={contact} selected={values.personIds} onChange={(personIds) => change({ personIds })} />
              ))}
              {errors.personIds && (
                <Text size="sm" c="red.8">
                  {errors.personIds}
                </Text>
              )}
            </Stack>
          )}
          <MultiSelect
            label={t('form.focusCountries')}
            data={countries}
            value={values.focusCountries}
            onChange={(focusCountries) => change({ focusCountries })}
            searchable
            nothingFoundMessage={t('form.nothingFound')}
            error={errors.focusCountries}
            data-path="focusCountries"
          />
          <MultiSelect
            label={t('form.languages')}
            data={languages}
            value={values.languages}
            onChange={(chosen) => change({ languages: chosen })}
            searchable
            nothingFoundMessage={t('form.nothingFound')}
            error={errors.languages}
            data-path="languages"
          />
          <div data-path="topics">
            <Text size="sm" fw={500} id="outreach-topics-label" mb={6}>
              {t('form.topics')}
            </Text>
            <Chip.Group multiple value={values.topics} onChange={(topics) => change({ topics: outreachTopics.filter((topic) => topics.includes(topic)) as OutreachTopic[] })}>
              <Group gap={6} role="group" aria-labelledby="outreach-topics-label" data-testid="outreach-topics">
                {outreachTopics.map((topic) => (
                  <Chip key={topic} value={topic} size="sm">
                    {t(`topics.${topic}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('form.participants')} radius="md">
        <SimpleGrid cols={{ base: 3 }} spacing="sm">
          <TextInput label={t('form.women')} {...numberField('participantsWomen')} data-testid="outreach-women" />
          <TextInput label={t('form.men')} {...numberField('participantsMen')} data-testid="outreach-men" />
          <TextInput label={t('form.under18')} {...numberField('participantsUnder18')} data-testid="outreach-under18" />
        </SimpleGrid>
        <HintText mt={6}>{t('form.participantsHint')}</HintText>
      </Fieldset>

      <Fieldset legend={t('form.staffAndNotes')} radius="md">
        <Stack gap="md">
          <MultiSelect
            label={t('form.heldBy')}
            data={staffData}
            value={values.heldByIds}
            onChange={(heldByIds) => change({ heldByIds })}
            searchable
            nothingFoundMessage={t('form.nothingFound')}
            error={errors.heldByIds}
            data-path="heldByIds"
          />
          <Textarea label={t('form.notes')} description={t('form.notesHint')} dir="auto" rows={3} resize="vertical" {...field('notes')} />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('form.followUp')} radius="md">
        <Stack gap="md">
          <Switch
            label={t('form.followUpOn')}
            checked={values.followUpOn}
            onChange={(event) => change({ followUpOn: event.currentTarget.checked })}
            data-testid="outreach-follow-up-on"
          />
          {values.followUpOn && (
            <>
              <TextInput label={t('form.followUpDescription')} required dir="auto" {...followUpField('description')} />
              <FollowUpDueFields
                value={values.followUp}
                errors={errors}
                owners={staffData}
                onChange={changeFollowUp}
                labels={{ dueOn: t('form.followUpDueOn'), owner: t('form.followUpOwner'), nothingFound: t('form.nothingFound') }}
              />
            </>
          )}
        </Stack>
      </Fieldset>

      <DialogActions onCancel={onCancel} confirmLabel={submitLabel} busy={submitting} confirmTestId="outreach-submit" />
    </FormStack>
  );
}
