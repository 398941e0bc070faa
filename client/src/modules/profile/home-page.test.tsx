import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionUser, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { homeProfileQuery } from './profile-operations';

const person = sessionUser({ roles: ['COORDINATOR', 'SUPERVISOR'], language: 'sv' });
const profile = { request: { query: homeProfileQuery }, result: { data: { me: { ...person, createdAt: '2026-01-15T09:00:00.000Z' } } } };

describe('home page', () => {
  it('shows who you are and where you work, in the interface language', async () => {
    window.localStorage.setItem('cirkel.language', 'sv');
    renderApp({ path: '/', session: signedIn(person.roles, { language: 'sv' }), mocks: [profile] });

    expect(await screen.findByRole('heading', { name: `Välkommen, ${person.name}` })).toBeInTheDocument();
    expect(screen.getByTestId('user-roles')).toHaveTextContent('SamordnareHandledare');
    const account = within(screen.getByRole('region', { name: 'Ditt konto' }));
    expect(account.getByText(person.email)).toBeInTheDocument();
    expect(account.getByText('Svenska')).toBeInTheDocument();

    const organisation = within(screen.getByRole('region', { name: 'Din organisation' }));
    expect(organisation.getByText(person.organisation.name)).toBeInTheDocument();
    expect(organisation.getByText('Stad')).toBeInTheDocument();
    expect(organisation.getByText('Sverige')).toBeInTheDocument();
    expect(organisation.getByText(/Europe\/Stockholm/)).toBeInTheDocument();
  });
});
