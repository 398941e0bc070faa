import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { logoutMutation } from '../../core/auth/session-operations';
import { sessionUser, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { homeProfileQuery } from '../../modules/profile/profile-operations';

const person = sessionUser({ roles: ['COORDINATOR', 'CASEWORKER'] });
const profile = { request: { query: homeProfileQuery }, result: { data: { me: { ...person, createdAt: '2026-01-15T09:00:00.000Z' } } } };

describe('header', () => {
  it('names the person and their organisation, and links coordinators to the users page', async () => {
    renderApp({ path: '/', session: signedIn(person.roles), mocks: [profile] });

    // Exactly the name: the browser test compares the whole text.
    expect((await screen.findByTestId('user-name')).textContent).toBe(person.name);
    expect(screen.getByTestId('organisation-name').textContent).toBe(person.organisation.name);
    expect(screen.getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/users');
  });

  it('logs out on the server and starts the next person at the login page', async () => {
    let loggedOut = false;
    const { user, router, session } = renderApp({
      path: '/',
      session: signedIn(person.roles),
      mocks: [
        profile,
        {
          request: { query: logoutMutation },
          result: () => {
            loggedOut = true;
            return { data: { logout: true } };
          },
        },
      ],
    });

    await user.click(await screen.findByTestId('logout'));

    expect(await screen.findByTestId('login-email')).toBeInTheDocument();
    expect(loggedOut).toBe(true);
    expect(session.getState()).toEqual({ status: 'anonymous', reason: 'signed-out' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.state).toBeNull();
  });
});
