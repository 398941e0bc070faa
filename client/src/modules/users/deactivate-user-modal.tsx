import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { UserListItemFragment } from '../../gql/graphql';
import { deactivateUserMutation, usersQuery } from './users-operations';
import { HintText } from '../../components/hint-text';
import { useReadableNames } from '../../components/person-name';

interface DeactivateUserModalProps {
  user: UserListItemFragment | null;
  onClose: () => void;
  onDeactivated: (user: UserListItemFragment) => void;
}

/** Asks before deactivating: the person can no longer sign in, and only the server can undo it. */
export function DeactivateUserModal({ user, onClose, onDeactivated }: DeactivateUserModalProps) {
  const { t } = useTranslation();
  const names = useReadableNames();
  const [deactivate] = useMutation(deactivateUserMutation, { refetchQueries: [usersQuery] });
  return (
    <ConfirmDialog
      opened={user !== null}
      onClose={onClose}
      title={t('users.deactivate.title')}
      confirmLabel={t('users.deactivate.confirm')}
      danger
      onConfirm={async () => {
        if (!user) return;
        const { data } = await deactivate({ variables: { id: user.id } });
        if (data) onDeactivated(data.deactivateUser);
      }}
    >
      <Text>{user ? t('users.deactivate.question', { name: names.text(user) }) : null}</Text>
      <HintText>{t('users.deactivate.consequence')}</HintText>
    </ConfirmDialog>
  );
}
