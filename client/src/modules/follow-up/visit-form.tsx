import { useMutation } from '@apollo/client/react';
import { Fieldset, NativeSelect, SimpleGrid, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayCalendarDate } from '../../components/calendar-date';
import { FormSubmit } from '../../components/dialog-actions';
import type { DomainStatus, VisitMode } from '../../gql/graphql';
import { recordFollowUpVisitMutation } from './follow-up-operations';
import { domainStatuses, reintegrationDomains, visitModes } from './follow-up-options';
import { FormFailureAlert, type FormFailure } from './form-failure-alert';
import { RecordAgain } from './record-again';
import { useDescribeFailure } from './use-describe-failure';
import { emptyVisit, validateVisit, visitInput, type VisitFormValues } from './visit-form-values';
import { FormStack } from '../../components/form-stack';

interface VisitFormProps {
  caseId: string;
  /** Called after the visit is saved: the follow-up is fetched again (overdue, next visit). */
  onRecorded: () => void;
}

/** The partner records a follow-up visit; after a save the form is empty for the next one. */
export function VisitForm({ caseId, onRecorded }: VisitFormProps) {
  const { t } = useTranslation('followUp');
  return (
    <RecordAgain done={t('visits.done')} testId="visit-recorded" onRecorded={onRecorded}>
      {(form) => <VisitFields caseId={caseId} {...form} />}
    </RecordAgain>
  );
}

/** A server error about a domain's status names it by position in the list sent. */
function errorPath(path: string): string {
  const match = /^domainStatuses\.(\d+)/.exec(path);
  if (!match) return path;
  const domain = reintegrationDomains[Number(match[1])];
  return domain ? `statuses.${domain}` : path;
}

const shownPaths = new Set(['visitedOn', 'mode', 'narrative', 'nextVisitOn', ...reintegrationDomains.map((domain) => `statuses.${domain}`)]);

function VisitFields({ caseId, onEdited, onRecorded }: VisitFormProps & { onEdited: () => void }) {
  const { t } = useTranslation('followUp');
  const describe = useDescribeFailure();
  const [values, setValues] = useState<VisitFormValues>(() => emptyVisit(todayCalendarDate()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [record, { loading }] = useMutation(recordFollowUpVisitMutation);

  const change = (patch: Partial<VisitFormValues>, ...paths: string[]) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([path]) => !paths.includes(path))));
    onEdited();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const problems = validateVisit(values);
    const messages = Object.fromEntries(Object.entries(problems).map(([path, problem]) => [path, t(`validation.${problem}`)]));
    setErrors(messages);
    if (Object.keys(messages).length > 0) return;
    try {
      await record({ variables: { input: visitInput(caseId, values) } });
      onRecorded();
    } catch (error) {
      const described = describe(error, t('visits.failed'), (path) => shownPaths.has(errorPath(path)));
      setErrors(Object.fromEntries(Object.entries(described.placed).map(([path, message]) => [errorPath(path), message])));
      setFailure(described.failure);
    }
  };

  return (
    <FormStack onSubmit={submit} busy={loading} gap="sm" testId="visit-form">
      <Title order={4} size="h6">
        {t('visits.formTitle')}
      </Title>
      {failure && <FormFailureAlert failure={failure} />}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          type="date"
          label={t('visits.date')}
          required
          value={values.visitedOn}
          onChange={(event) => change({ visitedOn: event.currentTarget.value }, 'visitedOn', 'nextVisitOn')}
          error={errors.visitedOn}
          max={todayCalendarDate()}
        data-testid="visit-date"
        />
        <NativeSelect
          label={t('visits.mode')}
          value={values.mode}
          onChange={(event) => change({ mode: event.currentTarget.value as VisitMode }, 'mode')}
          data={visitModes.map((mode) => ({ value: mode, label: t(`visitModes.${mode}`) }))}
          error={errors.mode}
          data-testid="visit-mode"
        />
        <TextInput
          type="date"
          label={t('visits.nextDate')}
          value={values.nextVisitOn}
          min={values.visitedOn || undefined}
          onChange={(event) => change({ nextVisitOn: event.currentTarget.value }, 'nextVisitOn')}
          error={errors.nextVisitOn}
          data-testid="visit-next-date"
        />
      </SimpleGrid>
      <Fieldset legend={t('visits.statuses')} radius="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          {reintegrationDomains.map((domain) => (
            <NativeSelect
              key={domain}
              label={t(`domains.${domain}`)}
              value={values.statuses[domain]}
              onChange={(event) =>
                change({ statuses: { ...values.statuses, [domain]: event.currentTarget.value as DomainStatus } }, `statuses.${domain}`)
              }
              data={domainStatuses.map((status) => ({ value: status, label: t(`domainStatuses.${status}`) }))}
              error={errors[`statuses.${domain}`]}
              data-testid={`visit-domain-${domain}`}
            />
          ))}
        </SimpleGrid>
      </Fieldset>
      <Textarea
        label={t('visits.narrative')}
        description={t('visits.narrativeHint')}
        required
        resize="vertical"
        rows={3}
        dir="auto"
        value={values.narrative}
        onChange={(event) => change({ narrative: event.currentTarget.value }, 'narrative')}
        error={errors.narrative}
        data-testid="visit-narrative"
      />
      <FormSubmit label={t('visits.submit')} busy={loading} testId="visit-submit" />
    </FormStack>
  );
}
