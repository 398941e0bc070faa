import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../components/dialog-actions';
import { FailureAlert } from '../../components/failure-alert';
import { FormDialog } from '../../components/form-dialog';
import { FormStack } from '../../components/form-stack';
import { HintText } from '../../components/hint-text';
import { useFormFields, type FormFields } from '../../components/use-form-fields';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { UserListItemFragment } from '../../gql/graphql';
import { updateOrganisationNamesMutation, updateUserNamesMutation } from './users-operations';

// A name as written and its spellings in the other script (issue 11, point 4): each reader sees
// the one of their script, with the name as written beside it (components/person-name.tsx).

export interface NameValues {
  name: string;
  nameLatin: string;
  nameArabic: string;
}

type NameField = keyof NameValues;
const order: readonly NameField[] = ['name', 'nameLatin', 'nameArabic'];

export const emptyNames = (named: { name: string; nameLatin?: string | null; nameArabic?: string | null }): NameValues => ({
  name: named.name,
  nameLatin: named.nameLatin ?? '',
  nameArabic: named.nameArabic ?? '',
});

/** What the server takes: trimmed, a spelling left empty is none. */
export const namesInput = (values: NameValues) => ({
  name: values.name.trim(),
  nameLatin: values.nameLatin.trim() || null,
  nameArabic: values.nameArabic.trim() || null,
});

/** The spellings of a name in Latin and in Arabic script; typed in their own direction. */
export function NameSpellingInputs<Values extends NameValues>({ bind }: Pick<FormFields<Values>, 'bind'>) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('users.names.latin')} description={t('users.names.latinHint')} autoComplete="off" dir="ltr" lang="en" {...bind('nameLatin' as never)} />
      <TextInput label={t('users.names.arabic')} description={t('users.names.arabicHint')} autoComplete="off" dir="rtl" lang="ar" {...bind('nameArabic' as never)} />
    </>
  );
}

function NamesForm({ initial, label, onSave, onCancel, busy }: { initial: NameValues; label: string; onSave: (values: NameValues) => Promise<void>; onCancel: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { formRef, values, bind, failure, handleSubmit } = useFormFields(initial, { order });
  const submit = handleSubmit(
    () => (values.name.trim() ? {} : { name: t('validation.required') }),
    () => onSave(values),
    (error) => errorMessage(error as Error),
  );
  return (
    <FormStack formRef={formRef} onSubmit={submit} busy={busy} gap="md">
      <FailureAlert failure={failure} />
      <TextInput label={label} autoComplete="off" required dir="auto" {...bind('name')} data-autofocus />
      <NameSpellingInputs bind={bind} />
      <DialogActions onCancel={onCancel} confirmLabel={t('users.names.save')} busy={busy} mt="xs" />
    </FormStack>
  );
}

/** A coordinator changes a colleague's name and its spellings (never their own: the server says so). */
export function EditUserNamesModal({ user, onClose, onSaved }: { user: UserListItemFragment | null; onClose: () => void; onSaved: (user: UserListItemFragment) => void }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(updateUserNamesMutation);
  return (
    <FormDialog opened={user !== null} onClose={onClose} title={t('users.names.title')} size="lg">
      {user && (
        <NamesForm
          key={user.id}
          initial={emptyNames(user)}
          label={t('users.form.name')}
          busy={loading}
          onCancel={onClose}
          onSave={async (values) => {
            const { data } = await update({ variables: { input: { userId: user.id, ...namesInput(values) } } });
            if (data) onSaved(data.updateUserNames);
          }}
        />
      )}
    </FormDialog>
  );
}

/** A coordinator names their own organisation for readers of either script. */
export function OrganisationNamesModal({
  organisation,
  opened,
  onClose,
  onSaved,
}: {
  organisation: { name: string; nameLatin?: string | null; nameArabic?: string | null };
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(updateOrganisationNamesMutation);
  return (
    <FormDialog opened={opened} onClose={onClose} title={t('users.organisationNames.title')} size="lg">
      <HintText>{t('users.organisationNames.description')}</HintText>
      <NamesForm
        initial={emptyNames(organisation)}
        label={t('users.organisationNames.name')}
        busy={loading}
        onCancel={onClose}
        onSave={async (values) => {
          const { data } = await update({ variables: { input: namesInput(values) } });
          if (data) onSaved();
        }}
      />
    </FormDialog>
  );
}
