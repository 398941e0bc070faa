interface PageOptions<Node> {
  hasNextPage?: boolean;
  totalCount?: number;
  /** How many nodes came before this page: the first node's cursor is `cursor-${offset + 1}`. */
  offset?: number;
  /** A cursor of the test's own instead of `cursor-N`. */
  cursor?: (node: Node, index: number) => string;
}

/**
 * One page of a connection as the server answers it (`FooConnection` with `FooEdge`s), with the
 * end cursor of its last edge.
 */
export function connectionPage<Node extends object>(
  typename: `${string}Connection`,
  nodes: readonly Node[],
  { hasNextPage = false, totalCount = nodes.length, offset = 0, cursor = (_node, index) => `cursor-${offset + index + 1}` }: PageOptions<Node> = {},
) {
  const edges = nodes.map((node, index) => ({ __typename: typename.replace(/Connection$/, 'Edge'), cursor: cursor(node, index), node }));
  return {
    __typename: typename,
    totalCount,
    pageInfo: { __typename: 'PageInfo', endCursor: edges.at(-1)?.cursor ?? null, hasNextPage },
    edges,
  };
}
