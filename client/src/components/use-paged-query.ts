import { NetworkStatus, type ErrorLike, type OperationVariables, type TypedDocumentNode, type WatchQueryFetchPolicy } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

/** A Relay connection as the queries select it (`totalCount`, `pageInfo`, `edges { node }`). */
export interface Connection<Node> {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  edges: readonly { node: Node }[];
}

export interface PagedQuery<Node> {
  /** Undefined until the first page arrives (and after a failed first page). */
  connection: Connection<Node> | undefined;
  items: Node[];
  loading: boolean;
  error: ErrorLike | undefined;
  loadingMore: boolean;
  /** Loading again from the first page (new variables, a refetch), not the next page. */
  refreshing: boolean;
  /** The next page, appended by the connection's type policy (core/apollo/create-apollo-client.ts). */
  loadMore: () => void;
  retry: () => Promise<unknown>;
}

/**
 * One page of a connection and "load more": `fetchMore` with the last cursor, which the cache's
 * `relayStylePagination` policy appends to the list shown; no page merging here.
 */
export function usePagedQuery<TData, TVariables extends OperationVariables, Node>(
  query: TypedDocumentNode<TData, TVariables>,
  connectionOf: (data: TData) => Connection<Node>,
  options: { variables: TVariables; fetchPolicy?: WatchQueryFetchPolicy },
): PagedQuery<Node> {
  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery(query as TypedDocumentNode<TData, OperationVariables>, {
    ...options,
    notifyOnNetworkStatusChange: true,
  });
  const connection = data ? connectionOf(data as TData) : undefined;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  return {
    connection,
    items: connection?.edges.map((edge) => edge.node) ?? [],
    loading,
    error,
    loadingMore,
    refreshing: loading && !loadingMore,
    loadMore: () => {
      const after = connection?.pageInfo.endCursor;
      if (after) void fetchMore({ variables: { after } }).catch(() => undefined);
    },
    retry: () => refetch(),
  };
}
