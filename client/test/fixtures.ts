import type { MockLink } from '@apollo/client/testing';
import { refreshSessionMutation } from '../src/core/auth/session-operations';
import type { SessionState, SessionUser } from '../src/core/auth/session-store';
import type { Role } from '../src/gql/graphql';

export const sessionUser = fixture<SessionUser>({
  __typename: 'User',
  id: 'user-1',
  name: 'Amra Hodžić',
  nameLatin: null,
  nameArabic: null,
  email: 'amra@stockholm.example',
  roles: ['CASEWORKER'],
  language: 'en',
  active: true,
  mustChangePassword: false,
  organisation: {
    __typename: 'Organisation',
    id: 'org-sto',
    name: 'Stockholms stad, Frivillig återvandring',
    nameLatin: null,
    nameArabic: null,
    kind: 'CITY',
    country: 'SE',
    timeZone: 'Europe/Stockholm',
    defaultLanguage: 'sv',
  },
});

export function signedIn(roles: Role[] = ['CASEWORKER'], overrides: Partial<SessionUser> = {}): SessionState {
  return {
    status: 'authenticated',
    accessToken: 'token-1',
    accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
    user: sessionUser({ roles, ...overrides }),
  };
}

export function graphQLError(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }], data: null };
}

/** The refresh cookie is missing or revoked: the app starts signed out. */
export const noSessionToRestore: MockLink.MockedResponse = {
  request: { query: refreshSessionMutation },
  result: graphQLError('Not signed in.', 'UNAUTHENTICATED'),
};

/** The refresh cookie restores a session for this person. */
export function sessionToRestore(user: SessionUser, accessToken = 'restored-token'): MockLink.MockedResponse {
  return {
    request: { query: refreshSessionMutation },
    result: {
      data: {
        refreshSession: {
          __typename: 'AuthPayload',
          accessToken,
          accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
          user,
        },
      },
    },
  };
}

/**
 * A maker of test objects shaped like the server's answers: the defaults, with what the test
 * overrides on top.
 */
export function fixture<T extends object>(defaults: T): (overrides?: Partial<T>) => T {
  return (overrides = {}) => ({ ...defaults, ...overrides });
}

/** A staff member as a record names them (`StaffRef`), their name written in one script only. */
export function staffMember(id: string, name: string) {
  return { __typename: 'StaffMember' as const, nameLatin: null, nameArabic: null, id, name };
}
