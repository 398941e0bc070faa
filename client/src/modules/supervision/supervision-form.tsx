import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Fieldset,
  Group, MultiSelect, Radio,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput
} from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../components/dialog-actions';
import { Icon } from '../../components/icon';
import { pathFields } from '../../components/path-fields';
import { RefusedFieldsAlert } from '../../components/refused-fields-alert';
import { RemovableRow } from '../../components/removable-row';
import { reasonMessages } from '../../components/use-field-errors';
import { usePathForm } from '../../components/use-path-form';
import { useCurrentUser } from '../../core/auth/session-context';
import type { SupervisionPersonFragment } from '../../gql/graphql';
import {
  newActionRow,
  supervisionModes,
  validateSupervisionForm,
  type ActionRow,
  type SupervisionFormErrors,
  type SupervisionFormValues,
} from './supervision-form-values';
import { supervisionCandidatesQuery, supervisionCaseOptionsQuery, supervisionPartnersQuery } from './supervision-operations';
import { HintText } from '../../components/hint-text';
import { optionsOf } from '../../components/select-data';
import { FormStack } from '../../components/form-stack';
import { useReadableNames, type ReadableNames } from '../../components/person-name';

/** Cases offered for linking: the viewer's own referred to the partner (the server checks the rest). */
const caseOptionsLimit = 100;

interface SupervisionFormProps {
  initialValues: SupervisionFormValues;
  submitting: boolean;
  /** Above the form: what went wrong with the last attempt. */
  alert?: ReactNode;
  /** Resolves to the server's field errors, if it refused fields; the form keeps what was typed either way. */
  onSubmit: (values: SupervisionFormValues) => Promise<SupervisionFormErrors | void>;
  onCancel: () => void;
}

/** People grouped by organisation, the viewer's own first, for the participant and owner pickers; names in the reader's script. */
function groupedPeople(people: readonly SupervisionPersonFragment[], ownOrganisationId: string, names: ReadableNames) {
  const groups = new Map<string, { group: string; items: { value: string; label: string }[] }>();
  for (const person of people) {
    const group = groups.get(person.organisation.id) ?? { group: names.label(person.organisation), items: [] };
    group.items.push({ value: person.id, label: names.label(person) });
    groups.set(person.organisation.id, group);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === ownOrganisationId ? -1 : b === ownOrganisationId ? 1 : 0)).map(([, group]) => group);
}

