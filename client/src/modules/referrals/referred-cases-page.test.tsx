import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';
import { incomingReferralsQuery } from './referral-operations';
import { baghdadPartner, listedReferral, referralConnection } from './referral-test-data';

const incoming = (nodes: object[]) => referralConnection('incomingReferrals', nodes);

describe('referred cases', () => {
  it('lists pending and accepted referrals with their status, and filters by status', async () => {
    const pending = listedReferral({ id: 'r1', number: 'STO-2026-0041', expiresIn: 4 });
    const accepted = listedReferral({
      id: 'r2',
      number: 'STO-2026-0042',
      status: 'ACCEPTED',
      allowedActions: [],
      returnee: { firstName: 'Ahmed', lastName: 'Karim' },
    });
    const { user } = renderApp({
      path: '/referrals',
      session: baghdadPartner(),
      mocks: [
        { request: { query: incomingReferralsQuery, variables: { first: 20, status: null } }, result: incoming([pending, accepted]) },
        { request: { query: incomingReferralsQuery, variables: { first: 20, status: ['ACCEPTED'] } }, result: incoming([accepted]) },
        { request: { query: incomingReferralsQuery, variables: { first: 20, status: ['PENDING'] } }, result: incoming([]) },
      ],
    });

    const rows = await screen.findAllByTestId('referral-row');
    expect(rows.map((row) => within(row).getByTestId('referral-status').textContent)).toEqual(['Awaiting answer', 'Accepted']);
    expect(within(rows[0]!).getByTestId('referral-expiry')).toHaveTextContent('Expires in 4 days');
    expect(within(rows[0]!).getByRole('button', { name: 'Accept: STO-2026-0041' })).toBeInTheDocument();
    expect(within(rows[1]!).queryByTestId('referral-actions')).not.toBeInTheDocument();
    expect(within(rows[1]!).getByRole('link', { name: 'STO-2026-0042' })).toHaveAttribute('href', '/cases/case-r2');

    await user.click(screen.getByRole('radio', { name: 'Accepted' }));
    await waitFor(() => expect(screen.getAllByTestId('referral-row')).toHaveLength(1));
    expect(screen.getByText('Ahmed Karim')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Awaiting answer' }));
    const empty = await screen.findByTestId('referrals-empty');
    expect(within(empty).getByText('No referrals have this status just now.')).toBeInTheDocument();
  });

  it('shows a translated error with a way to try again', async () => {
    renderApp({
      path: '/referrals',
      session: baghdadPartner('sv'),
      mocks: [{ request: { query: incomingReferralsQuery, variables: { first: 20, status: null } }, error: new Error('offline') }],
    });
    const alert = await screen.findByText('De remitterade ärendena kunde inte hämtas');
    expect(alert).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Försök igen' })).toBeInTheDocument();
  });
});
