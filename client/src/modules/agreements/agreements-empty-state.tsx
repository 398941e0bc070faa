import { Button, EmptyState } from '@mantine/core';
import { Icon } from '../../components/icon';
import { useAgreementsTranslation } from './use-agreements-translation';

export function AgreementsEmptyState({ onPropose }: { onPropose?: () => void }) {
  const { t } = useAgreementsTranslation();
  return (
    <EmptyState
      data-testid="agreements-empty"
      py="xl"
      px="md"
      icon={<Icon name="shield" size={28} />}
      withIndicatorBackground
      title={t('list.emptyTitle')}
      description={t('list.emptyDescription')}
    >
      {onPropose && (
        <EmptyState.Actions>
          <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={onPropose}>
            {t('propose.open')}
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
