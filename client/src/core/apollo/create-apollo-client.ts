import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloLink } from '@apollo/client/link';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createLiveLink, type LiveLinkOptions } from './live-link';
import { createSessionLinks, type SessionLinkOptions } from './session-links';

/**
 * Every connection field is paged the Relay way: "load more" (`fetchMore` with `after`) appends the
 * next page to the list already in the cache, and a fetch without `after` starts the list again.
 * The key arguments keep one list per filter and order; `first` and `after` are left out of the key
 * so that every page lands in the same list.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          agreements: relayStylePagination(),
          cases: relayStylePagination(['filter', 'orderBy']),
          contactOrganisations: relayStylePagination(['filter']),
          incomingReferrals: relayStylePagination(['status']),
          notifications: relayStylePagination(['unreadOnly']),
          organisations: relayStylePagination(),
          outreachActivities: relayStylePagination(['filter']),
          referralInbox: relayStylePagination(),
          staffConsultations: relayStylePagination(['filter']),
          supervisionSessions: relayStylePagination(),
          users: relayStylePagination(['includeInactive', 'search']),
        },
      },
      ReferralCase: {
        fields: {
          auditTrail: relayStylePagination(),
        },
      },
      // The worklist has no id: its lists, fetched together or one page at a time, merge into one.
      Worklist: {
        merge: true,
        fields: {
          casesNeedingAction: relayStylePagination(),
          referralsAwaitingAnswer: relayStylePagination(),
          overdueFollowUps: relayStylePagination(),
          supervisionActionsDue: relayStylePagination(),
          outreachFollowUpsDue: relayStylePagination(),
        },
      },
    },
  });
}

export interface CreateApolloClientOptions extends SessionLinkOptions {
  /** Same origin: the server serves this client at / and GraphQL at /graphql. */
  uri?: string;
  /** The transport after the session links; tests put a mock here (it then answers subscriptions too). */
  terminatingLink?: ApolloLink;
  /**
   * Subscriptions over a WebSocket (graphql-ws); on by default in the browser. Tests pass a fake
   * WebSocket here, or nothing to leave subscriptions to `terminatingLink`.
   */
  live?: Omit<LiveLinkOptions, 'session'>;
}

const isSubscription = (operation: ApolloLink.Operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION;

export function createApolloClient({ uri = '/graphql', terminatingLink, live, ...session }: CreateApolloClientOptions): ApolloClient {
  // The refresh cookie is scoped to /graphql on this origin, so it travels with same-origin requests.
  const transport = terminatingLink ?? new HttpLink({ uri, credentials: 'same-origin' });
  const requests = ApolloLink.from([createSessionLinks(session), transport]);
  const liveOptions = live ?? (terminatingLink ? undefined : {});
  const link = liveOptions ? ApolloLink.split(isSubscription, createLiveLink({ ...liveOptions, session: session.session }).link, requests) : requests;
  return new ApolloClient({ link, cache: createCache() });
}
