import { connectionPage } from '../../../test/connection';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { expectEmptyList } from '../../../test/expect-empty-list';
import { renderApp, type RenderAppOptions } from '../../../test/render-app';
import { createUserMutation, updateUserNamesMutation, usersQuery } from './users-operations';
import { listedUser } from './users-test-data';

const firstPage = { first: 20, includeInactive: false, search: null };

function connection(nodes: object[], options: { hasNextPage?: boolean; totalCount?: number; offset?: number } = {}) {
  return { data: { users: connectionPage('UserConnection', nodes, options) } };
}

/** The users page, as a coordinator. */
function openUsers(mocks: RenderAppOptions['mocks'], session = signedIn(['COORDINATOR'])) {
  return renderApp({ path: '/users', session, mocks });
}

describe('users page', () => {
  it('says so when the organisation has no users to show', async () => {
    openUsers([{ request: { query: usersQuery, variables: firstPage }, result: connection([]) }]);
    await expectEmptyList('users-empty', 'No users yet');
  });

  it('lists users and loads the next page on request', async () => {
    const { user } = openUsers([
      {
        request: { query: usersQuery, variables: firstPage },
        result: connection([listedUser('u1', 'Anna Berg'), listedUser('u2', 'Bilal Rahimi')], { hasNextPage: true, totalCount: 3 }),
      },
      {
        request: { query: usersQuery, variables: { ...firstPage, after: 'cursor-2' } },
        result: connection([listedUser('u3', 'Cecilia Ek')], { totalCount: 3, offset: 2 }),
      },
    ]);

    expect(await screen.findAllByTestId('user-row')).toHaveLength(2);
    expect(screen.getByText('Showing 2 of 3 users')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(screen.getAllByTestId('user-row')).toHaveLength(3));
    expect(screen.getByText('Cecilia Ek')).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3 users')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('offers to change the roles and deactivate others, never oneself (another coordinator must)', async () => {
    openUsers([{ request: { query: usersQuery, variables: firstPage }, result: connection([listedUser('u1', 'Anna Berg'), listedUser('u2', 'Bilal Rahimi')]) }], signedIn(['COORDINATOR'], { id: 'u1' }));

    const [own, colleague] = await screen.findAllByTestId('user-row');
    const ownRoles = within(own!).getByRole('button', { name: /Change roles/ });
    expect(ownRoles).toBeDisabled();
    expect(ownRoles).toHaveAttribute('title', 'Another coordinator must change your roles.');
    expect(within(own!).getByRole('button', { name: /Deactivate/ })).toBeDisabled();
    expect(within(colleague!).getByRole('button', { name: /Change roles/ })).toBeEnabled();
    expect(within(colleague!).getByRole('button', { name: /Deactivate/ })).toBeEnabled();
  });

  it("puts the server's message on the field it names when it refuses the input", async () => {
    const serverMessage = 'Det finns redan en användare med den e-postadressen.';
    const input = {
      email: 'anna@stockholm.example',
      name: 'Anna Berg',
      nameLatin: null,
      nameArabic: null,
      roles: ['CASEWORKER'],
      language: 'sv',
      password: 'twelve chars!',
    };
    const { user } = openUsers([
      { request: { query: usersQuery, variables: firstPage }, result: connection([]) },
      {
        request: { query: createUserMutation, variables: { input } },
        result: graphQLError(serverMessage, 'BAD_USER_INPUT', { field: 'email' }),
      },
    ]);

    await screen.findByTestId('users-empty');
    await user.click(screen.getAllByRole('button', { name: 'Add user' })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Add a user' });
    const form = within(dialog);

    await user.type(form.getByRole('textbox', { name: 'Full name' }), input.name);
    await user.type(form.getByRole('textbox', { name: 'E-mail address' }), input.email);
    await user.click(form.getByRole('checkbox', { name: /^Caseworker/ }));
    expect(form.getByRole('combobox', { name: /^Language/ })).toHaveValue('sv');
    await user.type(form.getByLabelText(/^Initial password/), input.password);
    await user.click(form.getByRole('button', { name: 'Add user' }));

    const email = form.getByRole('textbox', { name: 'E-mail address' });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(serverMessage);
    await waitFor(() => expect(email).toHaveFocus());
    expect(form.getByRole('textbox', { name: 'Full name' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(dialog).toBeInTheDocument();
  });

  it('refuses an initial password shorter than twelve characters without asking the server', async () => {
    const { user } = openUsers([{ request: { query: usersQuery, variables: firstPage }, result: connection([]) }]);

    await screen.findByTestId('users-empty');
    await user.click(screen.getAllByRole('button', { name: 'Add user' })[0]!);
    const form = within(await screen.findByRole('dialog', { name: 'Add a user' }));
    await user.type(form.getByRole('textbox', { name: 'Full name' }), 'Anna Berg');
    await user.type(form.getByRole('textbox', { name: 'E-mail address' }), 'anna@stockholm.example');
    await user.click(form.getByRole('checkbox', { name: /^Caseworker/ }));
    await user.type(form.getByLabelText(/^Initial password/), 'elevenchars');
    await user.click(form.getByRole('button', { name: 'Add user' }));

    const password = form.getByLabelText(/^Initial password/);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByText('Use at least 12 characters.')).toBeInTheDocument();
  });

  it('gives a colleague written in Arabic a Latin spelling, and puts a refusal on the field it names', async () => {
    const layla = listedUser('u-layla', 'ليلى الراوي');
    const { user } = openUsers([
      { request: { query: usersQuery, variables: firstPage }, result: connection([layla]) },
      {
        request: { query: updateUserNamesMutation, variables: { input: { userId: 'u-layla', name: 'ليلى الراوي', nameLatin: 'ليلى', nameArabic: null } } },
        result: graphQLError('Name in Latin script may contain Latin letters only, no Arabic script.', 'BAD_USER_INPUT', { field: 'nameLatin' }),
      },
      {
        request: { query: updateUserNamesMutation, variables: { input: { userId: 'u-layla', name: 'ليلى الراوي', nameLatin: 'Layla Al-Rawi', nameArabic: null } } },
        result: { data: { updateUserNames: { ...layla, nameLatin: 'Layla Al-Rawi' } } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Change names: ليلى الراوي' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Change names' }));
    const latin = dialog.getByRole('textbox', { name: /^Name in Latin script/ });
    await user.type(latin, 'ليلى');
    await user.click(dialog.getByRole('button', { name: 'Save names' }));
    await waitFor(() => expect(latin).toHaveAttribute('aria-invalid', 'true'));
    expect(latin).toHaveAccessibleDescription(/may contain Latin letters only/);

    await user.clear(latin);
    await user.type(latin, 'Layla Al-Rawi');
    await user.click(dialog.getByRole('button', { name: 'Save names' }));
    // The notice names her as an English reader now reads her: the new Latin spelling, the Arabic beside it.
    expect(await screen.findByText('The names of \u2068Layla Al-Rawi\u2069 (\u2068ليلى الراوي\u2069) have been changed.')).toBeInTheDocument();
    // In the list, an English reader sees the Latin spelling first and the name as written beside it.
    const row = (await screen.findAllByTestId('user-row'))[0]!;
    await waitFor(() => expect(row).toHaveTextContent('Layla Al-Rawi (ليلى الراوي)'));
  });
});
