import { ApolloLink } from '@apollo/client/link';
import type { Language } from '@cirkel/i18n';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OperationTypeNode } from 'graphql';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/fixtures';
import { AppProviders } from '../../app/app-providers';
import { createCache } from '../../core/apollo/create-apollo-client';
import { createSessionLinks } from '../../core/apollo/session-links';
import { SessionStore } from '../../core/auth/session-store';
import { createI18n, currentLanguage } from '../../core/i18n/create-i18n';
import { NotificationBell } from './notification-bell';
import { markAllNotificationsReadMutation, markNotificationReadMutation } from './notification-operations';
import { notification, notificationServer } from './notification-test-data';

/** The bell in the header of a tiny app; subscriptions go to a link the test pushes events through. */
function renderBell({ mocks, language = 'en' }: { mocks: MockLink.MockedResponse[]; language?: Language }) {
  const i18n = createI18n({ storage: window.localStorage, browserLanguages: ['en-GB'] });
  // The person's stored language decides the interface, as after signing in.
  const session = new SessionStore(signedIn(['CASEWORKER'], { language }));
  const live = new MockSubscriptionLink();
  const link = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    live,
    ApolloLink.from([createSessionLinks({ session, getLanguage: () => currentLanguage(i18n) }), new MockLink(mocks, { defaultOptions: { delay: 0 } })]),
  );
  // The bell stays mounted across pages, as in the header: nothing reloads it when the page changes.
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <NotificationBell />
            <Outlet />
          </>
        ),
        children: [
          { path: '/', element: <p>Start page</p> },
          { path: '/cases/:id', element: <p>Case page</p> },
        ],
      },
    ],
    { initialEntries: ['/'] },
  );
  const user = userEvent.setup();
  render(
    <MockedProvider link={link} cache={createCache()}>
      <AppProviders i18n={i18n} session={session} mantineEnv="test">
        <RouterProvider router={router} />
      </AppProviders>
    </MockedProvider>,
  );
  /** The server pushes a notification over the live connection. */
  const push = (item: ReturnType<typeof notification>) => act(() => live.simulateResult({ result: { data: { notificationAdded: item } } }));
  return { user, router, live, push };
}

const count = () => screen.queryByTestId('notification-count')?.textContent ?? null;

