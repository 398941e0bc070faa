import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionUser, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { emptyWorklist, worklistMock } from '../worklist/worklist-test-data';
import { homeProfileQuery } from './profile-operations';

const person = sessionUser({ roles: ['COORDINATOR', 'SUPERVISOR'], language: 'sv' });
const profile = { request: { query: homeProfileQuery }, result: { data: { me: { ...person, createdAt: '2026-01-15T09:00:00.000Z' } } } };

describe('home page', () => {
  it('starts with what needs you, then shows who you are and where you work, in the interface language', async () => {
    window.localStorage.setItem('cirkel.language', 'sv');
    renderApp({ path: '/', session: signedIn(person.roles, { language: 'sv' }), mocks: [profile, worklistMock(emptyWorklist())] });

    expect(await screen.findByRole('heading', { name: `Välkommen, \u2068${person.name}\u2069` })).toBeInTheDocument();
    expect(screen.getByTestId('user-roles')).toHaveTextContent('SamordnareHandledare');
    const account = within(screen.getByRole('region', { name: 'Ditt konto' }));
    expect(account.getByText(person.email)).toBeInTheDocument();
    expect(account.getByText('Svenska')).toBeInTheDocument();

    const organisation = within(screen.getByRole('region', { name: 'Din organisation' }));
    expect(organisation.getByText(person.organisation.name)).toBeInTheDocument();
    expect(organisation.getByText('Stad')).toBeInTheDocument();
    expect(organisation.getByText('Sverige')).toBeInTheDocument();
    expect(organisation.getByText(/Europe\/Stockholm/)).toBeInTheDocument();

    // The worklists come first; the profile cards follow them.
    const worklist = screen.getByRole('region', { name: 'Det här väntar på dig' });
    expect(worklist.compareDocumentPosition(screen.getByRole('region', { name: 'Ditt konto' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(await within(worklist).findByTestId('worklist-actions')).toHaveTextContent('Ingen av dina handledningsåtgärder ska vara klar de närmaste sju dagarna.');
  });
});
