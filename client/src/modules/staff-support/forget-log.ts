import type { ApolloCache } from '@apollo/client';

/** Drops every cached page of the log, whatever its filter: the list is asked for again when next shown. */
export function forgetLog(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'staffConsultations' });
  cache.gc();
}
