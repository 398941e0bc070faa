import { Button } from '@mantine/core';
import { Icon } from '../../components/icon';
import { ListEmptyState } from '../../components/list-empty-state';
import { useAgreementsTranslation } from './use-agreements-translation';

export function AgreementsEmptyState({ onPropose }: { onPropose?: () => void }) {
  const { t } = useAgreementsTranslation();
  return (
    <ListEmptyState
      testId="agreements-empty"
      icon="shield"
      title={t('list.emptyTitle')}
      description={t('list.emptyDescription')}
      action={
        onPropose && (
          <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={onPropose}>
            {t('propose.open')}
          </Button>
        )
      }
    />
  );
}
