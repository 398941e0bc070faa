import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloLink } from '@apollo/client/link';
import { relayStylePagination } from '@apollo/client/utilities';
import { createSessionLinks, type SessionLinkOptions } from './session-links';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One list per filter; "load more" appends the next page to it.
          users: relayStylePagination(['includeInactive', 'search']),
          organisations: relayStylePagination(),
        },
      },
    },
  });
}

export interface CreateApolloClientOptions extends SessionLinkOptions {
  /** Same origin: the server serves this client at / and GraphQL at /graphql. */
  uri?: string;
  /** The transport after the session links; tests put a mock here. */
  terminatingLink?: ApolloLink;
}

export function createApolloClient({ uri = '/graphql', terminatingLink, ...session }: CreateApolloClientOptions): ApolloClient {
  // The refresh cookie is scoped to /graphql on this origin, so it travels with same-origin requests.
  const transport = terminatingLink ?? new HttpLink({ uri, credentials: 'same-origin' });
  return new ApolloClient({
    link: ApolloLink.from([createSessionLinks(session), transport]),
    cache: createCache(),
  });
}
