import { useTranslation } from 'react-i18next';
import { ListEmptyState } from '../../components/list-empty-state';

export function UsersEmptyState({ search, onCreate }: { search: string; onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <ListEmptyState
      testId="users-empty"
      icon="users"
      title={search ? t('users.empty.noMatchTitle') : t('users.empty.title')}
      description={search ? t('users.empty.noMatch', { search }) : t('users.empty.description')}
      create={!search && { label: t('users.create.open'), onClick: onCreate }}
    />
  );
}
