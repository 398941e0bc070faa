import { useTranslation } from 'react-i18next';
import { ListEmptyState } from '../../components/list-empty-state';

export function CasesEmptyState({ filtered, canCreate, onClear }: { filtered: boolean; canCreate: boolean; onClear: () => void }) {
  const { t } = useTranslation('cases');
  return (
    <ListEmptyState
      testId="cases-empty"
      icon="user"
      title={t('list.empty.title')}
      description={t('list.empty.description')}
      noMatch={filtered && { title: t('list.empty.noMatchTitle'), description: t('list.empty.noMatch'), clearLabel: t('filters.clear'), onClear }}
      create={canCreate && { label: t('list.newCase'), to: '/cases/new' }}
    />
  );
}
