import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/fixtures';
import { expectEmptyList } from '../../../test/expect-empty-list';
import { renderApp, type RenderAppOptions } from '../../../test/render-app';
import { bilal, caseConnection, caseListFilterMocks, caseListItem } from './case-test-fixtures';
import { casesQuery } from './cases-operations';

const defaultOrder = { field: 'UPDATED_AT', direction: 'DESC' };

/** The case list, as a caseworker. */
function openCaseList(mocks: RenderAppOptions['mocks'], session = signedIn(['CASEWORKER'])) {
  return renderApp({ path: '/cases', session, mocks });
}

describe('cases page', () => {
  it('passes the filters in the address to the server and lists what it answers', async () => {
    let asked: unknown;
    renderApp({
      path: '/cases?status=INTAKE,PREPARING_RETURN&country=BA&caseworker=user-anna&partner=org-pri&q=Hod&sort=NUMBER&dir=ASC',
      session: signedIn(['CASEWORKER']),
      mocks: [
        ...caseListFilterMocks,
        {
          request: {
            query: casesQuery,
            variables: {
              filter: {
                status: ['INTAKE', 'PREPARING_RETURN'],
                destinationCountry: 'BA',
                responsibleCaseworkerId: 'user-anna',
                partnerId: 'org-pri',
                text: 'Hod',
              },
              orderBy: { field: 'NUMBER', direction: 'ASC' },
              first: 20,
            },
          },
          result: (variables) => {
            asked = variables;
            return caseConnection([
              caseListItem('c1', 'STO-2026-0007'),
              caseListItem('c2', 'STO-2026-0042', {
                status: 'PREPARING_RETURN',
                plannedDeparture: null,
                returnee: { __typename: 'Returnee', firstName: 'Edin', lastName: 'Hodžić' },
                destinationPlace: 'Sanski Most',
              }),
            ]);
          },
        },
      ],
    });

    const rows = await screen.findAllByTestId('case-row');
    expect(asked).toBeDefined();
    expect(rows).toHaveLength(2);
    const first = within(rows[0]!);
    expect(first.getByRole('link', { name: 'STO-2026-0007' })).toHaveAttribute('href', '/cases/c1');
    expect(first.getByText('Amra Hodžić')).toBeInTheDocument();
    expect(first.getByText('Intake')).toBeInTheDocument();
    expect(first.getByText('Bosnia & Herzegovina')).toBeInTheDocument();
    expect(first.getByText('Prijedor')).toBeInTheDocument();
    expect(first.getByText('4 May 2026')).toBeInTheDocument();
    expect(first.getByText('Anna Lindqvist')).toBeInTheDocument();
    const second = within(rows[1]!);
    expect(second.getByText('Preparing return')).toBeInTheDocument();
    expect(second.getByText('Not planned')).toBeInTheDocument();
    expect(screen.getByTestId('cases-count')).toHaveTextContent('Showing 2 of 2 cases');

    // The filters on screen show what the address says.
    expect(screen.getByTestId('cases-filter-text')).toHaveValue('Hod');
    expect(screen.getByTestId('cases-sort')).toHaveValue('NUMBER');
    expect(screen.getByTestId('cases-sort-direction')).toHaveValue('ASC');
  });

  it('says so when there are no cases, and offers a new one', async () => {
    openCaseList([
      ...caseListFilterMocks,
      { request: { query: casesQuery, variables: { filter: {}, orderBy: defaultOrder, first: 20 } }, result: caseConnection([]) },
    ]);

    const empty = await expectEmptyList('cases-empty', 'No cases yet');
    expect(within(empty).getByRole('link', { name: 'New case' })).toHaveAttribute('href', '/cases/new');
  });

  it('asks again when a filter changes, keeps it in the address, and says when nothing matches', async () => {
    const { user, router } = openCaseList([
      ...caseListFilterMocks,
      {
        request: { query: casesQuery, variables: { filter: {}, orderBy: defaultOrder, first: 20 } },
        result: caseConnection([caseListItem('c1', 'STO-2026-0007')]),
      },
      {
        request: { query: casesQuery, variables: { filter: { responsibleCaseworkerId: 'user-bilal' }, orderBy: defaultOrder, first: 20 } },
        result: caseConnection([]),
      },
      {
        request: { query: casesQuery, variables: { filter: { responsibleCaseworkerId: 'user-bilal' }, orderBy: { field: 'PLANNED_DEPARTURE', direction: 'DESC' }, first: 20 } },
        result: caseConnection([caseListItem('c9', 'STO-2026-0099', { responsibleCaseworker: bilal })]),
      },
    ]);

    expect(await screen.findAllByTestId('case-row')).toHaveLength(1);

    await user.click(screen.getByTestId('cases-filter-caseworker'));
    await user.click(await screen.findByRole('option', { name: 'Bilal Rahimi' }));

    expect(await screen.findByTestId('cases-empty')).toHaveTextContent('No matching cases');
    expect(router.state.location.search).toBe('?caseworker=user-bilal');

    await user.selectOptions(screen.getByTestId('cases-sort'), 'PLANNED_DEPARTURE');
    expect(await screen.findByRole('link', { name: 'STO-2026-0099' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?caseworker=user-bilal&sort=PLANNED_DEPARTURE');
  });

  it('sorts a search by best match unless another sort is chosen, and goes back to the last change without a text', async () => {
    const relevance = { field: 'RELEVANCE', direction: 'DESC' };
    const { user, router } = openCaseList([
      ...caseListFilterMocks,
      { request: { query: casesQuery, variables: { filter: {}, orderBy: defaultOrder, first: 20 } }, result: caseConnection([caseListItem('c1', 'STO-2026-0007')]) },
      {
        request: { query: casesQuery, variables: { filter: { text: 'hodzic' }, orderBy: relevance, first: 20 } },
        result: caseConnection([caseListItem('c2', 'STO-2026-0042')]),
      },
      { request: { query: casesQuery, variables: { filter: {}, orderBy: defaultOrder, first: 20 } }, result: caseConnection([caseListItem('c1', 'STO-2026-0007')]) },
    ]);
    expect(await screen.findByRole('link', { name: 'STO-2026-0007' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Best match' })).not.toBeInTheDocument();
    expect(screen.getByTestId('cases-filter-text')).toHaveAccessibleDescription(/phone number or its last six digits/);

    // One change (a paste): typed letters would each ask the server on a slow machine.
    await user.click(screen.getByTestId('cases-filter-text'));
    await user.paste('hodzic');
    expect(await screen.findByRole('link', { name: 'STO-2026-0042' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=hodzic');
    expect(screen.getByTestId('cases-sort')).toHaveValue('RELEVANCE');

    await user.clear(screen.getByTestId('cases-filter-text'));
    expect(await screen.findByRole('link', { name: 'STO-2026-0007' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.getByTestId('cases-sort')).toHaveValue('UPDATED_AT');
  });

  it('loads the next page on request', async () => {
    const { user } = openCaseList([
      ...caseListFilterMocks,
      {
        request: { query: casesQuery, variables: { filter: {}, orderBy: defaultOrder, first: 20 } },
        result: caseConnection([caseListItem('c1', 'STO-2026-0001'), caseListItem('c2', 'STO-2026-0002')], { hasNextPage: true, totalCount: 3 }),
      },
      {
        request: { query: casesQuery, variables: { filter: {}, orderBy: defaultOrder, first: 20, after: 'cursor-2' } },
        result: caseConnection([caseListItem('c3', 'STO-2026-0003')], { totalCount: 3, after: 2 }),
      },
    ]);

    expect(await screen.findAllByTestId('case-row')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(screen.getAllByTestId('case-row')).toHaveLength(3));
    expect(screen.getByTestId('cases-count')).toHaveTextContent('Showing 3 of 3 cases');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });
});
