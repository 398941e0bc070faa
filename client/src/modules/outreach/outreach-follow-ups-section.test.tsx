import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { emptyWorklist, worklistMock } from '../worklist/worklist-test-data';
import { due } from './outreach-follow-ups-test-data';

describe('outreach follow-ups on the worklist', () => {
  it('lists the viewer’s follow-ups due, each linking to its activity or consultation, the overdue marked', async () => {
    renderApp({ path: '/', session: signedIn(['CASEWORKER']), mocks: [worklistMock(emptyWorklist()), due] });

    const section = within(await screen.findByTestId('worklist-outreach'));
    const items = await section.findAllByTestId('worklist-item');
    expect(items).toHaveLength(2);
    const first = within(items[0]!);
    expect(first.getByRole('link', { name: 'Send the leaflet in Somali' })).toHaveAttribute('href', '/outreach/activity-1');
    expect(first.getByText('Overdue')).toBeInTheDocument();
    expect(first.getByText(/Information evening in Rinkeby/)).toBeInTheDocument();
    expect(within(items[1]!).getByRole('link', { name: 'Call the school back' })).toHaveAttribute('href', '/staff-support/consultation-4');
    expect(within(items[1]!).queryByText('Overdue')).not.toBeInTheDocument();
    expect(section.getByTestId('worklist-count')).toHaveTextContent('2');
  });

  it('is not there for analysts', async () => {
    renderApp({ path: '/', session: signedIn(['ANALYST']), mocks: [due] });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByTestId('worklist-outreach')).not.toBeInTheDocument();
  });
});
