import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { StatusPage } from '../../components/status-page';
import { NotFoundPage } from './not-found-page';

/**
 * When rendering or loading a page's code fails (for instance after a new release replaced the
 * old chunks), offer a reload rather than a blank screen.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (import.meta.env.DEV) console.error(error);
  return (
    <StatusPage title={t('routeError.title')} description={t('routeError.description')}>
      <Button onClick={() => window.location.reload()} mt="sm">
        {t('routeError.reload')}
      </Button>
    </StatusPage>
  );
}
