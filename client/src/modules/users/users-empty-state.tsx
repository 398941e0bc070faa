import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';

export function UsersEmptyState({ search, onCreate }: { search: string; onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      data-testid="users-empty"
      py="xl"
      px="md"
      icon={<Icon name="users" size={28} />}
      withIndicatorBackground
      title={search ? t('users.empty.noMatchTitle') : t('users.empty.title')}
      description={search ? t('users.empty.noMatch', { search }) : t('users.empty.description')}
    >
      {!search && (
        <EmptyState.Actions>
          <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={onCreate}>
            {t('users.create.open')}
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