/** The form for a new supervision session; everything typed stays when saving fails. */
export function SupervisionForm({ initialValues, submitting, alert, onSubmit, onCancel }: SupervisionFormProps) {
  const { t } = useTranslation('supervision');
  const { t: common } = useTranslation();
  const me = useCurrentUser();
  const { formRef, errors, unplaced, clear: clearErrors, submitChecked, values, setValues, change } = usePathForm(initialValues);

  const partners = useQuery(supervisionPartnersQuery);
  const partnerId = values.partnerId;
  const candidates = useQuery(supervisionCandidatesQuery, { variables: { partnerId: partnerId ?? '' }, skip: !partnerId });
  const cases = useQuery(supervisionCaseOptionsQuery, { variables: { partnerId: partnerId ?? '', first: caseOptionsLimit }, skip: !partnerId });

  const names = useReadableNames();
  const people = useMemo(() => candidates.data?.supervisionCandidates ?? [], [candidates.data]);
  // The viewer is a participant from the start: named in the picker before the partner's people
  // are known, instead of showing their id.
  const peopleGroups = useMemo(
    () =>
      groupedPeople(
        people.some((person) => person.id === me.id)
          ? people
          : [{ __typename: 'StaffMember', id: me.id, name: me.name, nameLatin: me.nameLatin, nameArabic: me.nameArabic, organisation: me.organisation }, ...people],
        me.organisation.id,
        names,
      ),
    [people, me, names],
  );
  const caseOptions = useMemo(
    () =>
      (cases.data?.cases.edges ?? [])
        .map((edge) => edge.node)
        // Only cases whose referral to this partner still gives it access can be seen by both sides.
        .filter((item) => item.referrals.some((referral) => referral.to.id === partnerId && (referral.status === 'ACCEPTED' || referral.status === 'PENDING')))
        .map((item) => ({
          value: item.id,
          label: item.returnee ? `${item.number} · ${item.returnee.firstName} ${item.returnee.lastName}` : item.number,
        })),
    [cases.data, partnerId],
  );
  const noPartners = partners.data && partners.data.supervisionPartners.length === 0;

  const changePartner = (next: string | null) => {
    if (next === values.partnerId) return;
    // The partner's people and cases belong to the partner chosen before: keep only the viewer's colleagues.
    const own = new Set(people.filter((person) => person.organisation.id === me.organisation.id).map((person) => person.id));
    own.add(me.id);
    change({
      partnerId: next,
      participantIds: values.participantIds.filter((id) => own.has(id)),
      caseIds: [],
      actions: values.actions.map((row) => (row.ownerId && !own.has(row.ownerId) ? { ...row, ownerId: null } : row)),
    });
  };

  const changeAction = (index: number, patch: Partial<ActionRow>) => {
    setValues((current) => ({ ...current, actions: current.actions.map((row, position) => (position === index ? { ...row, ...patch } : row)) }));
    clearErrors((path) => Object.keys(patch).some((key) => path === `actions.${index}.${key}`));
  };
  const field = pathFields('', values, errors, change);

  const submit = submitChecked(
    () => reasonMessages(validateSupervisionForm(values), (reason) => t(`form.validation.${reason}`)),
    () => onSubmit(values),
  );

  const partnerChosen = Boolean(partnerId);

  return (
    <FormStack formRef={formRef} onSubmit={submit} busy={submitting} gap="lg" testId="supervision-form">
      {alert}
      <RefusedFieldsAlert title={t('form.refused')} messages={unplaced} />
      {noPartners && (
        <Alert color="orange" variant="light" icon={<Icon name="alert" />} title={t('form.noPartners.title')} data-testid="no-supervision-partners">
          <Text size="sm">{t('form.noPartners.description')}</Text>
        </Alert>
      )}

      <Fieldset legend={t('form.session')} radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('form.partner')}
            placeholder={partners.loading ? common('common.loading') : t('form.partnerPlaceholder')}
            required
            data={optionsOf(partners.data?.supervisionPartners ?? [], names.label)}
            value={values.partnerId}
            onChange={changePartner}
            error={errors.partnerId}
            data-path="partnerId"
            allowDeselect={false}
          />
          <TextInput type="date" label={t('form.heldOn')} required {...field('heldOn')} />
        </SimpleGrid>
        <Radio.Group
          mt="md"
          label={t('form.mode')}
          required
          value={values.mode}
          onChange={(mode) => change({ mode: mode as SupervisionFormValues['mode'] })}
          error={errors.mode}
        >
          <Group gap="lg" mt={6}>
            {supervisionModes.map((mode) => (
              <Radio key={mode} value={mode} label={t(`modes.${mode}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TagsInput
          mt="md"
          label={t('form.topics')}
          description={t('form.topicsHint')}
          value={values.topics}
          onChange={(topics) => change({ topics })}
          error={errors.topics}
          data-path="topics"
          clearable
          acceptValueOnBlur
          splitChars={[',']}
        />
      </Fieldset>

      <Fieldset legend={t('form.people')} radius="md">
        <Stack gap="md">
          <MultiSelect
            label={t('form.participants')}
            description={partnerChosen ? t('form.participantsHint') : t('form.choosePartnerFirst')}
            required
            disabled={!partnerChosen}
            data={peopleGroups}
            value={values.participantIds}
            onChange={(participantIds) => change({ participantIds })}
            searchable
            nothingFoundMessage={t('form.nothingFound')}
            error={errors.participantIds}
            data-path="participantIds"
          />
          <MultiSelect
            label={t('form.cases')}
            description={partnerChosen ? t('form.casesHint') : t('form.choosePartnerFirst')}
            disabled={!partnerChosen}
            data={caseOptions}
            value={values.caseIds}
            onChange={(caseIds) => change({ caseIds })}
            searchable
            nothingFoundMessage={cases.loading ? common('common.loading') : t('form.noCases')}
            error={errors.caseIds}
            data-path="caseIds"
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('form.notesLegend')} radius="md">
        <Textarea label={t('form.notes')} description={t('form.notesHint')} dir="auto" rows={6} resize="vertical" {...field('notes')} />
      </Fieldset>

      <Fieldset legend={t('form.actions')} radius="md">
        <Stack gap="md">
          {values.actions.length === 0 && (
            <HintText>{t('form.noActions')}</HintText>
          )}
          {values.actions.map((row, index) => {
            const label = t('form.action', { number: index + 1 });
            const actionField = pathFields(`actions.${index}`, row, errors, (patch) => changeAction(index, patch));
            return (
              <RemovableRow
                key={row.key}
                label={label}
                removeLabel={t('form.removeAction')}
                onRemove={() => change({ actions: values.actions.filter((_, position) => position !== index) })}
                testId="supervision-form-action"
              >
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                  <TextInput label={t('actions.description')} required {...actionField('description')} />
                  <Select
                    label={t('actions.owner')}
                    required
                    disabled={!partnerChosen}
                    placeholder={partnerChosen ? undefined : t('form.choosePartnerFirst')}
                    data={peopleGroups}
                    value={row.ownerId}
                    onChange={(ownerId) => changeAction(index, { ownerId })}
                    searchable
                    nothingFoundMessage={t('form.nothingFound')}
                    error={errors[`actions.${index}.ownerId`]}
                    data-path={`actions.${index}.ownerId`}
                  />
                  <TextInput type="date" label={t('actions.dueOn')} {...actionField('dueOn')} />
                </SimpleGrid>
              </RemovableRow>
            );
          })}
          <Group>
            <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={() => change({ actions: [...values.actions, newActionRow()] })}>
              {t('form.addAction')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>

      <DialogActions onCancel={onCancel} confirmLabel={t('form.submit')} busy={submitting} disabled={noPartners} confirmTestId="supervision-submit" />
    </FormStack>
  );
}
