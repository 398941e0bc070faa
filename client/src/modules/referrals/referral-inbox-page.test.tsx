import type { Language } from '@cirkel/i18n';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/fixtures';
import { expectEmptyList } from '../../../test/expect-empty-list';
import { renderApp, type RenderAppOptions } from '../../../test/render-app';
import { acceptReferralMutation, referralInboxQuery } from './referral-operations';
import { baghdadPartner, listedReferral, referralConnection } from './referral-test-data';

const firstPage = { first: 20 };
const inbox = (nodes: object[], options?: Parameters<typeof referralConnection>[2]) => referralConnection('referralInbox', nodes, options);

/** The inbox, as a caseworker of the Baghdad partner unless the test says who. */
function openInbox(mocks: RenderAppOptions['mocks'], session = baghdadPartner()) {
  return renderApp({ path: '/inbox', session, mocks });
}

/** The inbox in `language`, one referral per number of days left to answer; their expiry cells. */
async function openInboxExpiringIn(daysLeft: number[], language: Language) {
  const referrals = daysLeft.map((expiresIn) =>
    listedReferral({ id: `r${expiresIn}`, number: `STO-2026-${String(40 + expiresIn).padStart(4, '0')}`, expiresIn }),
  );
  openInbox([{ request: { query: referralInboxQuery, variables: firstPage }, result: inbox(referrals) }], baghdadPartner(language));
  await screen.findAllByTestId('referral-row');
  return screen.getAllByTestId('referral-expiry');
}

