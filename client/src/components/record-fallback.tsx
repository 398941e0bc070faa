import type { ErrorLike } from '@apollo/client';
import { Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorCode, hasErrorCode } from '../core/apollo/graphql-errors';
import { LoadFailedAlert } from './load-failed-alert';

interface RecordFallbackProps {
  /** The way back to the list, shown above a failure. */
  back: ReactNode;
  error: ErrorLike | undefined;
  loading: boolean;
  onRetry: () => unknown;
  /** Already translated: the record does not exist (or is not the reader's), it could not be loaded, it is loading. */
  texts: { notFound: string; loadFailed: string; loading: string };
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
export function RecordFallback({ back, error, loading, onRetry, texts, maw, cardHeights, testId }: RecordFallbackProps) {
  if (error) {
    const notFound = hasErrorCode(error, ErrorCode.NotFound) || hasErrorCode(error, ErrorCode.Forbidden);
    return (
      <Stack gap="lg" maw={960}>
        {back}
        <LoadFailedAlert
          color={notFound ? 'gray' : 'red'}
          title={notFound ? texts.notFound : texts.loadFailed}
          error={error}
          onRetry={notFound ? undefined : onRetry}
          testId={testId}
        />
      </Stack>
    );
  }
  return loading ? (
    <Stack gap="lg" maw={maw} role="status" aria-busy="true" aria-label={texts.loading}>
      <Skeleton h={28} w={240} />
      {cardHeights.map((height, index) => (
        <Skeleton key={index} h={height} radius="md" />
      ))}
    </Stack>
  ) : null;
}
