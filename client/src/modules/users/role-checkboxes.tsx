import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { roleOptions } from './role-options';

interface RoleCheckboxesProps {
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string;
  disabled?: boolean;
}

/** Every role with a line on what it allows, so the choice is informed. */
export function RoleCheckboxes({ value, onChange, error, disabled }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('users.form.roles')}
      description={t('users.form.rolesHint')}
      value={value}
      onChange={(roles) => onChange(roles as Role[])}
      error={error}
      withAsterisk
    >
      <Stack gap="xs" mt="xs">
        {roleOptions.map((role) => (
          <Checkbox
            key={role}
            value={role}
            label={t(`roles.${role}`)}
            description={t(`roleDescriptions.${role}`)}
            disabled={disabled}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
