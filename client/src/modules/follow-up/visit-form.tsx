import { useMutation } from '@apollo/client/react';
import { Fieldset, NativeSelect, SimpleGrid, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayCalendarDate } from '../../components/calendar-date';
import { FormSubmit } from '../../components/dialog-actions';
import type { DomainStatus, VisitMode } from '../../gql/graphql';
import { recordFollowUpVisitMutation } from './follow-up-operations';
import { domainStatuses, reintegrationDomains, visitModes } from './follow-up-options';
import { RecordAgain, RecordAgainForm, useRecordAgainSave } from './record-again';
import { emptyVisit, validateVisit, visitInput, type VisitFormValues } from './visit-form-values';
import { reasonMessages } from '../../components/use-field-errors';
import { DayInput, HappenedOnInput } from '../../components/day-input';

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
  const [values, setValues] = useState<VisitFormValues>(() => emptyVisit(todayCalendarDate()));
  const [record, { loading }] = useMutation(recordFollowUpVisitMutation);
  const { errors, setErrors, failure, submit } = useRecordAgainSave({ failed: t('visits.failed'), toFormPath: errorPath, shows: (path) => shownPaths.has(path), onRecorded });

  const change = (patch: Partial<VisitFormValues>, ...paths: string[]) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([path]) => !paths.includes(path))));
    onEdited();
  };

  return (
    <RecordAgainForm
      testId="visit-form"
      title={t('visits.formTitle')}
      failure={failure}
      busy={loading}
      onSubmit={submit(
        () => reasonMessages(validateVisit(values), (problem) => t(`validation.${problem}`)),
        () => record({ variables: { input: visitInput(caseId, values) } }),
      )}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <HappenedOnInput
          label={t('visits.date')}
          value={values.visitedOn}
          onDayChange={(visitedOn) => change({ visitedOn }, 'visitedOn', 'nextVisitOn')}
          error={errors.visitedOn}
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
        <DayInput
          label={t('visits.nextDate')}
          value={values.nextVisitOn}
          min={values.visitedOn || undefined}
          onDayChange={(nextVisitOn) => change({ nextVisitOn }, 'nextVisitOn')}
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
    </RecordAgainForm>
  );
}
