import type { Language } from '@cirkel/i18n';
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserListItemFragment } from '../../gql/graphql';
import { CreateUserForm } from './create-user-form';

interface CreateUserModalProps {
  opened: boolean;
  defaultLanguage: Language;
  onClose: () => void;
  onCreated: (user: UserListItemFragment) => void;
}

export function CreateUserModal({ opened, defaultLanguage, onClose, onCreated }: CreateUserModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('users.create.title')} centered size="lg">
      {/* Mounted only while open, so every new person starts from an empty form. */}
      {opened && <CreateUserForm defaultLanguage={defaultLanguage} onCreated={onCreated} onCancel={onClose} />}
    </Modal>
  );
}
