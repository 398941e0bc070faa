import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate } from '../../components/calendar-date';
import { FormSubmit } from '../../components/dialog-actions';
import { Icon } from '../../components/icon';
import { SaveFailureAlert } from '../../components/save-failure-alert';
import { SectionCard } from '../../components/section-card';
import { useCurrentUser } from '../../core/auth/session-context';
import { fieldErrors } from '../../core/errors/field-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { SupervisionActionItemFragment, SupervisionDetailsFragment } from '../../gql/graphql';
import { supervisionFormPath } from './supervision-form-values';
import { addSupervisionActionMutation, setSupervisionActionDoneMutation } from './supervision-operations';
import { HintText } from '../../components/hint-text';
import { FormStack } from '../../components/form-stack';
import { useReadableNames } from '../../components/person-name';
import { DayInput } from '../../components/day-input';

function ActionRow({ action, canToggle }: { action: SupervisionActionItemFragment; canToggle: boolean }) {
  const { t } = useTranslation('supervision');
  const names = useReadableNames();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [setDone, { loading }] = useMutation(setSupervisionActionDoneMutation);

  const toggle = async (done: boolean) => {
    setFailure(null);
    try {
      await setDone({ variables: { id: action.id, done } });
    } catch (error) {
      setFailure(errorMessage(error as Error));
    }
  };

  return (
    <Paper withBorder radius="md" p="sm" data-testid="supervision-action-row" data-done={action.done || undefined}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Checkbox
          checked={action.done}
          disabled={!canToggle || loading}
          onChange={(event) => void toggle(event.currentTarget.checked)}
          label={
            <Text size="sm" fw={500} dir="auto" td={action.done ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
              {action.description}
            </Text>
          }
          description={t('actions.ownedBy', { name: names.text(action.owner), organisation: names.short(action.owner.organisation) })}
        />
        <Stack gap={4} align="flex-end" style={{ flex: 'none' }}>
          {action.dueOn ? (
            <Text size="xs" c={action.overdue && !action.done ? 'red.8' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
              {t('actions.due', { date: format.day(action.dueOn) ?? String(action.dueOn) })}
            </Text>
          ) : (
            <Text size="xs" c="dimmed">
              {t('actions.noDueDate')}
            </Text>
          )}
          {action.overdue && !action.done && (
            <Badge color="red" variant="light" radius="sm" tt="none" data-testid="action-overdue">
              {t('actions.overdue')}
            </Badge>
          )}
          {action.done && action.doneAt && (
            <Text size="xs" c="teal.8" style={{ whiteSpace: 'nowrap' }}>
              {t('actions.doneAt', { date: format.date(action.doneAt) })}
            </Text>
          )}
        </Stack>
      </Group>
      {failure && (
        <Alert mt="xs" color="red" variant="light" role="alert" p="xs">
          <Text size="sm">{failure}</Text>
        </Alert>
      )}
    </Paper>
  );
}

interface NewAction {
  description: string;
  ownerId: string | null;
  dueOn: string;
}

const emptyAction: NewAction = { description: '', ownerId: null, dueOn: '' };

/** A supervisor agrees a further action with an owner among the participants. */
function AddActionForm({ session }: { session: SupervisionDetailsFragment }) {
  const { t } = useTranslation('supervision');
  const names = useReadableNames();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState<NewAction>(emptyAction);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [add, { loading }] = useMutation(addSupervisionActionMutation);

  const change = (patch: Partial<NewAction>) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !(key in patch))));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!values.description.trim()) found.description = t('form.validation.required');
    if (!values.ownerId) found.ownerId = t('form.validation.required');
    if (values.dueOn && !isCalendarDate(values.dueOn)) found.dueOn = t('form.validation.invalidDate');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    try {
      await add({
        variables: { input: { sessionId: session.id, description: values.description.trim(), ownerId: values.ownerId ?? '', dueOn: values.dueOn || null } },
      });
      setValues(emptyAction);
    } catch (error) {
      const byField = fieldErrors(error, supervisionFormPath);
      const placed = Object.fromEntries(Object.entries(byField).filter(([field]) => field in emptyAction));
      setErrors(placed);
      setFailure(Object.keys(placed).length > 0 ? t('actions.refused') : errorMessage(error as Error));
    }
  };

  const owners = session.participants.map((person) => ({ value: person.id, label: `${names.label(person)} (${names.label(person.organisation, { withWritten: false })})` }));

  return (
    <FormStack onSubmit={submit} aria-label={t('actions.add')} gap="sm" testId="supervision-action-form">
      {failure && <SaveFailureAlert title={t('actions.addFailed')} message={failure} kept={t('form.inputKept')} testId="action-save-failed" />}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('actions.description')}
          required
          value={values.description}
          onChange={(event) => change({ description: event.currentTarget.value })}
          error={errors.description}
        />
        <Select
          label={t('actions.owner')}
          required
          data={owners}
          value={values.ownerId}
          onChange={(ownerId) => change({ ownerId })}
          searchable
          error={errors.ownerId}
        />
        <DayInput
          label={t('actions.dueOn')}
          value={values.dueOn}
          onDayChange={(dueOn) => change({ dueOn })}
          error={errors.dueOn}
        />
      </SimpleGrid>
      <FormSubmit label={t('actions.add')} busy={loading} variant="light" leftSection={<Icon name="plus" size={16} />} />
    </FormStack>
  );
}

/** Agreed actions: their owners tick them off (so may the supervising organisation's supervisors). */
export function ActionsCard({ session }: { session: SupervisionDetailsFragment }) {
  const { t } = useTranslation('supervision');
  const me = useCurrentUser();
  const open = session.actions.filter((action) => !action.done).length;
  return (
    <SectionCard
      title={t('actions.title')}
      icon="plus"
      testId="supervision-actions-card"
      actions={
        session.actions.length > 0 && (
          <HintText>{t('list.openActionCount', { count: open })}</HintText>
        )
      }
    >
      <Stack gap="sm">
        {session.actions.length === 0 ? (
          <HintText data-testid="supervision-actions-empty">{t('actions.none')}</HintText>
        ) : (
          session.actions.map((action) => (
            <ActionRow key={action.id} action={action} canToggle={session.viewerCanEdit || action.owner.id === me.id} />
          ))
        )}
        {session.viewerCanEdit && <AddActionForm session={session} />}
      </Stack>
    </SectionCard>
  );
}
