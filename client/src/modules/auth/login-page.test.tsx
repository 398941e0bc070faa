import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loginMutation } from '../../core/auth/session-operations';
import { graphQLError, noSessionToRestore, sessionUser } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { homeProfileQuery } from '../profile/profile-operations';

const credentials = { email: 'amra@stockholm.example', password: 'correct horse battery staple' };

async function fillIn(user: ReturnType<typeof renderApp>['user'], password = credentials.password) {
  await user.type(await screen.findByTestId('login-email'), credentials.email);
  await user.type(screen.getByTestId('login-password'), password);
  await user.click(screen.getByTestId('login-submit'));
}

describe('login page', () => {
  it('names the product once in the tab title, in every language', async () => {
    for (const [language, title] of [
      ['sv', 'Logga in i Cirkel'],
      ['ar', 'تسجيل الدخول إلى Cirkel'],
    ] as const) {
      window.localStorage.setItem('cirkel.language', language);
      const { unmount } = renderApp({ path: '/login', mocks: [noSessionToRestore] });
      await screen.findByTestId('login-email');
      await waitFor(() => expect(document.title).toBe(title));
      unmount();
    }
    window.localStorage.removeItem('cirkel.language');
  });

  it("shows the server's translated message when the credentials are wrong", async () => {
    const serverMessage = 'Fel e-postadress eller lösenord.';
    const { user, router } = renderApp({
      path: '/login',
      mocks: [
        noSessionToRestore,
        {
          request: { query: loginMutation, variables: { input: { email: credentials.email, password: 'wrong password' } } },
          result: graphQLError(serverMessage, 'INVALID_CREDENTIALS'),
        },
      ],
    });

    await fillIn(user, 'wrong password');

    const error = await screen.findByTestId('login-error');
    expect(error).toHaveTextContent(serverMessage);
    expect(error).toHaveRole('alert');
    expect(router.state.location.pathname).toBe('/login');
  });

  it('says in the interface language that the server could not be reached', async () => {
    window.localStorage.setItem('cirkel.language', 'bs');
    const { user } = renderApp({
      path: '/login',
      mocks: [
        noSessionToRestore,
        {
          request: { query: loginMutation, variables: { input: credentials } },
          error: new TypeError('Failed to fetch'),
        },
      ],
    });

    await fillIn(user);

    const error = await screen.findByTestId('login-error');
    expect(error).toHaveTextContent('Cirkel nije dostupan. Provjerite internetsku vezu i pokušajte ponovo.');
    expect(error).not.toHaveTextContent('Failed to fetch');
  });

  it('marks the submit button busy while signing in, then goes home', async () => {
    const person = sessionUser();
    const { user, router } = renderApp({
      path: '/login',
      mocks: [
        noSessionToRestore,
        {
          request: { query: loginMutation, variables: { input: credentials } },
          delay: 50,
          result: {
            data: {
              login: {
                __typename: 'AuthPayload',
                accessToken: 'token-after-login',
                accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
                user: person,
              },
            },
          },
        },
        { request: { query: homeProfileQuery }, result: { data: { me: { ...person, createdAt: '2026-01-15T09:00:00.000Z' } } } },
      ],
    });

    await fillIn(user);
    await waitFor(() => expect(screen.getByTestId('login-submit')).toHaveAttribute('data-loading', 'true'));

    expect(await screen.findByTestId('user-name')).toHaveTextContent(person.name);
    expect(screen.getByTestId('organisation-name')).toHaveTextContent(person.organisation.name);
    expect(router.state.location.pathname).toBe('/');
  });

  it('asks for both fields before calling the server', async () => {
    const { user } = renderApp({ path: '/login', mocks: [noSessionToRestore] });
    await user.click(await screen.findByTestId('login-submit'));
    expect(screen.getByTestId('login-email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('login-password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('login-error')).not.toBeInTheDocument();
  });
});
