import { useMutation } from '@apollo/client/react';
import { Button, List, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { DialogActions } from '../../components/dialog-actions';
import { FailureAlert } from '../../components/failure-alert';
import { FormDialog } from '../../components/form-dialog';
import { FormStack } from '../../components/form-stack';
import { SectionCard } from '../../components/section-card';
import { useFormFields } from '../../components/use-form-fields';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { ContactDetailFragment, ContactStatus } from '../../gql/graphql';
import { contactStatuses, optionalText } from './contact-options';
import { ContactStatusBadge } from './contact-status-badge';
import { changeContactStatusMutation, contactOrganisationsQuery } from './contacts-operations';
import { useContactsTranslation } from './use-contacts-translation';
import { useReadableNames } from '../../components/person-name';

/** The cooperation status, the action that moves it, and every earlier step (newest first). */
export function ContactStatusCard({ contact, onChanged }: { contact: ContactDetailFragment; onChanged: (notice: string) => void }) {
  const names = useReadableNames();
  const { t } = useContactsTranslation();
  const format = useFormatters();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <SectionCard
      title={t('status.title')}
      icon="shield"
      testId="contact-status-card"
      actions={
        !contact.archived && (
          <Button size="xs" variant="light" onClick={open} data-testid="change-status">
            {t('status.change')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        <ContactStatusBadge status={contact.status} />
        <Title order={3} size="h6">
          {t('status.history')}
        </Title>
        <List spacing="xs" listStyleType="none" p={0} m={0} data-testid="status-history">
          {contact.statusHistory.map((change) => (
            <List.Item key={change.id} data-testid="status-history-entry">
              <Text size="sm" fw={600}>
                {change.fromStatus
                  ? t('status.fromTo', { from: t(`statuses.${change.fromStatus}`), to: t(`statuses.${change.toStatus}`) })
                  : t('status.started', { to: t(`statuses.${change.toStatus}`) })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('status.byOn', { name: names.text(change.changedBy), date: format.dateTime(change.changedAt) })}
              </Text>
              {change.note && (
                <Text size="sm" dir="auto">
                  {change.note}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Stack>
      <FormDialog opened={opened} onClose={close} title={t('status.dialogTitle')}>
        <ChangeStatusForm
          contact={contact}
          onCancel={close}
          onChanged={(status) => {
            close();
            onChanged(t('status.changed', { status: t(`statuses.${status}`) }));
          }}
        />
      </FormDialog>
    </SectionCard>
  );
}

function ChangeStatusForm({ contact, onCancel, onChanged }: { contact: ContactDetailFragment; onCancel: () => void; onChanged: (status: ContactStatus) => void }) {
  const { t } = useContactsTranslation();
  const errorMessage = useErrorMessage();
  const choices = contactStatuses.filter((status) => status !== contact.status);
  const { formRef, values, bind, failure, handleSubmit } = useFormFields({ status: choices[0] as ContactStatus, note: '' }, { order: ['status', 'note'] });
  const [change, { loading }] = useMutation(changeContactStatusMutation, { refetchQueries: [contactOrganisationsQuery] });
  const submit = handleSubmit(
    () => (values.status === contact.status ? { status: t('status.chooseOther') } : {}),
    async () => {
      await change({ variables: { input: { id: contact.id, status: values.status, note: optionalText(values.note) } } });
      onChanged(values.status);
    },
    (error) => errorMessage(error as Error),
  );
  return (
    <FormStack formRef={formRef} onSubmit={submit} busy={loading} gap="md" testId="change-status-form">
      <FailureAlert failure={failure} />
      <NativeSelect
        label={t('status.newStatus')}
        {...bind('status')}
        data={choices.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        data-autofocus
        data-testid="new-status"
      />
      <Textarea label={t('status.note')} description={t('status.noteHint')} rows={3} {...bind('note')} />
      <DialogActions onCancel={onCancel} confirmLabel={t('status.submit')} busy={loading} confirmTestId="change-status-submit" />
    </FormStack>
  );
}