describe('notification bell', () => {
  it('raises the unread count when a notification arrives live, and announces it politely', async () => {
    const server = notificationServer({ unread: 2, notifications: [] });
    const { push, live } = renderBell({ mocks: server.mocks });

    await waitFor(() => expect(count()).toBe('2'));
    await waitFor(() => expect(live.operation?.operationName).toBe('NotificationAdded'));
    expect(screen.getByTestId('notification-bell')).toHaveAccessibleName('Notifications: 2 unread');

    // The server is not asked again: the event alone raises the count.
    push(notification({ id: 'n-9', title: 'New message on STO-2026-0042' }));

    await waitFor(() => expect(count()).toBe('3'));
    expect(screen.getByTestId('notification-bell')).toHaveAccessibleName('Notifications: 3 unread');
    const announcement = screen.getByTestId('notification-announcement');
    expect(announcement).toHaveAttribute('aria-live', 'polite');
    expect(announcement).toHaveTextContent('New notification: New message on STO-2026-0042');

    // The same event again (a reconnection may repeat it) and an already read one change nothing:
    // events are handled in order, so once the next new one has counted, those two had their turn.
    push(notification({ id: 'n-9', title: 'New message on STO-2026-0042' }));
    push(notification({ id: 'n-10', readAt: '2026-03-02T10:00:00.000Z' }));
    push(notification({ id: 'n-11', title: 'Arrival confirmed on STO-2026-0043' }));
    await waitFor(() => expect(screen.getByTestId('notification-announcement')).toHaveTextContent('New notification: Arrival confirmed on STO-2026-0043'));
    expect(count()).toBe('4');
  });

  it('lists notifications unread first; a click marks one read, lowers the count and opens its link', async () => {
    let markedRead: unknown = null;
    const unread = notification({ id: 'n-1', title: 'Referral accepted', link: '/cases/case-42' });
    const read = notification({ id: 'n-2', title: 'Arrival confirmed', readAt: '2026-03-01T08:00:00.000Z', link: '/cases/case-7' });
    const server = notificationServer({ unread: 1, notifications: [unread, read] });
    const { user, router } = renderBell({
      mocks: [
        ...server.mocks,
        {
          request: { query: markNotificationReadMutation, variables: { id: 'n-1' } },
          result: (variables) => {
            markedRead = variables.id;
            return { data: { markNotificationRead: { __typename: 'Notification', id: 'n-1', readAt: '2026-03-02T11:00:00.000Z' } } };
          },
        },
      ],
    });

    await waitFor(() => expect(count()).toBe('1'));
    await user.click(screen.getByTestId('notification-bell'));
    const items = await screen.findAllByTestId('notification-item');
    expect(items.map((item) => within(item).getByText(/Referral accepted|Arrival confirmed/).textContent)).toEqual(['Referral accepted', 'Arrival confirmed']);
    expect(items[0]).toHaveAttribute('data-unread', 'true');
    expect(items[1]).not.toHaveAttribute('data-unread');
    expect(items[0]).toHaveTextContent('CLDD Baghdad accepted the referral of STO-2026-0042.');

    await user.click(items[0]!);

    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/case-42'));
    await waitFor(() => expect(count()).toBeNull());
    expect(markedRead).toBe('n-1');
    expect(screen.getByTestId('notification-bell')).toHaveAccessibleName('Notifications: none unread');
  });

  it('marks all read at once', async () => {
    let markedAll = false;
    const server = notificationServer({
      unread: 2,
      notifications: [notification({ id: 'n-1' }), notification({ id: 'n-2', title: 'Follow-up visit overdue', kind: 'FOLLOW_UP_OVERDUE' })],
    });
    const { user } = renderBell({
      mocks: [
        ...server.mocks,
        {
          request: { query: markAllNotificationsReadMutation },
          result: () => {
            markedAll = true;
            return { data: { markAllNotificationsRead: 2 } };
          },
        },
      ],
    });

    await waitFor(() => expect(count()).toBe('2'));
    await user.click(screen.getByTestId('notification-bell'));
    expect(await screen.findAllByTestId('notification-item')).toHaveLength(2);
    await user.click(screen.getByTestId('notifications-mark-all'));

    await waitFor(() => expect(count()).toBeNull());
    expect(markedAll).toBe(true);
    for (const item of screen.getAllByTestId('notification-item')) expect(item).not.toHaveAttribute('data-unread');
    expect(screen.getByTestId('notifications-mark-all')).toBeDisabled();
  });

  it('says so when there is nothing to show', async () => {
    const server = notificationServer({ unread: 0, notifications: [] });
    const { user } = renderBell({ mocks: server.mocks });

    await user.click(screen.getByTestId('notification-bell'));
    expect(await screen.findByTestId('notifications-empty')).toHaveTextContent('Nothing new');
    expect(count()).toBeNull();
  });

  it('says on the button itself, not on a wrapper, whether its panel is open', async () => {
    const server = notificationServer({ unread: 2, notifications: [] });
    const { user } = renderBell({ mocks: server.mocks });
    const bell = screen.getByTestId('notification-bell');
    expect(bell.tagName).toBe('BUTTON');
    expect(bell).toHaveAttribute('aria-expanded', 'false');

    await user.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    // aria-expanded belongs to a button: no element without that role carries it (axe-core's aria-allowed-attr).
    for (const element of document.querySelectorAll('[aria-expanded]')) expect(element.tagName).toBe('BUTTON');
  });

  it('speaks Arabic right to left, with its plural forms', async () => {
    const server = notificationServer({ unread: 3, notifications: [] });
    const { user } = renderBell({ mocks: server.mocks, language: 'ar' });

    await waitFor(() => expect(count()).toBe(new Intl.NumberFormat('ar').format(3)));
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByTestId('notification-bell')).toHaveAccessibleName('الإشعارات: 3 إشعارات غير مقروءة');
    await user.click(screen.getByTestId('notification-bell'));
    expect(await screen.findByTestId('notifications-empty')).toHaveTextContent('لا جديد');
  });
});
