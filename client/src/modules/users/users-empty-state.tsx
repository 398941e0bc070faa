import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { ListEmptyState } from '../../components/list-empty-state';

export function UsersEmptyState({ search, onCreate }: { search: string; onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <ListEmptyState
      testId="users-empty"
      icon="users"
      title={search ? t('users.empty.noMatchTitle') : t('users.empty.title')}
      description={search ? t('users.empty.noMatch', { search }) : t('users.empty.description')}
      action={
        !search && (
          <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={onCreate}>
            {t('users.create.open')}
          </Button>
        )
      }
    />
  );
}