describe('referral inbox', () => {
  it('lists pending referrals with what the partner needs to decide', async () => {
    openInbox([
      {
        request: { query: referralInboxQuery, variables: firstPage },
        result: inbox([
          listedReferral({ id: 'r1', number: 'STO-2026-0042', returnee: { firstName: 'Ahmed', lastName: 'Karim' }, sections: ['IDENTITY', 'CONTACT'], expiresIn: 5 }),
          listedReferral({ id: 'r2', number: 'STO-2026-0043', returnee: null, sections: ['NEEDS'], expiresIn: 1 }),
        ]),
      },
    ]);

    const rows = await screen.findAllByTestId('referral-row');
    expect(rows).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Referral inbox' })).toBeInTheDocument();

    const [first, second] = rows.map((row) => within(row));
    expect(first!.getByRole('link', { name: 'STO-2026-0042' })).toHaveAttribute('href', '/cases/case-r1');
    expect(first!.getByTestId('returnee-name')).toHaveTextContent('Ahmed Karim');
    expect(first!.getByText('Stockholms stad, Frivillig återvandring')).toBeInTheDocument();
    expect(within(first!.getByTestId('shared-sections')).getAllByText(/.+/).map((badge) => badge.textContent)).toEqual([
      'Identity',
      'Contact details',
    ]);
    expect(first!.getByTestId('referral-expiry')).toHaveTextContent('Expires in 5 days');
    expect(first!.getByTestId('referral-expiry')).not.toHaveAttribute('data-urgent');
    expect(first!.getByRole('button', { name: 'Accept: STO-2026-0042' })).toBeInTheDocument();
    expect(first!.getByRole('button', { name: 'Decline: STO-2026-0042' })).toBeInTheDocument();

    // Identity not shared: no name, and the server sent none.
    expect(second!.queryByTestId('returnee-name')).not.toBeInTheDocument();
    expect(second!.getByText('Name not shared')).toBeInTheDocument();
    expect(second!.getByTestId('referral-expiry')).toHaveTextContent('Expires in 1 day');
    expect(second!.getByTestId('referral-expiry')).toHaveAttribute('data-urgent', 'true');
    expect(screen.getByText('Showing 2 of 2 referrals')).toBeInTheDocument();
  });

  it('says so when nothing waits for an answer', async () => {
    openInbox([{ request: { query: referralInboxQuery, variables: firstPage }, result: inbox([]) }]);
    await expectEmptyList('referrals-empty', 'No referrals waiting');
  });

  it('counts the days left in Arabic with its six plural forms', async () => {
    const expiries = await openInboxExpiringIn([0, 1, 2, 5, 11], 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(expiries.map((cell) => cell.textContent)).toEqual([
      'تنتهي المهلة خلال 24 ساعة',
      'تنتهي المهلة خلال يوم واحد',
      'تنتهي المهلة خلال يومين',
      'تنتهي المهلة خلال 5 أيام',
      'تنتهي المهلة خلال 11 يومًا',
    ]);
    expect(expiries.map((cell) => cell.hasAttribute('data-urgent'))).toEqual([true, true, false, false, false]);
    expect(screen.getByRole('heading', { name: 'الإحالات الواردة' })).toBeInTheDocument();
  });

  it('counts the days left in Bosnian: dan, dana, dan', async () => {
    const expiries = await openInboxExpiringIn([1, 3, 5, 21], 'bs');
    expect(expiries.map((cell) => cell.textContent)).toEqual([
      'Ističe za 1 dan',
      'Ističe za 3 dana',
      'Ističe za 5 dana',
      'Ističe za 21 dan',
    ]);
  });

  it('accepts a referral, says so with a way to the case, and shows the inbox without it', async () => {
    const referral = listedReferral({ id: 'r1', number: 'STO-2026-0042' });
    const { user } = openInbox([
      { request: { query: referralInboxQuery, variables: firstPage }, result: inbox([referral]) },
      {
        request: { query: acceptReferralMutation, variables: { id: 'r1' } },
        result: {
          data: {
            acceptReferral: {
              __typename: 'Referral',
              id: 'r1',
              status: 'ACCEPTED',
              allowedActions: [],
              declineReason: null,
              respondedAt: '2026-03-04T08:00:00.000Z',
              revokedAt: null,
              completedAt: null,
              respondedBy: { __typename: 'StaffMember', nameLatin: null, nameArabic: null, id: 'user-layla', name: 'Layla Al-Rawi' },
            },
          },
        },
      },
      // The inbox is fetched again: the accepted referral has left it.
      { request: { query: referralInboxQuery, variables: firstPage }, result: inbox([]) },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Accept: STO-2026-0042' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept the referral' });
    await user.click(within(dialog).getByRole('button', { name: 'Accept referral' }));

    expect(await screen.findByRole('status', { name: '' })).toHaveTextContent('You accepted the referral of case STO-2026-0042.');
    expect(await screen.findByTestId('referrals-empty')).toBeInTheDocument();
    // The row has left the inbox; the notice leads on to the case, and does not go away by itself.
    const open = screen.getByRole('link', { name: 'Open the case' });
    expect(open).toHaveAttribute('href', `/cases/${referral.case!.id}`);
  });

  it('loads the next page on request', async () => {
    const { user } = openInbox([
      {
        request: { query: referralInboxQuery, variables: firstPage },
        result: inbox([listedReferral({ id: 'r1', number: 'STO-2026-0041' })], { hasNextPage: true, totalCount: 2 }),
      },
      {
        request: { query: referralInboxQuery, variables: { ...firstPage, after: 'cursor-1' } },
        result: inbox([listedReferral({ id: 'r2', number: 'STO-2026-0042' })], { totalCount: 2, offset: 1 }),
      },
    ]);
    expect(await screen.findAllByTestId('referral-row')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByTestId('referral-row')).toHaveLength(2));
    expect(screen.getByText('Showing 2 of 2 referrals')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('is in the navigation of partner staff only, and refused to a Stockholm caseworker', async () => {
    const partner = openInbox([{ request: { query: referralInboxQuery, variables: firstPage }, result: inbox([]) }]);
    const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'Referral inbox' })).toHaveAttribute('aria-current', 'page');
    expect(within(navigation).getByRole('link', { name: 'Referred cases' })).toBeInTheDocument();
    partner.unmount();

    renderApp({ path: '/inbox', session: signedIn(['CASEWORKER', 'COORDINATOR']) });
    expect(await screen.findByRole('heading', { name: 'Not available to you' })).toBeInTheDocument();
    const stockholmNavigation = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(stockholmNavigation).queryByRole('link', { name: 'Referral inbox' })).not.toBeInTheDocument();
  });

  it('names the sender and the viewer’s own office in the reader’s script, with the name as written beside a spelling', async () => {
    const stockholmArabic = 'مدينة ستوكهولم، العودة الطوعية';
    const base = listedReferral({ id: 'r1', number: 'STO-2026-0042' });
    const referral = { ...base, from: { ...base.from, nameArabic: stockholmArabic } };
    const mocks = [{ request: { query: referralInboxQuery, variables: firstPage }, result: inbox([referral]) }];
    // An Arabic reader: Stockholm by its Arabic spelling first, then as written; Amra as written (no spelling).
    const { unmount } = openInbox(mocks, baghdadPartner('ar'));
    const row = (await screen.findAllByTestId('referral-row'))[0]!;
    expect(within(row).getByTestId('referral-from')).toHaveTextContent(`${stockholmArabic} (Stockholms stad, Frivillig återvandring)`);
    expect(row).toHaveTextContent('Amra Hodžić');
    unmount();

    // An English reader in an office written in Arabic: the intro names it by its Latin spelling, alone.
    const baghdadArabic = 'مركز التنمية المحلية والمغتربين – بغداد';
    const office = {
      __typename: 'Organisation' as const,
      id: 'org-bgw',
      name: baghdadArabic,
      nameLatin: 'CLDD Baghdad',
      nameArabic: null,
      kind: 'CLDD_OFFICE' as const,
      country: 'IQ',
      timeZone: 'Asia/Baghdad',
      defaultLanguage: 'ar' as const,
    };
    openInbox(mocks, signedIn(['PARTNER_CASEWORKER'], { language: 'en', organisation: office }));
    const english = (await screen.findAllByTestId('referral-row'))[0]!;
    expect(within(english).getByTestId('referral-from')).toHaveTextContent(/^Stockholms stad, Frivillig återvandring$/);
    expect(screen.getByText(/^Referrals to \u2068CLDD Baghdad\u2069 that await your answer/)).toBeInTheDocument();
  });
});
