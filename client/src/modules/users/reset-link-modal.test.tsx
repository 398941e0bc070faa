import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectionPage } from '../../../test/connection';
import { signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { createPasswordResetLinkMutation, usersQuery } from './users-operations';
import { listedUser } from './users-test-data';

const URL = 'http://localhost:3000/reset-password#token=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

describe('reset links in the users admin', () => {
  it('makes a one-time link for a colleague when asked, shows it once with a copy button', async () => {
    const session = signedIn(['COORDINATOR']);
    const { user } = renderApp({
      path: '/users',
      session,
      mocks: [
        {
          request: { query: usersQuery, variables: { first: 20, includeInactive: false, search: null } },
          result: { data: { users: connectionPage('UserConnection', [listedUser('u-2', 'Bo Berg', true), listedUser(session.status === 'authenticated' ? session.user.id : '', 'Me')]) } },
        },
        {
          request: { query: createPasswordResetLinkMutation, variables: { userId: 'u-2' } },
          result: { data: { createPasswordResetLink: { __typename: 'PasswordResetLink', url: URL, expiresAt: '2030-01-02T10:00:00.000Z' } } },
        },
      ],
    });
    const rows = await screen.findAllByTestId('user-row');
    // Someone who has not chosen their password yet says so; nobody gets a link for themselves.
    expect(within(rows[0]!).getByTestId('must-change-password')).toHaveTextContent('Has not chosen a password yet');
    expect(within(rows[1]!).queryByTestId('create-reset-link')).not.toBeInTheDocument();

    await user.click(within(rows[0]!).getByTestId('create-reset-link'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Give this link to \u2068Bo Berg\u2069 yourself');
    expect(within(dialog).queryByTestId('reset-link-url')).not.toBeInTheDocument();
    await user.click(within(dialog).getByTestId('reset-link-create'));
    expect(await within(dialog).findByTestId('reset-link-url')).toHaveValue(URL);
    expect(within(dialog).getByTestId('reset-link-copy')).toHaveTextContent('Copy link');
    expect(dialog).toHaveTextContent('Valid until');
  });
});
