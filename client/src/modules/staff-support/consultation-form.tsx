import { useQuery } from '@apollo/client/react';
import { Alert, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../components/dialog-actions';
import { FollowUpDueFields } from '../../components/follow-up-due-fields';
import { FormStack } from '../../components/form-stack';
import { HintText } from '../../components/hint-text';
import { Icon } from '../../components/icon';
import { pathFields } from '../../components/path-fields';
import { RefusedFieldsAlert } from '../../components/refused-fields-alert';
import { optionsOf } from '../../components/select-data';
import { reasonMessages } from '../../components/use-field-errors';
import { usePathForm } from '../../components/use-path-form';
import { useStaffOptions } from '../../components/use-staff-options';
import type { FieldErrors } from '../../core/errors/field-errors';
import { CountrySelect } from '../cases/country-select';
import type { ConsultationChannel, OutreachTopic } from '../../gql/graphql';
import { validateConsultationForm, type ConsultationFormValues } from './consultation-form-values';
import { consultationChannels, consultationTopics, hasParticipants } from './consultation-options';
import { cityDepartmentsQuery, departmentOptionsLimit, followUpOwnersQuery } from './staff-support-operations';

interface ConsultationFormProps {
  initialValues: ConsultationFormValues;
  submitting: boolean;
  submitLabel: string;
  /** Above the form: what went wrong with the last attempt. */
  alert?: ReactNode;
  /** Resolves to the server's field errors, if it refused fields; the form keeps what was typed either way. */
  onSubmit: (values: ConsultationFormValues) => Promise<FieldErrors | void>;
  onCancel: () => void;
}

/** A consultation with the city's staff: who asked, how, about what, the advice, and a follow-up. One column on a phone. */
export function ConsultationForm({ initialValues, submitting, submitLabel, alert, onSubmit, onCancel }: ConsultationFormProps) {
  const { t } = useTranslation('staffSupport');
  const { t: common } = useTranslation();
  const { formRef, errors, unplaced, clear: clearErrors, submitChecked, values, change, changePart } = usePathForm(initialValues);

  const departments = useQuery(cityDepartmentsQuery, { variables: { first: departmentOptionsLimit } });
  const owners = useQuery(followUpOwnersQuery, { skip: !values.withFollowUp });
  const departmentList = useMemo(() => departments.data?.contactOrganisations.edges.map((edge) => edge.node) ?? [], [departments.data]);
  // The viewer can always own their own follow-up, named before the list arrives.
  const ownerOptions = useStaffOptions(owners.data?.colleagues);
  const noDepartments = departments.data && departmentList.length === 0;

  const changeFollowUp = changePart('followUp');
  const field = pathFields('', values, errors, change);
  const followUpField = pathFields('followUp', values.followUp, errors, changeFollowUp);

  const chooseDepartment = (id: string | null) => {
    const chosen = departmentList.find((department) => department.id === id);
    // The directory knows the department's district: filled in when the field is still empty.
    change({ departmentContactId: id, ...(chosen?.district && !values.district.trim() ? { district: chosen.district } : {}), department: id ? '' : values.department });
    clearErrors('department');
  };

  const submit = submitChecked(
    () => reasonMessages(validateConsultationForm(values), (reason) => t(`form.validation.${reason}`)),
    () => onSubmit(values),
  );

  const training = hasParticipants(values.channel);

  return (
    <FormStack formRef={formRef} onSubmit={submit} busy={submitting} gap="lg" testId="consultation-form">
      {alert}
      <RefusedFieldsAlert title={t('form.refused')} messages={unplaced} />
      <Alert color="blue" variant="light" icon={<Icon name="shield" />} data-testid="consultation-privacy">
        <Text size="sm">{t('form.privacy')}</Text>
      </Alert>

      <Fieldset legend={t('form.who')} radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('form.departmentContact')}
            description={t('form.departmentHint')}
            placeholder={departments.loading ? common('common.loading') : t('form.departmentPlaceholder')}
            data={optionsOf(departmentList)}
            value={values.departmentContactId}
            onChange={chooseDepartment}
            searchable
            clearable
            error={errors.departmentContactId}
            data-path="departmentContactId"
            data-testid="consultation-department"
          />
          <TextInput label={t('form.district')} dir="auto" {...field('district')} />
        </SimpleGrid>
        {noDepartments && (
          <HintText mt="sm" data-testid="no-departments">
            {t('form.noDepartments')}
          </HintText>
        )}
        {!values.departmentContactId && (
          <TextInput mt="md" label={t('form.departmentName')} description={t('form.departmentNameHint')} dir="auto" {...field('department')} />
        )}
      </Fieldset>

      <Fieldset legend={t('form.what')} radius="md">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput type="date" label={t('form.heldOn')} required {...field('heldOn')} />
            <Select
              label={t('form.channel')}
              required
              data={consultationChannels.map((channel) => ({ value: channel, label: t(`channels.${channel}`) }))}
              value={values.channel || null}
              onChange={(channel) => change({ channel: (channel ?? '') as ConsultationChannel | '' })}
              allowDeselect={false}
              error={errors.channel}
              data-path="channel"
              data-testid="consultation-channel"
            />
            <Select
              label={t('form.topic')}
              required
              data={consultationTopics.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))}
              value={values.topic || null}
              onChange={(topic) => change({ topic: (topic ?? '') as OutreachTopic | '' })}
              allowDeselect={false}
              error={errors.topic}
              data-path="topic"
              data-testid="consultation-topic"
            />
          </SimpleGrid>
          <CountrySelect
            label={t('form.country')}
            value={values.country}
            onChange={(country) => change({ country })}
            clearable
            error={errors.country}
            data-path="country"
          />
          <Textarea label={t('form.question')} required dir="auto" rows={4} resize="vertical" {...field('question')} />
          <Textarea label={t('form.advice')} dir="auto" rows={4} resize="vertical" {...field('advice')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput type="number" inputMode="numeric" min={1} label={t('form.minutesSpent')} {...field('minutesSpent')} />
            {training && (
              <TextInput
                type="number"
                inputMode="numeric"
                min={1}
                label={t('form.participants')}
                description={t('form.participantsHint')}
                data-testid="consultation-participants"
                {...field('participants')}
              />
            )}
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('form.followUpLegend')} radius="md">
        {values.withFollowUp ? (
          <Stack gap="md" data-testid="consultation-follow-up">
            <Textarea label={t('form.followUpDescription')} required dir="auto" rows={2} resize="vertical" {...followUpField('description')} />
            <FollowUpDueFields
              value={values.followUp}
              errors={errors}
              owners={ownerOptions}
              onChange={changeFollowUp}
              labels={{ dueOn: t('form.followUpDueOn'), owner: t('form.followUpOwner') }}
            />
            <Group>
              <Button variant="subtle" color="gray" onClick={() => change({ withFollowUp: false })}>
                {t('form.removeFollowUp')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group>
            <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={() => change({ withFollowUp: true })} data-testid="consultation-add-follow-up">
              {t('form.addFollowUp')}
            </Button>
          </Group>
        )}
      </Fieldset>

      <DialogActions onCancel={onCancel} confirmLabel={submitLabel} busy={submitting} confirmTestId="consultation-submit" />
    </FormStack>
  );
}
