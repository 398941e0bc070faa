import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../components/dialog-actions';
import { FailureAlert } from '../../components/failure-alert';
import { FormDialog } from '../../components/form-dialog';
import { fieldErrors } from '../../core/errors/field-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { Role, UserListItemFragment } from '../../gql/graphql';
import { RoleCheckboxes } from './role-checkboxes';
import { updateUserRolesMutation } from './users-operations';
import { HintText } from '../../components/hint-text';
import { FormStack } from '../../components/form-stack';
import { useReadableNames } from '../../components/person-name';

interface EditRolesModalProps {
  user: UserListItemFragment | null;
  onClose: () => void;
  onSaved: (user: UserListItemFragment) => void;
}

export function EditRolesModal({ user, onClose, onSaved }: EditRolesModalProps) {
  const { t } = useTranslation();
  return (
    <FormDialog opened={user !== null} onClose={onClose} title={t('users.roles.title')} size="lg">
      {/* Keyed by person, so the form starts from their current roles each time. */}
      {user && <EditRolesForm key={user.id} user={user} onCancel={onClose} onSaved={onSaved} />}
    </FormDialog>
  );
}

function EditRolesForm({ user, onCancel, onSaved }: { user: UserListItemFragment; onCancel: () => void; onSaved: EditRolesModalProps['onSaved'] }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const names = useReadableNames();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [rolesError, setRolesError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [updateRoles, { loading }] = useMutation(updateUserRolesMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    if (roles.length === 0) {
      setRolesError(t('validation.roles'));
      return;
    }
    try {
      const { data } = await updateRoles({ variables: { input: { userId: user.id, roles } } });
      if (data) onSaved(data.updateUserRoles);
    } catch (error) {
      const byField = fieldErrors(error);
      if (byField.roles) setRolesError(byField.roles);
      else setFormError(errorMessage(error as Error));
    }
  };

  return (
    <FormStack onSubmit={submit} busy={loading} gap="md">
      <HintText>{t('users.roles.description', { name: names.text(user) })}</HintText>
      <FailureAlert failure={formError} />
      <RoleCheckboxes
        value={roles}
        onChange={(next) => {
          setRoles(next);
          setRolesError(undefined);
        }}
        error={rolesError}
      />
      <DialogActions onCancel={onCancel} confirmLabel={t('common.save')} busy={loading} />
    </FormStack>
  );
}
