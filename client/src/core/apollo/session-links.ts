import { ApolloLink } from '@apollo/client/link';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, of, throwError } from 'rxjs';
import type { SessionStore } from '../auth/session-store';
import { ErrorCode, hasErrorCode } from './graphql-errors';

export interface SessionLinkOptions {
  session: SessionStore;
  /** The interface language, sent as Accept-Language so that server messages come back in it. */
  getLanguage: () => string;
}

/**
 * Adds Accept-Language and, when signed in, the bearer token to every request. It runs after
 * the refresh link, so a retried request picks up the renewed token.
 */
export function createRequestHeadersLink({ session, getLanguage }: SessionLinkOptions): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const token = session.accessToken;
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      sentAccessToken: token ?? undefined,
      headers: {
        ...headers,
        'accept-language': getLanguage(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    }));
    return forward(operation);
  });
}

/**
 * When a request that carried a token is answered UNAUTHENTICATED (the short-lived token ran
 * out), renews the session once and repeats the request. If renewing fails, the store signs out
 * (the route guard then shows the login page) and the original error goes to the caller.
 */
export function createSessionRefreshLink({ session }: Pick<SessionLinkOptions, 'session'>): ApolloLink {
  return new ErrorLink(({ error, result, operation, forward }) => {
    const { sentAccessToken, skipSessionRefresh } = operation.getContext();
    if (skipSessionRefresh || !sentAccessToken) return;
    if (!hasErrorCode(error, ErrorCode.Unauthenticated)) return;

    const current = session.accessToken;
    // Another request renewed the token while this one was on its way: just repeat it.
    const renewed = current && current !== sentAccessToken ? Promise.resolve(current) : session.refresh(operation.client);
    return from(renewed).pipe(
      mergeMap((token) => (token ? forward(operation) : result ? of(result) : throwError(() => error))),
    );
  });
}

/** Everything between Apollo Client and the transport, in order. */
export function createSessionLinks(options: SessionLinkOptions): ApolloLink {
  return ApolloLink.from([createSessionRefreshLink(options), createRequestHeadersLink(options)]);
}
