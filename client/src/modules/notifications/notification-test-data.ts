import { connectionPage } from '../../../test/connection';
import { fixture } from '../../../test/fixtures';
import type { MockLink } from '@apollo/client/testing';
import type { NotificationItemFragment } from '../../gql/graphql';
import { notificationPageSize, notificationsQuery, unreadNotificationCountQuery } from './notification-operations';

export const notification = fixture<NotificationItemFragment>({
  __typename: 'Notification',
  id: 'n-1',
  kind: 'REFERRAL_ACCEPTED',
  title: 'Referral accepted',
  body: 'CLDD Baghdad accepted the referral of STO-2026-0042.',
  link: '/cases/case-42',
  createdAt: '2026-03-02T09:30:00.000Z',
  readAt: null,
});

/** The server's answers about one person's notifications; change `state` to change what it says next. */
export function notificationServer(initial: { unread: number; notifications: NotificationItemFragment[] }) {
  const state = { ...initial };
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: unreadNotificationCountQuery },
      result: () => ({ data: { unreadNotificationCount: state.unread } }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: notificationsQuery, variables: { first: notificationPageSize } },
      result: () => ({ data: { notifications: connectionPage('NotificationConnection', state.notifications, { cursor: (node) => node.id }) } }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
  return { state, mocks };
}
