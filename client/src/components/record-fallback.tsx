import type { ErrorLike } from '@apollo/client';
import { Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCode, hasErrorCode } from '../core/apollo/graphql-errors';
import { LoadFailedAlert } from './load-failed-alert';

/** The modules whose record pages say these three sentences (`page.notFound`, `page.loadFailed`, `page.loading`). */
type RecordNamespace = 'outreach' | 'staffSupport' | 'supervision';

interface RecordFallbackProps {
  /** The way back to the list, shown above a failure. */
  back: ReactNode;
  /** The record's query as it stands. */
  query: { error?: ErrorLike; loading: boolean; refetch: () => unknown };
  /** The module's translation namespace. */
  namespace: RecordNamespace;
  /** The width of the page the record would fill, so that nothing jumps when it comes. */
  maw: number;
  /** Heights of the cards sketched below the title while loading. */
  cardHeights: readonly number[];
  testId?: string;
}

/**
 * What the page of one record shows while it has no record: its outline while loading, or why it
 * failed. A record that is not there reads the same as one the reader may not see (gray, no retry).
 */
export function RecordFallback({ back, query: { error, loading, refetch }, namespace, maw, cardHeights, testId }: RecordFallbackProps) {
  const { t } = useTranslation(namespace);
  if (error) {
    const notFound = hasErrorCode(error, ErrorCode.NotFound) || hasErrorCode(error, ErrorCode.Forbidden);
    return (
      <Stack gap="lg" maw={960}>
        {back}
        <LoadFailedAlert
          color={notFound ? 'gray' : 'red'}
          title={notFound ? t('page.notFound') : t('page.loadFailed')}
          error={error}
          onRetry={notFound ? undefined : refetch}
          testId={testId}
        />
      </Stack>
    );
  }
  return loading ? (
    <Stack gap="lg" maw={maw} role="status" aria-busy="true" aria-label={t('page.loading')}>
      <Skeleton h={28} w={240} />
      {cardHeights.map((height, index) => (
        <Skeleton key={index} h={height} radius="md" />
      ))}
    </Stack>
  ) : null;
}
