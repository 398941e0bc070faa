import type { ApolloClient } from '@apollo/client';

/**
 * Apollo Client without importing it: the login page is shown before Apollo's chunk (51 KB gzip)
 * arrives, so the shell holds only this handle. `load()` fetches and creates the client once;
 * the signed-in pages wait for it behind `ApolloBoundary`.
 */
export interface ApolloAccess {
  /** The client, once created. */
  current(): ApolloClient | null;
  /** The client, fetching its code and creating it the first time. */
  load(): Promise<ApolloClient>;
  /** True when the tree already has an ApolloProvider (the tests bring their own). */
  readonly provided: boolean;
}

/** A client created on first use from a dynamic import. */
export function lazyApollo(create: () => Promise<ApolloClient>): ApolloAccess {
  let client: ApolloClient | null = null;
  let pending: Promise<ApolloClient> | null = null;
  return {
    current: () => client,
    load() {
      pending ??= create().then(
        (created) => (client = created),
        (error: unknown) => {
          pending = null; // a failed download may be tried again
          throw error;
        },
      );
      return pending;
    },
    provided: false,
  };
}

/** A client that exists already, inside an ApolloProvider of the caller's (tests). */
export function givenApollo(client: ApolloClient): ApolloAccess {
  return { current: () => client, load: () => Promise.resolve(client), provided: true };
}
