import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loginMutation } from '../../core/auth/session-operations';
import { graphQLError, noSessionToRestore, signedIn } from '../../../test/fixtures';
import { homeProfileQuery } from '../../modules/profile/profile-operations';
import { renderApp } from '../../../test/render-app';
import { usersQuery } from '../../modules/users/users-operations';

describe('route guard', () => {
  it('sends someone who is not signed in to /login', async () => {
    const { router } = renderApp({ path: '/users?search=amra', mocks: [noSessionToRestore] });

    expect(await screen.findByTestId('login-email')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByTestId('logout')).not.toBeInTheDocument();
  });

  it('brings them back to where they were after signing in', async () => {
    const coordinator = signedIn(['COORDINATOR']);
    if (coordinator.status !== 'authenticated') throw new Error('fixture');
    const { user, router } = renderApp({
      path: '/users',
      mocks: [
        noSessionToRestore,
        {
          request: { query: loginMutation, variables: { input: { email: 'c@example.org', password: 'a long enough password' } } },
          result: {
            data: {
              login: {
                __typename: 'AuthPayload',
                accessToken: 'fresh',
                accessTokenExpiresAt: coordinator.accessTokenExpiresAt,
                user: coordinator.user,
              },
            },
          },
        },
        {
          request: { query: usersQuery, variables: { first: 20, includeInactive: false, search: null } },
          result: {
            data: {
              users: { __typename: 'UserConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, edges: [] },
            },
          },
        },
      ],
    });

    await user.type(await screen.findByTestId('login-email'), 'c@example.org');
    await user.type(screen.getByTestId('login-password'), 'a long enough password');
    await user.click(screen.getByTestId('login-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/users'));
    expect(await screen.findByRole('heading', { name: 'Users', level: 1 })).toBeInTheDocument();
  });

  it('shows the users page only to coordinators, and its link only to them', async () => {
    const { router } = renderApp({ path: '/users', session: signedIn(['CASEWORKER']) });

    expect(await screen.findByRole('heading', { name: 'Not available to you' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/users');
    expect(screen.queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Home' })).toBeInTheDocument();
  });

  it('goes to /login, saying why, when the session runs out and cannot be renewed', async () => {
    const { router, session } = renderApp({
      path: '/?tab=1',
      session: signedIn(['CASEWORKER']),
      mocks: [
        { request: { query: homeProfileQuery }, result: graphQLError('Your session has expired.', 'UNAUTHENTICATED') },
        noSessionToRestore,
      ],
    });

    expect(await screen.findByText('Your session has ended. Sign in again to continue where you were.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.state).toEqual({ from: '/?tab=1' });
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'expired' });
  });
});
