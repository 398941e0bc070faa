import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { useErrorMessage } from '../core/errors/use-error-message';
import { ListFooter } from './list-footer';
import { ListLoading } from './list-loading';
import { LoadFailedAlert } from './load-failed-alert';
import type { PagedQuery } from './use-paged-query';

interface PagedListProps<Node> {
  list: PagedQuery<Node>;
  /** Above the rows: filters, a search field. */
  controls?: ReactNode;
  loadFailedTitle: string;
  /** Placeholder rows while the first page is on its way: the standard ones (ListLoading) named by their label, or the page's own. */
  loading: string | { view: ReactNode };
  /** What an empty list means here. */
  emptyView: ReactNode;
  /** "Showing 20 of 57", in the page's words. */
  summary: (shown: number, total: number) => string;
  loadMoreLabel: string;
  summaryTestId?: string;
  /** Whether a failed next page is said under the rows (the rows already shown stay either way). */
  showPageError?: boolean;
  /** While the list loads again from the start: placeholders instead of an empty list, and the rows marked busy. */
  busyWhileRefreshing?: boolean;
  /** The rows, usually a table. */
  children: (items: Node[]) => ReactNode;
}

/** The body of a list page: its controls, then the first page's failure, placeholders, emptiness or rows with "load more". */
export function PagedList<Node>({
  list,
  controls,
  loadFailedTitle,
  loading,
  emptyView,
  summary,
  loadMoreLabel,
  summaryTestId,
  showPageError = true,
  busyWhileRefreshing = false,
  children,
}: PagedListProps<Node>) {
  const errorMessage = useErrorMessage();
  const { connection, items, error } = list;
  const waiting = !connection || (busyWhileRefreshing && list.refreshing && items.length === 0);
  const rows = connection && (
    <>
      {children(items)}
      <ListFooter
        summary={summary(items.length, connection.totalCount)}
        summaryTestId={summaryTestId}
        loadMoreLabel={loadMoreLabel}
        hasNextPage={connection.pageInfo.hasNextPage}
        loadingMore={list.loadingMore}
        onLoadMore={list.loadMore}
        error={showPageError && error ? errorMessage(error) : null}
      />
    </>
  );
  return (
    <Paper withBorder radius="md" p={0}>
      {controls}
      {error && !connection ? (
        <LoadFailedAlert m="md" title={loadFailedTitle} error={error} onRetry={list.retry} />
      ) : waiting ? (
        list.loading && (typeof loading === 'string' ? <ListLoading label={loading} /> : loading.view)
      ) : items.length === 0 ? (
        emptyView
      ) : busyWhileRefreshing ? (
        <div aria-busy={list.refreshing}>{rows}</div>
      ) : (
        rows
      )}
    </Paper>
  );
}
