import type { Language } from '@cirkel/i18n';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/form-dialog';
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
    <FormDialog opened={opened} onClose={onClose} title={t('users.create.title')} size="lg">
      <CreateUserForm defaultLanguage={defaultLanguage} onCreated={onCreated} onCancel={onClose} />
    </FormDialog>
  );
}
