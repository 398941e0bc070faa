/**
 * "Load more" for a connection the cache keeps no pagination policy for: the next page's edges
 * after the ones already shown, with the newest page info and total.
 */
export function appendPage<C extends { edges: readonly unknown[] }>(shown: C, next: C): C {
  return { ...next, edges: [...shown.edges, ...next.edges] };
}
