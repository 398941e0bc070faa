import type { ErrorLike } from '@apollo/client';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorCode, hasErrorCode } from '../core/apollo/graphql-errors';
import { BackLink } from './back-link';
import { ListLoading } from './list-loading';
import { LoadFailedAlert } from './load-failed-alert';
import { StatusPage } from './status-page';

/** The modules whose detail pages say `detail.notFoundTitle`, `detail.notFoundDescription`, `detail.back`, `detail.loadFailed`, `detail.loading`. */
type DetailNamespace = 'agreements' | 'contacts';

interface DetailFallbackProps {
  namespace: DetailNamespace;
  /** The list the back link leads to. */
  backTo: string;
  /** The record's query as it stands. */
  query: { error?: ErrorLike; loading: boolean; refetch: () => unknown };
  loadingTestId: string;
}

/**
 * A detail page without its record: a page of its own when the record is not there, otherwise the
 * way back with the failure (and a retry) or the loading rows.
 */
export function DetailFallback({ namespace, backTo, query: { error, loading, refetch }, loadingTestId }: DetailFallbackProps) {
  const { t } = useTranslation(namespace);
  const { t: common } = useTranslation();
  if (error && hasErrorCode(error, ErrorCode.NotFound)) {
    return <StatusPage title={t('detail.notFoundTitle')} description={t('detail.notFoundDescription')} homeLabel={common('common.backHome')} />;
  }
  return (
    <Stack gap="lg" maw={1080}>
      <BackLink to={backTo}>{t('detail.back')}</BackLink>
      {error ? (
        <LoadFailedAlert title={t('detail.loadFailed')} error={error} onRetry={refetch} />
      ) : (
        loading && <ListLoading label={t('detail.loading')} rows={4} height={52} testId={loadingTestId} />
      )}
    </Stack>
  );
}
