import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icon';
import { ListEmptyState } from '../../components/list-empty-state';

export function CasesEmptyState({ filtered, canCreate, onClear }: { filtered: boolean; canCreate: boolean; onClear: () => void }) {
  const { t } = useTranslation('cases');
  return (
    <ListEmptyState
      testId="cases-empty"
      icon="user"
      title={filtered ? t('list.empty.noMatchTitle') : t('list.empty.title')}
      description={filtered ? t('list.empty.noMatch') : t('list.empty.description')}
      action={
        filtered ? (
          <Button variant="light" onClick={onClear}>
            {t('filters.clear')}
          </Button>
        ) : (
          canCreate && (
            <Button component={Link} to="/cases/new" variant="light" leftSection={<Icon name="plus" size={16} />}>
              {t('list.newCase')}
            </Button>
          )
        )
      }
    />
  );
}
