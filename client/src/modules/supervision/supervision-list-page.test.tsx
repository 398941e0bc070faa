import { connectionPage } from '../../../test/connection';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/fixtures';
import { renderApp, renderSignedIn } from '../../../test/render-app';
import { supervisionPageSize, supervisionSessionsQuery } from './supervision-operations';
import { baghdad, listedSession, stockholm } from './supervision-test-data';

function sessions(nodes: ReturnType<typeof listedSession>[]) {
  return {
    request: { query: supervisionSessionsQuery, variables: { first: supervisionPageSize } },
    result: { data: { supervisionSessions: connectionPage('SupervisionSessionConnection', nodes, { cursor: (node) => node.id }) } },
  };
}

describe('supervision list', () => {
  it('lists sessions newest first with date, the other organisation, mode, topics and open actions', async () => {
    renderSignedIn('/supervision', ['SUPERVISOR'], [
      sessions([
        listedSession({ id: 'session-2', heldOn: '2026-03-02' }),
        listedSession({ id: 'session-1', heldOn: '2026-01-31', mode: 'IN_PERSON', topics: [], actions: [] }),
      ]),
    ]);

    const rows = await screen.findAllByTestId('supervision-row');
    expect(rows.map((row) => row.dataset.sessionId)).toEqual(['session-2', 'session-1']);
    const first = within(rows[0]!);
    expect(first.getByRole('link', { name: '2 Mar 2026' })).toHaveAttribute('href', '/supervision/session-2');
    expect(first.getByText('CLDD Baghdad')).toBeInTheDocument();
    expect(first.getByText('Video')).toBeInTheDocument();
    expect(first.getByTestId('supervision-topics')).toHaveTextContent('Case loadHousing');
    expect(first.getByTestId('open-actions')).toHaveTextContent('2 open');
    expect(first.getByText('1 overdue')).toBeInTheDocument();
    const second = within(rows[1]!);
    expect(second.getByText('31 Jan 2026')).toBeInTheDocument();
    expect(second.getByText('In person')).toBeInTheDocument();
    expect(second.getByText('No topics')).toBeInTheDocument();
    expect(second.getByTestId('open-actions')).toHaveTextContent('0 open');
    expect(screen.getByTestId('supervision-new')).toHaveAttribute('href', '/supervision/new');
    expect(screen.getByRole('link', { name: 'Supervision' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows the partner side the supervising organisation, and no way to record a session', async () => {
    renderApp({
      path: '/supervision',
      session: signedIn(['PARTNER_CASEWORKER'], { organisation: { ...baghdad, kind: 'CLDD_OFFICE', country: 'IQ', timeZone: 'Asia/Baghdad', defaultLanguage: 'ar' } }),
      mocks: [sessions([listedSession()])],
    });

    const row = within(await screen.findByTestId('supervision-row'));
    expect(row.getByText(stockholm.name)).toBeInTheDocument();
    expect(screen.queryByTestId('supervision-new')).not.toBeInTheDocument();
  });

  it('says so when there are no sessions', async () => {
    renderApp({ path: '/supervision', session: signedIn(['SUPERVISOR']), mocks: [sessions([])] });

    expect(await screen.findByTestId('supervision-empty')).toHaveTextContent('No supervision sessions yet');
  });

  it('keeps the new-session page from people who are not supervisors', async () => {
    renderApp({ path: '/supervision/new', session: signedIn(['CASEWORKER']) });

    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Record a supervision session');
    expect(screen.queryByTestId('supervision-form')).not.toBeInTheDocument();
  });
});
