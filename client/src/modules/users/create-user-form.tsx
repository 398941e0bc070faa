import { useMutation } from '@apollo/client/react';
import { languageNames, languages, type Language } from '@cirkel/i18n';
import { NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../components/dialog-actions';
import { FailureAlert } from '../../components/failure-alert';
import { useFieldErrors } from '../../components/use-field-errors';
import { fieldErrors } from '../../core/errors/field-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { Role, UserListItemFragment } from '../../gql/graphql';
import { RoleCheckboxes } from './role-checkboxes';
import { minimumPasswordLength } from './role-options';
import { createUserMutation, usersQuery } from './users-operations';

interface CreateUserFormProps {
  defaultLanguage: Language;
  onCreated: (user: UserListItemFragment) => void;
  onCancel: () => void;
}

type Field = 'email' | 'name' | 'roles' | 'language' | 'password';
type Errors = Partial<Record<Field, string>>;

// In the order the form shows them, so that focus goes to the topmost error.
const fields: readonly Field[] = ['name', 'email', 'roles', 'language', 'password'];
const checkboxesOf = (field: Field, form: HTMLFormElement) => (field === 'roles' ? form.querySelector<HTMLElement>('input[type="checkbox"]') : undefined);

export function CreateUserForm({ defaultLanguage, onCreated, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [password, setPassword] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [createUser, { loading }] = useMutation(createUserMutation, { refetchQueries: [usersQuery] });
  const { formRef, errors, show: showErrors, clear: clearError, showRefused } = useFieldErrors({ order: fields, focusTarget: checkboxesOf });

  const validate = (): Errors => {
    const found: Errors = {};
    if (!email.trim()) found.email = t('validation.required');
    else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) found.email = t('validation.email');
    if (!name.trim()) found.name = t('validation.required');
    if (roles.length === 0) found.roles = t('validation.roles');
    if (password.length < minimumPasswordLength) found.password = t('validation.passwordLength', { count: minimumPasswordLength });
    return found;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found = validate();
    showErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const { data } = await createUser({
        variables: { input: { email: email.trim(), name: name.trim(), roles, language, password } },
      });
      if (data) onCreated(data.createUser);
    } catch (error) {
      // The server names the input field it refuses; put its (translated) sentence there.
      if (showRefused(fieldErrors(error)) === 0) setFormError(errorMessage(error as Error));
    }
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate aria-busy={loading}>
      <Stack gap="md">
        <FailureAlert failure={formError} />
        <TextInput
          label={t('users.form.name')}
          name="name"
          autoComplete="off"
          required
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            clearError('name');
          }}
          error={errors.name}
          data-autofocus
        />
        <TextInput
          label={t('users.form.email')}
          name="email"
          type="email"
          dir="ltr"
          autoComplete="off"
          required
          value={email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            clearError('email');
          }}
          error={errors.email}
        />
        <RoleCheckboxes
          value={roles}
          onChange={(next) => {
            setRoles(next);
            clearError('roles');
          }}
          error={errors.roles}
        />
        <NativeSelect
          label={t('users.form.language')}
          description={t('users.form.languageHint')}
          name="language"
          value={language}
          onChange={(event) => {
            setLanguage(event.currentTarget.value as Language);
            clearError('language');
          }}
          error={errors.language}
        >
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageNames[code]}
            </option>
          ))}
        </NativeSelect>
        <PasswordInput
          label={t('users.form.password')}
          description={t('users.form.passwordHint', { count: minimumPasswordLength })}
          name="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            clearError('password');
          }}
          error={errors.password}
          aria-invalid={errors.password ? true : undefined}
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        <DialogActions onCancel={onCancel} confirmLabel={t('users.create.submit')} busy={loading} mt="xs" />
      </Stack>
    </form>
  );
}
