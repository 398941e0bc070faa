import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { UserListItemFragment } from '../../gql/graphql';
import { deactivateUserMutation, usersQuery } from './users-operations';

interface DeactivateUserModalProps {
  user: UserListItemFragment | null;
  onClose: () => void;
  onDeactivated: (user: UserListItemFragment) => void;
}

/** Asks before deactivating: the person can no longer sign in, and only the server can undo it. */
export function DeactivateUserModal({ user, onClose, onDeactivated }: DeactivateUserModalProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [deactivate, { loading }] = useMutation(deactivateUserMutation, { refetchQueries: [usersQuery] });

  const close = () => {
    setFailure(null);
    onClose();
  };

  const confirm = async () => {
    if (!user) return;
    setFailure(null);
    try {
      const { data } = await deactivate({ variables: { id: user.id } });
      if (data) onDeactivated(data.deactivateUser);
    } catch (error) {
      setFailure(errorMessage(error as Error));
    }
  };

  return (
    <Modal opened={user !== null} onClose={close} title={t('users.deactivate.title')} centered>
      <Stack gap="md">
        <Text>{user ? t('users.deactivate.question', { name: user.name }) : null}</Text>
        <Text size="sm" c="dimmed">
          {t('users.deactivate.consequence')}
        </Text>
        {failure && (
          <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={loading} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            {t('users.deactivate.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
