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
      create={onPropose && { label: t('propose.open'), onClick: onPropose }}
    />
  );
}
