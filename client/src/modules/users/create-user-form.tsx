import { useMutation } from '@apollo/client/react';
import { languageNames, languages, type Language } from '@cirkel/i18n';
import { NativeSelect, PasswordInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../components/dialog-actions';
import { FailureAlert } from '../../components/failure-alert';
import { useFormFields } from '../../components/use-form-fields';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { Role, UserListItemFragment } from '../../gql/graphql';
import { RoleCheckboxes } from './role-checkboxes';
import { minimumPasswordLength } from './role-options';
import { createUserMutation, usersQuery } from './users-operations';
import { FormStack } from '../../components/form-stack';
import { NameSpellingInputs, namesInput } from './names-modal';

interface CreateUserFormProps {
  defaultLanguage: Language;
  onCreated: (user: UserListItemFragment) => void;
  onCancel: () => void;
}

type Field = 'email' | 'name' | 'nameLatin' | 'nameArabic' | 'roles' | 'language' | 'password';
type Errors = Partial<Record<Field, string>>;

// In the order the form shows them, so that focus goes to the topmost error.
const fields: readonly Field[] = ['name', 'nameLatin', 'nameArabic', 'email', 'roles', 'language', 'password'];
const checkboxesOf = (field: Field, form: HTMLFormElement) => (field === 'roles' ? form.querySelector<HTMLElement>('input[type="checkbox"]') : undefined);

export function CreateUserForm({ defaultLanguage, onCreated, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { formRef, values, set, bind, errors, failure, handleSubmit } = useFormFields(
    { name: '', nameLatin: '', nameArabic: '', email: '', roles: [] as Role[], language: defaultLanguage, password: '' },
    { order: fields, focusTarget: checkboxesOf },
  );
  const [createUser, { loading }] = useMutation(createUserMutation, { refetchQueries: [usersQuery] });

  const validate = (): Errors => {
    const found: Errors = {};
    const email = values.email.trim();
    if (!email) found.email = t('validation.required');
    else if (!/^[^\s@]+@[^\s@]+$/.test(email)) found.email = t('validation.email');
    if (!values.name.trim()) found.name = t('validation.required');
    if (values.roles.length === 0) found.roles = t('validation.roles');
    if (values.password.length < minimumPasswordLength) found.password = t('validation.passwordLength', { count: minimumPasswordLength });
    return found;
  };

  const submit = handleSubmit(
    validate,
    async () => {
      const { data } = await createUser({
        variables: { input: { ...values, email: values.email.trim(), ...namesInput(values) } },
      });
      if (data) onCreated(data.createUser);
    },
    (error) => errorMessage(error as Error),
  );

  return (
    <FormStack formRef={formRef} onSubmit={submit} busy={loading} gap="md">
      <FailureAlert failure={failure} />
      <TextInput label={t('users.form.name')} autoComplete="off" required dir="auto" {...bind('name')} data-autofocus />
      <NameSpellingInputs bind={bind} />
      <TextInput label={t('users.form.email')} type="email" dir="ltr" autoComplete="off" required {...bind('email')} />
      <RoleCheckboxes value={values.roles} onChange={(next) => set('roles', next)} error={errors.roles} />
      <NativeSelect label={t('users.form.language')} description={t('users.form.languageHint')} {...bind('language')}>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </NativeSelect>
      <PasswordInput
        label={t('users.form.password')}
        description={t('users.form.passwordHint', { count: minimumPasswordLength })}
        autoComplete="new-password"
        required
        {...bind('password')}
        aria-invalid={errors.password ? true : undefined}
        visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
      />
      <DialogActions onCancel={onCancel} confirmLabel={t('users.create.submit')} busy={loading} mt="xs" />
    </FormStack>
  );
}
