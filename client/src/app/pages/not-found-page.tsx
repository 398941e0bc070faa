import { useTranslation } from 'react-i18next';
import { StatusPage } from '../../components/status-page';
import { useDocumentTitle } from '../../components/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return <StatusPage title={t('notFound.title')} description={t('notFound.description')} homeLabel={t('common.backHome')} />;
}
