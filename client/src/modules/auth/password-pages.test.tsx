import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionMeQuery } from '../../core/auth/session-operations';
import { graphQLError, noSessionToRestore, sessionUser, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import {
  passwordResetByEmailAvailableQuery,
  requestPasswordResetMutation,
  resetPasswordMutation,
  setMyFirstPasswordMutation,
} from './account-operations';

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';
const available = (value: boolean) => ({ request: { query: passwordResetByEmailAvailableQuery }, result: { data: { passwordResetByEmailAvailable: value } } });

describe('reset page (from a reset link)', () => {
  it('reads the token from the fragment, takes it out of the address, and sets the new password with it', async () => {
    const { user, router } = renderApp({
      path: `/reset-password#token=${TOKEN}`,
      mocks: [
        noSessionToRestore,
        { request: { query: resetPasswordMutation, variables: { input: { token: TOKEN, newPassword: 'granite lantern orchard' } } }, result: { data: { resetPassword: true } } },
      ],
    });
    await screen.findByTestId('reset-password-form');
    await waitFor(() => expect(router.state.location.hash).toBe(''));
    expect(router.state.location.pathname).toBe('/reset-password');

    await user.type(screen.getByTestId('new-password'), 'granite lantern orchard');
    await user.type(screen.getByTestId('new-password-confirmation'), 'granite lantern orcharx');
    await user.click(screen.getByTestId('reset-submit'));
    expect(await screen.findByText('The two passwords are not the same.')).toBeInTheDocument();

    await user.clear(screen.getByTestId('new-password-confirmation'));
    await user.type(screen.getByTestId('new-password-confirmation'), 'granite lantern orchard');
    await user.click(screen.getByTestId('reset-submit'));
    expect(await screen.findByTestId('reset-done')).toHaveTextContent('Log in with the new password');
  });

  it('says so when the link is used up or expired, and offers a new one', async () => {
    const { user } = renderApp({
      path: `/reset-password#token=${TOKEN}`,
      mocks: [
        noSessionToRestore,
        {
          request: { query: resetPasswordMutation, variables: { input: { token: TOKEN, newPassword: 'granite lantern orchard' } } },
          result: graphQLError('This password reset link has expired or has already been used. Ask for a new one.', 'RESET_LINK_INVALID'),
        },
      ],
    });
    await user.type(await screen.findByTestId('new-password'), 'granite lantern orchard');
    await user.type(screen.getByTestId('new-password-confirmation'), 'granite lantern orchard');
    await user.click(screen.getByTestId('reset-submit'));
    expect(await screen.findByTestId('reset-link-invalid')).toHaveTextContent('has expired or has already been used');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('without a token, says the link is incomplete', async () => {
    renderApp({ path: '/reset-password', mocks: [noSessionToRestore] });
    expect(await screen.findByTestId('reset-link-invalid')).toHaveTextContent('This link is incomplete');
  });

  it('lets the keyboard reach the reveal buttons', async () => {
    const { user } = renderApp({ path: `/reset-password#token=${TOKEN}`, mocks: [noSessionToRestore] });
    await user.click(await screen.findByTestId('new-password'));
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Show password');
  });
});

describe('forgot password', () => {
  it('is linked from the login page, and answers the same whether or not the address is known', async () => {
    const { user, router } = renderApp({
      path: '/login',
      mocks: [
        noSessionToRestore,
        available(true),
        { request: { query: requestPasswordResetMutation, variables: { input: { email: 'amra@stockholm.example' } } }, result: { data: { requestPasswordReset: true } } },
      ],
    });
    await user.click(await screen.findByTestId('forgot-password-link'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/forgot-password'));
    await user.type(await screen.findByTestId('forgot-email'), 'amra@stockholm.example');
    await user.click(screen.getByTestId('forgot-submit'));
    expect(await screen.findByTestId('reset-requested')).toHaveTextContent('If the address belongs to an account');
  });

  it('explains whom to ask when this portal sends no e-mail', async () => {
    renderApp({ path: '/forgot-password', mocks: [noSessionToRestore, available(false)] });
    expect(await screen.findByTestId('email-reset-disabled')).toHaveTextContent("Ask your organisation's coordinator");
    expect(screen.queryByTestId('forgot-email')).not.toBeInTheDocument();
  });
});

describe('first login with a temporary password', () => {
  it('goes to choosing a password before anything else, then home', async () => {
    const person = sessionUser({ mustChangePassword: true });
    const { user, router } = renderApp({
      path: '/cases',
      session: signedIn(['CASEWORKER'], { mustChangePassword: true }),
      mocks: [
        { request: { query: setMyFirstPasswordMutation, variables: { input: { newPassword: 'my very own passphrase' } } }, result: { data: { setMyFirstPassword: true } } },
        { request: { query: sessionMeQuery }, result: { data: { me: { ...person, mustChangePassword: false } } } },
      ],
    });
    await screen.findByTestId('first-password-form');
    expect(router.state.location.pathname).toBe('/choose-password');
    await user.type(screen.getByTestId('new-password'), 'my very own passphrase');
    await user.type(screen.getByTestId('new-password-confirmation'), 'my very own passphrase');
    await user.click(screen.getByTestId('first-password-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('shows the server’s reason when it refuses the password, on the field', async () => {
    const { user } = renderApp({
      path: '/',
      session: signedIn(['CASEWORKER'], { mustChangePassword: true }),
      mocks: [
        {
          request: { query: setMyFirstPasswordMutation, variables: { input: { newPassword: '123456789012' } } },
          result: graphQLError('This password is too easy to guess.', 'BAD_USER_INPUT', { field: 'newPassword' }),
        },
      ],
    });
    await user.type(await screen.findByTestId('new-password'), '123456789012');
    await user.type(screen.getByTestId('new-password-confirmation'), '123456789012');
    await user.click(screen.getByTestId('first-password-submit'));
    expect(await screen.findByText('This password is too easy to guess.')).toBeInTheDocument();
    expect(screen.getByTestId('new-password')).toHaveAttribute('aria-invalid', 'true');
  });
});
