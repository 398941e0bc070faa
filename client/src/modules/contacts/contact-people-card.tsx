import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { isolate } from '../../components/bidi-isolate';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DialogActions } from '../../components/dialog-actions';
import { FailureAlert } from '../../components/failure-alert';
import { FormDialog } from '../../components/form-dialog';
import { FormStack } from '../../components/form-stack';
import { HintText } from '../../components/hint-text';
import { Icon } from '../../components/icon';
import { SectionCard } from '../../components/section-card';
import { withChoiceOf } from '../../components/select-data';
import { useFormFields } from '../../components/use-form-fields';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { ContactDetailFragment, ContactPersonFieldsFragment } from '../../gql/graphql';
import { NativeSelect, TextInput } from '@mantine/core';
import { useLanguageOptions } from '../cases/use-select-options';
import { optionalText } from './contact-options';
import { addContactPersonMutation, contactOrganisationQuery, removeContactPersonMutation, updateContactPersonMutation } from './contacts-operations';
import { useContactsTranslation } from './use-contacts-translation';

type Person = ContactPersonFieldsFragment;

/** The organisation's contact persons (personal data: each read is audited by the server), added, edited and removed here. */
export function ContactPeopleCard({ contact, onNotice }: { contact: ContactDetailFragment; onNotice: (notice: string) => void }) {
  const { t } = useContactsTranslation();
  const format = useFormatters();
  // null: closed; 'new': adding; a person: editing them.
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [removing, setRemoving] = useState<Person | null>(null);
  const [removePerson] = useMutation(removeContactPersonMutation);
  const writable = !contact.archived;

  return (
    <SectionCard
      title={t('people.title')}
      icon="users"
      testId="contact-people"
      actions={
        writable && (
          <Button size="xs" variant="light" leftSection={<Icon name="plus" size={14} />} onClick={() => setEditing('new')} data-testid="add-person">
            {t('people.add')}
          </Button>
        )
      }
    >
      {contact.people.length === 0 ? (
        <HintText data-testid="people-empty">{t('people.empty')}</HintText>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="ul" aria-label={t('people.caption')} m={0} p={0} style={{ listStyle: 'none' }}>
          {contact.people.map((person) => (
            <Paper component="li" key={person.id} withBorder radius="md" p="sm" data-testid="contact-person">
              <Stack gap={4}>
                <Text fw={600} size="sm" data-testid="person-name">
                  {isolate(person.name)}
                </Text>
                {person.roleTitle && (
                  <Text size="sm" c="dimmed">
                    {isolate(person.roleTitle)}
                  </Text>
                )}
                {person.phone && (
                  <Anchor href={`tel:${person.phone.replace(/\s/g, '')}`} size="sm" dir="ltr" ta="start">
                    {person.phone}
                  </Anchor>
                )}
                {person.email && (
                  <Anchor href={`mailto:${person.email}`} size="sm" dir="ltr" ta="start" style={{ overflowWrap: 'anywhere' }}>
                    {person.email}
                  </Anchor>
                )}
                {person.preferredLanguage && (
                  <Text size="sm">
                    {t('people.preferredLanguage')}: {format.language(person.preferredLanguage)}
                  </Text>
                )}
                {writable && (
                  <Group gap="xs" mt={4}>
                    <Button size="compact-sm" variant="subtle" onClick={() => setEditing(person)} aria-label={t('people.editPerson', { name: person.name })}>
                      {t('people.edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setRemoving(person)}
                      aria-label={t('people.removePerson', { name: person.name })}
                      data-testid="remove-person"
                    >
                      {t('people.remove')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}

      <FormDialog opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('people.addTitle') : t('people.editTitle')}>
        {editing !== null && (
          <PersonForm
            contactId={contact.id}
            person={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              onNotice(editing === 'new' ? t('people.added', { name: isolate(saved.name) }) : t('people.saved', { name: isolate(saved.name) }));
              setEditing(null);
            }}
          />
        )}
      </FormDialog>
      <ConfirmDialog
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('people.removeTitle')}
        confirmLabel={t('people.remove')}
        danger
        confirmTestId="confirm-remove-person"
        onConfirm={async () => {
          if (!removing) return;
          await removePerson({ variables: { id: removing.id } });
          onNotice(t('people.removed', { name: isolate(removing.name) }));
          setRemoving(null);
        }}
      >
        <Text size="sm">{t('people.removeQuestion', { name: isolate(removing?.name ?? '') })}</Text>
      </ConfirmDialog>
    </SectionCard>
  );
}

interface PersonFormProps {
  contactId: string;
  person?: Person;
  onSaved: (person: Person) => void;
  onCancel: () => void;
}

function PersonForm({ contactId, person, onSaved, onCancel }: PersonFormProps) {
  const { t } = useContactsTranslation();
  const errorMessage = useErrorMessage();
  const languages = useLanguageOptions();
  const { formRef, values, bind, failure, handleSubmit } = useFormFields(
    {
      name: person?.name ?? '',
      roleTitle: person?.roleTitle ?? '',
      phone: person?.phone ?? '',
      email: person?.email ?? '',
      preferredLanguage: person?.preferredLanguage ?? '',
    },
    { order: ['name', 'roleTitle', 'phone', 'email', 'preferredLanguage'] },
  );
  // The organisation comes back with its people (the added person among them).
  const reload = { refetchQueries: [{ query: contactOrganisationQuery, variables: { id: contactId } }], awaitRefetchQueries: true };
  const [add, { loading: adding }] = useMutation(addContactPersonMutation, reload);
  const [update, { loading: updating }] = useMutation(updateContactPersonMutation);
  const busy = adding || updating;

  const submit = handleSubmit(
    () => (values.name.trim() ? {} : { name: t('form.required') }),
    async () => {
      const fields = {
        name: values.name.trim(),
        roleTitle: optionalText(values.roleTitle),
        phone: optionalText(values.phone),
        email: optionalText(values.email),
        preferredLanguage: values.preferredLanguage || null,
      };
      const saved = person
        ? (await update({ variables: { input: { ...fields, id: person.id, version: person.version } } })).data?.updateContactPerson
        : (await add({ variables: { input: { ...fields, contactOrganisationId: contactId } } })).data?.addContactPerson;
      if (saved) onSaved(saved);
    },
    (error) => errorMessage(error as Error),
  );

  return (
    <FormStack formRef={formRef} onSubmit={submit} busy={busy} gap="md" testId="person-form">
      <FailureAlert failure={failure} />
      <TextInput label={t('people.name')} required autoComplete="off" {...bind('name')} data-autofocus />
      <TextInput label={t('people.role')} description={t('people.roleHint')} autoComplete="off" {...bind('roleTitle')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('people.phone')} type="tel" inputMode="tel" autoComplete="off" dir="ltr" {...bind('phone')} />
        <TextInput label={t('people.email')} type="email" inputMode="email" autoComplete="off" dir="ltr" {...bind('email')} />
      </SimpleGrid>
      <NativeSelect
        label={t('people.preferredLanguage')}
        {...bind('preferredLanguage')}
        data={withChoiceOf(t('form.choose'), languages.map((option) => ({ id: option.value, name: option.label })))}
      />
      <DialogActions onCancel={onCancel} confirmLabel={t('people.save')} busy={busy} confirmTestId="person-submit" />
    </FormStack>
  );
}
