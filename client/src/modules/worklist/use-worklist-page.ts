import type { ErrorLike, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';

export interface WorklistPage {
  loadingMore: boolean;
  /** The failure of the last "show more"; the items already shown stay. */
  error: ErrorLike | undefined;
  showMore: (after: string) => void;
}

/**
 * "Show more" for one list of the worklist: its own page query, so the other lists are neither
 * fetched again nor reset; the cache's relayStylePagination appends the page to the list shown.
 */
export function useWorklistPage<TData>(query: TypedDocumentNode<TData, { after: string }>): WorklistPage {
  const client = useApolloClient();
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<ErrorLike>();
  const showMore = useCallback(
    (after: string) => {
      setLoadingMore(true);
      setError(undefined);
      client
        .query({ query, variables: { after }, fetchPolicy: 'network-only' })
        .catch((failure: ErrorLike) => setError(failure))
        .finally(() => setLoadingMore(false));
    },
    [client, query],
  );
  return { loadingMore, error, showMore };
}

interface ListConnection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: ReadonlyArray<{ node: Node }>;
}

/** A list's nodes, its count of all (null while loading) and its paging, for a WorklistSection. */
export function listOf<Node>(connection: ListConnection<Node> | undefined, more: WorklistPage) {
  const items = connection?.edges.map((edge) => edge.node) ?? [];
  return {
    items,
    count: connection ? connection.totalCount : null,
    page: connection && { shown: items.length, endCursor: connection.pageInfo.endCursor, hasNextPage: connection.pageInfo.hasNextPage, more },
  };
}
