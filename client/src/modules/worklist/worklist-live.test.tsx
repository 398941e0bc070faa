import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/fixtures';
import { AppProviders } from '../../app/app-providers';
import { createCache } from '../../core/apollo/create-apollo-client';
import { SessionStore } from '../../core/auth/session-store';
import { createI18n } from '../../core/i18n/create-i18n';
import { unreadNotificationCountQuery } from '../notifications/notification-operations';
import { Worklist } from './worklist';
import { myWorklistQuery } from './worklist-operations';
import { emptyWorklist, partnerWorklist } from './worklist-test-data';

describe('worklists on a live start page', () => {
  it('look again when a notification arrives (the unread count rises)', async () => {
    let asked = 0;
    const cache = createCache();
    cache.writeQuery({ query: unreadNotificationCountQuery, data: { unreadNotificationCount: 1 } });
    const link = new MockLink(
      [
        {
          request: { query: myWorklistQuery },
          result: () => {
            asked += 1;
            return { data: { myWorklist: asked === 1 ? emptyWorklist() : partnerWorklist() } };
          },
          maxUsageCount: 2,
        },
      ],
      { defaultOptions: { delay: 0 } },
    );
    const router = createMemoryRouter([{ path: '/', element: <Worklist /> }]);
    const i18n = createI18n({ storage: window.localStorage, browserLanguages: ['en-GB'] });
    const baghdad = { __typename: 'Organisation' as const, nameLatin: null, nameArabic: null, id: 'org-bgw', name: 'CLDD Baghdad', kind: 'CLDD_OFFICE' as const, country: 'IQ', timeZone: 'Asia/Baghdad', defaultLanguage: 'ar' as const };
    const session = new SessionStore(signedIn(['PARTNER_CASEWORKER'], { organisation: baghdad }));
    render(
      <MockedProvider link={link} cache={cache}>
        <AppProviders i18n={i18n} session={session} mantineEnv="test">
          <RouterProvider router={router} />
        </AppProviders>
      </MockedProvider>,
    );

    const referrals = await screen.findByTestId('worklist-referrals');
    expect(await within(referrals).findByTestId('worklist-empty')).toBeInTheDocument();

    // The bell counts a live notification in the cache.
    act(() => cache.writeQuery({ query: unreadNotificationCountQuery, data: { unreadNotificationCount: 2 } }));

    expect(await within(referrals).findByTestId('worklist-item')).toHaveTextContent('STO-2026-0044');
    expect(asked).toBe(2);
  });
});
