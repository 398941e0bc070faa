import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connectionPage } from '../../../test/connection';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { onAPhone } from '../../../test/phone-screen';
import { renderApp, renderSignedIn } from '../../../test/render-app';
import type { OutreachFilter, OutreachListItemFragment } from '../../gql/graphql';
import { outreachActivitiesQuery, outreachMonthSize, outreachPageSize } from './outreach-operations';
import { listedActivity } from './outreach-test-data';

function activities(filter: OutreachFilter, nodes: OutreachListItemFragment[], first = outreachPageSize) {
  return {
    request: { query: outreachActivitiesQuery, variables: { filter, first } },
    result: { data: { outreachActivities: connectionPage('OutreachActivityConnection', nodes, { cursor: (node) => node.id }) } },
  };
}

describe('outreach list', () => {
  it('asks for the filters in the address and lists the activities with links to them and their contacts', async () => {
    renderSignedIn(
      '/outreach?kind=VISIT&country=SO&from=2026-01-01&to=2026-12-31',
      ['CASEWORKER'],
      [activities({ kind: 'VISIT', country: 'SO', from: '2026-01-01', to: '2026-12-31' }, [listedActivity({ kind: 'VISIT' })])],
    );

    const rows = await screen.findAllByTestId('outreach-row');
    expect(rows).toHaveLength(1);
    const row = within(rows[0]!);
    expect(row.getByRole('link', { name: 'Information evening in Rinkeby' })).toHaveAttribute('href', '/outreach/activity-1');
    expect(row.getByRole('link', { name: 'Somaliska föräldranätverket Järvafältet' })).toHaveAttribute('href', '/contacts/contact-2');
    expect(row.getByText('12 Nov 2026')).toBeInTheDocument();
    expect(row.getByText('Visit')).toBeInTheDocument();
    expect(row.getByText('Return support rules')).toBeInTheDocument();
    expect(screen.getByTestId('outreach-new')).toHaveAttribute('href', '/outreach/new');
  });

  it('asks again when a filter is chosen, and keeps it in the address', async () => {
    const { user, router } = renderSignedIn(
      '/outreach',
      ['SUPERVISOR'],
      [activities({}, [listedActivity()]), activities({ kind: 'PHONE_CALL' }, [listedActivity({ id: 'activity-9', title: 'Call with IOM', kind: 'PHONE_CALL' })])],
    );
    await screen.findByText('Information evening in Rinkeby');

    await user.click(screen.getByTestId('outreach-filter-kind'));
    await user.click(await screen.findByRole('option', { name: 'Phone call' }));

    expect(await screen.findByText('Call with IOM')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?kind=PHONE_CALL');
  });

  it('says when nothing is recorded yet', async () => {
    renderApp({ path: '/outreach', session: signedIn(['COORDINATOR']), mocks: [activities({}, [])] });
    expect(await screen.findByTestId('outreach-empty')).toHaveTextContent('No outreach recorded yet');
  });

  it('says when the list could not be loaded', async () => {
    renderSignedIn(
      '/outreach',
      ['CASEWORKER'],
      [{ request: { query: outreachActivitiesQuery, variables: { filter: {}, first: outreachPageSize } }, result: graphQLError('Down', 'INTERNAL_SERVER_ERROR') }],
    );
    expect(await screen.findByText('The outreach activities could not be loaded.')).toBeInTheDocument();
  });

  it('keeps analysts out: no list, no navigation entry', async () => {
    renderApp({ path: '/outreach', session: signedIn(['ANALYST']) });
    expect(await screen.findByRole('heading', { name: 'Not available to you' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('outreach-new')).not.toBeInTheDocument());
    expect(screen.queryByRole('link', { name: 'Outreach' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('outreach-row')).not.toBeInTheDocument();
  });

  describe('on a phone', () => {
    onAPhone();

    it('shows cards and folds the filters behind one button that counts the set ones', async () => {
      const { user } = renderSignedIn('/outreach?kind=VISIT', ['CASEWORKER'], [activities({ kind: 'VISIT' }, [listedActivity()])]);
      expect(await screen.findByTestId('list-cards')).toBeInTheDocument();
      expect(screen.getByTestId('filters-active')).toHaveTextContent('1');
      expect(screen.getByTestId('filters-panel')).not.toBeVisible();
      await user.click(screen.getByTestId('filters-toggle'));
      expect(screen.getByTestId('filters-panel')).toBeVisible();
    });
  });
});

describe('outreach month view', () => {
  const november = { from: '2026-11-01', to: '2026-11-30' };

  it('loads the month by its dates and puts each activity on its day, weeks from Monday', async () => {
    renderSignedIn('/outreach?view=month&month=2026-11', ['CASEWORKER'], [
      activities(
        november,
        [listedActivity(), listedActivity({ id: 'activity-2', title: 'Fair in Kista', heldOn: '2026-11-01', kind: 'FAIR_OR_EVENT' }), listedActivity({ id: 'activity-3', title: 'Call with IOM', heldOn: '2026-11-12' })],
        outreachMonthSize,
      ),
    ]);

    await screen.findByText('Fair in Kista');
    const days = screen.getAllByTestId('outreach-day');
    expect(days[0]).toHaveAttribute('data-date', '2026-10-26');
    expect(days.at(-1)).toHaveAttribute('data-date', '2026-12-06');
    expect(screen.getAllByTestId('outreach-weekday').map((day) => day.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    const day = (date: string) => within(days.find((cell) => cell.dataset.date === date)!);
    expect(day('2026-11-12').getAllByTestId('outreach-day-activity').map((link) => link.textContent)).toEqual(['Information evening in Rinkeby', 'Call with IOM']);
    expect(day('2026-11-12').getByRole('link', { name: 'Call with IOM' })).toHaveAttribute('href', '/outreach/activity-3');
    expect(day('2026-11-01').getByRole('link', { name: 'Fair in Kista' })).toHaveAttribute('href', '/outreach/activity-2');
    expect(day('2026-11-13').queryAllByTestId('outreach-day-activity')).toHaveLength(0);
    expect(screen.getByTestId('outreach-month-title')).toHaveTextContent('November 2026');
  });

  it('goes to the next month and asks for its dates', async () => {
    const { user, router } = renderSignedIn('/outreach?view=month&month=2026-12', ['CASEWORKER'], [
      activities({ from: '2026-12-01', to: '2026-12-31' }, [], outreachMonthSize),
      activities({ from: '2027-01-01', to: '2027-01-31' }, [listedActivity({ heldOn: '2027-01-05', title: 'New year visit' })], outreachMonthSize),
    ]);
    await screen.findByTestId('outreach-month');
    await user.click(screen.getByTestId('outreach-month-next'));
    expect(await screen.findByText('New year visit')).toBeInTheDocument();
    expect(router.state.location.search).toContain('month=2027-01');
  });

  it('starts the week on Saturday in Arabic, with the page right to left', async () => {
    renderApp({
      path: '/outreach?view=month&month=2026-11',
      browserLanguages: ['ar'],
      session: signedIn(['CASEWORKER'], { language: 'ar' }),
      mocks: [activities(november, [listedActivity()], outreachMonthSize)],
    });
    await screen.findByText('Information evening in Rinkeby');
    expect(screen.getByTestId('outreach-month')).toHaveAttribute('data-first-day', '6');
    expect(screen.getAllByTestId('outreach-day')[0]).toHaveAttribute('data-date', '2026-10-31');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });
});
