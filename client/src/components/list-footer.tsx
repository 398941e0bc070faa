import { Alert, Button, Group } from '@mantine/core';
import { HintText } from './hint-text';

interface ListFooterProps {
  /** "Showing 20 of 57", already in the page's language. */
  summary: string;
  summaryTestId?: string;
  loadMoreLabel: string;
  hasNextPage: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** A failure to fetch the next page, already translated; the rows already shown stay. */
  error?: string | null;
}

/** Below a paged list: how much is shown, "load more" while there is more, and a failed page. */
export function ListFooter({ summary, summaryTestId, loadMoreLabel, hasNextPage, loadingMore, onLoadMore, error }: ListFooterProps) {
  return (
    <>
      <Group p="md" justify="space-between" gap="md">
        <HintText aria-live="polite" data-testid={summaryTestId}>{summary}</HintText>
        {hasNextPage && (
          <Button variant="default" onClick={onLoadMore} loading={loadingMore}>
            {loadMoreLabel}
          </Button>
        )}
      </Group>
      {error && (
        <Alert mx="md" mb="md" color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
    </>
  );
}
