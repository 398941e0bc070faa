import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { Stack, Text, Textarea } from '@mantine/core';
import { NoticeAlert } from '../../components/notice-alert';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate, todayCalendarDate } from '../../components/calendar-date';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormSubmit } from '../../components/dialog-actions';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { FollowUpDetailsFragment } from '../../gql/graphql';
import { confirmArrivalMutation } from './follow-up-operations';
import { FormFailureAlert, type FormFailure } from './form-failure-alert';
import { useDescribeFailure } from './use-describe-failure';
import { writeFollowUp } from './write-follow-up';
import { HintText } from '../../components/hint-text';
import { RecordedBy } from './recorded-by';
import { FormStack } from '../../components/form-stack';
import { HappenedOnInput } from '../../components/day-input';

interface ArrivalPanelProps {
  caseId: string;
  followUp: FollowUpDetailsFragment;
}

/** When the returnee arrived; the partner confirms it once. The inside of the section's arrival part. */
export function ArrivalPanel({ caseId, followUp }: ArrivalPanelProps) {
  const { t } = useTranslation('followUp');
  const format = useFormatters();
  const [notice, setNotice] = useState(false);
  const { arrival } = followUp;

  return (
    <>
      <NoticeAlert notice={notice && t('arrival.done')} onClose={() => setNotice(false)} />
      {arrival ? (
        <Stack gap={4} data-testid="arrival-confirmed">
          <Text fw={600}>{t('arrival.arrivedOn', { date: format.day(arrival.arrivedOn) ?? arrival.arrivedOn })}</Text>
          {arrival.notes && (
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {arrival.notes}
            </Text>
          )}
          <RecordedBy by={arrival.recordedBy} at={arrival.recordedAt} />
        </Stack>
      ) : followUp.viewerCanWrite ? (
        <ConfirmArrivalForm caseId={caseId} onDone={() => setNotice(true)} />
      ) : (
        <HintText data-testid="arrival-pending">{t('arrival.notYet')}</HintText>
      )}
    </>
  );
}

const fields = ['arrivedOn', 'notes'] as const;

/** The server's sentence when an arrival needs the partner's confirmation first (CONFIRMATION_REQUIRED), else null. */
function confirmationAsked(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return error.errors.find((e) => e.extensions?.code === 'CONFIRMATION_REQUIRED')?.message ?? null;
}
type Field = (typeof fields)[number];

function ConfirmArrivalForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation('followUp');
  const describe = useDescribeFailure();
  const [arrivedOn, setArrivedOn] = useState(todayCalendarDate);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [confirm, { loading }] = useMutation(confirmArrivalMutation);
  // The server's reason why this arrival is early (the case still at intake, or long before the
  // planned departure), worded for the person: asked about before it is saved.
  const [early, setEarly] = useState<string | null>(null);

  const save = (confirmEarly: boolean) =>
    confirm({
      variables: { input: { caseId, arrivedOn, notes: notes.trim() === '' ? null : notes.trim(), ...(confirmEarly ? { confirmEarly } : {}) } },
      update: (cache, { data }) => {
        if (data) writeFollowUp(cache, caseId, data.confirmArrival);
      },
    });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    if (!isCalendarDate(arrivedOn)) {
      setErrors({ arrivedOn: t('validation.date') });
      return;
    }
    setErrors({});
    try {
      await save(false);
      onDone();
    } catch (error) {
      const asked = confirmationAsked(error);
      if (asked) return setEarly(asked);
      const described = describe(error, t('arrival.failed'), (path) => (fields as readonly string[]).includes(path));
      setErrors(described.placed);
      setFailure(described.failure);
    }
  };

  return (
    <FormStack onSubmit={submit} busy={loading} gap="sm" testId="confirm-arrival">
      <HintText>{t('arrival.notYet')}</HintText>
      {failure && <FormFailureAlert failure={failure} />}
      <HappenedOnInput
        label={t('arrival.date')}
        value={arrivedOn}
        onDayChange={(day) => {
          setArrivedOn(day);
          setErrors((current) => ({ ...current, arrivedOn: undefined }));
        }}
        error={errors.arrivedOn}
        data-testid="arrival-date"
        maw={240}
      />
      <Textarea
        label={t('arrival.notes')}
        description={t('arrival.notesHint')}
        resize="vertical"
        rows={2}
        value={notes}
        onChange={(event) => setNotes(event.currentTarget.value)}
        error={errors.notes}
        dir="auto"
        data-testid="arrival-notes"
      />
      <FormSubmit label={t('arrival.submit')} busy={loading} testId="confirm-arrival-submit" />
      <ConfirmDialog
        opened={early !== null}
        onClose={() => setEarly(null)}
        title={t('arrival.early.title')}
        confirmLabel={t('arrival.early.confirm')}
        confirmTestId="confirm-early-arrival"
        onConfirm={async () => {
          await save(true);
          setEarly(null);
          onDone();
        }}
      >
        <Text data-testid="early-arrival-reason">{early}</Text>
        <Text size="sm" c="dimmed">
          {t('arrival.early.ownerTold')}
        </Text>
      </ConfirmDialog>
    </FormStack>
  );
}
