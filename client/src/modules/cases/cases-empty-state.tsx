import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icon';

export function CasesEmptyState({ filtered, canCreate, onClear }: { filtered: boolean; canCreate: boolean; onClear: () => void }) {
  const { t } = useTranslation('cases');
  return (
    <EmptyState
      data-testid="cases-empty"
      py="xl"
      px="md"
      icon={<Icon name="user" size={28} />}
      withIndicatorBackground
      title={filtered ? t('list.empty.noMatchTitle') : t('list.empty.title')}
      description={filtered ? t('list.empty.noMatch') : t('list.empty.description')}
    >
      <EmptyState.Actions>
        {filtered ? (
          <Button variant="light" onClick={onClear}>
            {t('filters.clear')}
          </Button>
        ) : (
          canCreate && (
            <Button component={Link} to="/cases/new" variant="light" leftSection={<Icon name="plus" size={16} />}>
              {t('list.newCase')}
            </Button>
          )
        )}
      </EmptyState.Actions>
    </EmptyState>
  );
}
