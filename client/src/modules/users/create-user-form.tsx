import { useMutation } from '@apollo/client/react';
import { languageNames, languages, type Language } from '@cirkel/i18n';
import { Alert, Button, Group, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { fieldErrors } from '../../core/apollo/graphql-errors';
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

export function CreateUserForm({ defaultLanguage, onCreated, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [createUser, { loading }] = useMutation(createUserMutation, { refetchQueries: [usersQuery] });
  const formRef = useRef<HTMLFormElement>(null);

  /** Errors land on their fields; focus goes to the first, so keyboard and screen reader users hear it. */
  const showErrors = (found: Errors) => {
    setErrors(found);
    const first = fields.find((field) => found[field]);
    if (!first) return;
    const target = first === 'roles' ? 'input[type="checkbox"]' : `[name="${first}"]`;
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(target)?.focus());
  };

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
      const byField = fieldErrors(error);
      const known = Object.fromEntries(Object.entries(byField).filter(([field]) => fields.includes(field as Field)));
      showErrors(known);
      if (Object.keys(known).length === 0) setFormError(errorMessage(error as Error));
    }
  };

  const clearError = (field: Field) => setErrors((current) => ({ ...current, [field]: undefined }));

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate aria-busy={loading}>
      <Stack gap="md">
        {formError && (
          <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
            {formError}
          </Alert>
        )}
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
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={loading}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('users.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
