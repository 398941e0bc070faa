import { useTranslation } from 'react-i18next';
import { StatusPage } from '../../components/status-page';
import { useDocumentTitle } from '../../components/use-document-title';

export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.title'));
  return <StatusPage title={t('forbidden.title')} description={t('forbidden.description')} homeLabel={t('common.backHome')} />;
}
