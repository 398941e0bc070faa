import { ApolloLink } from '@apollo/client/link';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { sessionUser, signedIn } from '../../../test/fixtures';
import { homeProfileQuery } from '../../modules/profile/profile-operations';
import { usersQuery } from '../../modules/users/users-operations';
import { SessionStore } from '../auth/session-store';
import { createApolloClient } from './create-apollo-client';

interface SeenRequest {
  operationName: string | undefined;
  headers: Record<string, string>;
}

const me = { ...sessionUser(), createdAt: '2026-01-15T09:00:00.000Z' };
const users = {
  users: { __typename: 'UserConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, edges: [] },
};
const unauthenticated = { errors: [{ message: 'Signed out.', extensions: { code: 'UNAUTHENTICATED' } }], data: null };

/** A fake server: accepts only `validToken`; refreshSession answers with `refreshTo` (or fails). */
function fakeServer({ validToken, refreshTo }: { validToken: string; refreshTo: string | null }) {
  const seen: SeenRequest[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const headers = { ...(operation.getContext().headers as Record<string, string>) };
        seen.push({ operationName: operation.operationName, headers });
        let result: ApolloLink.Result;
        if (operation.operationName === 'RefreshSession') {
          result = refreshTo
            ? {
                data: {
                  refreshSession: {
                    __typename: 'AuthPayload',
                    accessToken: refreshTo,
                    accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
                    user: sessionUser(),
                  },
                },
              }
            : unauthenticated;
        } else if (headers.authorization !== `Bearer ${validToken}`) {
          result = unauthenticated;
        } else {
          result = { data: operation.operationName === 'Users' ? users : { me } };
        }
        // Answer on a later tick, so that concurrent requests really overlap.
        const timer = setTimeout(() => {
          observer.next(result);
          observer.complete();
        }, 5);
        return () => clearTimeout(timer);
      }),
  );
  return { link, seen };
}

const usersVariables = { first: 20, includeInactive: false, search: null };

describe('session links', () => {
  it('sends the interface language and the bearer token', async () => {
    const session = new SessionStore(signedIn());
    const server = fakeServer({ validToken: 'token-1', refreshTo: null });
    const client = createApolloClient({ session, getLanguage: () => 'bs', terminatingLink: server.link });

    await client.query({ query: homeProfileQuery });

    expect(server.seen[0]?.headers).toMatchObject({ 'accept-language': 'bs', authorization: 'Bearer token-1' });
  });

  it('renews an expired token once for concurrent requests and repeats them with the new one', async () => {
    const session = new SessionStore(signedIn());
    const server = fakeServer({ validToken: 'token-2', refreshTo: 'token-2' });
    const client = createApolloClient({ session, getLanguage: () => 'sv', terminatingLink: server.link });

    const [profile, list] = await Promise.all([
      client.query({ query: homeProfileQuery }),
      client.query({ query: usersQuery, variables: usersVariables }),
    ]);

    expect(profile.data?.me.name).toBe(me.name);
    expect(list.data?.users.totalCount).toBe(0);
    expect(server.seen.filter((request) => request.operationName === 'RefreshSession')).toHaveLength(1);
    const retried = server.seen.filter((request) => request.operationName !== 'RefreshSession').slice(2);
    expect(retried.map((request) => request.headers.authorization)).toEqual(['Bearer token-2', 'Bearer token-2']);
    expect(session.accessToken).toBe('token-2');
  });

  it('signs out when the session cannot be renewed, and reports the original error', async () => {
    const session = new SessionStore(signedIn());
    const server = fakeServer({ validToken: 'never', refreshTo: null });
    const client = createApolloClient({ session, getLanguage: () => 'en', terminatingLink: server.link });

    const failure = await client.query({ query: homeProfileQuery }).then(
      () => null,
      (error: unknown) => error,
    );

    expect(CombinedGraphQLErrors.is(failure)).toBe(true);
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'expired' });
    expect(server.seen.filter((request) => request.operationName === 'RefreshSession')).toHaveLength(1);
  });

  it('does not try to renew a session for a request that carried no token', async () => {
    const session = new SessionStore({ status: 'anonymous', reason: 'none' });
    const server = fakeServer({ validToken: 'token-1', refreshTo: 'token-1' });
    const client = createApolloClient({ session, getLanguage: () => 'en', terminatingLink: server.link });

    await expect(client.query({ query: homeProfileQuery })).rejects.toThrow('Signed out.');

    expect(server.seen.map((request) => request.operationName)).toEqual(['HomeProfile']);
    expect(server.seen[0]?.headers.authorization).toBeUndefined();
  });
});
