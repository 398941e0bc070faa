import type { ApolloCache } from '@apollo/client';
import type { NotificationItemFragment, NotificationsQuery } from '../../gql/graphql';
import { notificationPageSize, notificationsQuery, unreadNotificationCountQuery } from './notification-operations';

// The bell keeps its count and list in the cache up to date itself, so that a live event or a
// click shows at once, without asking the server again.

const listVariables = { first: notificationPageSize };

function changeUnreadCount(cache: ApolloCache, change: (count: number) => number): void {
  cache.updateQuery({ query: unreadNotificationCountQuery }, (data) =>
    data ? { ...data, unreadNotificationCount: Math.max(0, change(data.unreadNotificationCount)) } : data,
  );
}

/** Changes the listed page of notifications, if the list was loaded. */
function changeList(cache: ApolloCache, change: (list: NotificationsQuery['notifications']) => Partial<NotificationsQuery['notifications']>): void {
  cache.updateQuery({ query: notificationsQuery, variables: listVariables }, (data) =>
    data ? { ...data, notifications: { ...data.notifications, ...change(data.notifications) } } : data,
  );
}

/**
 * A notification that arrived live: counted if unread, and put first in the list if the list was
 * loaded. Returns false for one already known (the same event twice changes nothing).
 */
export function addArrivedNotification(cache: ApolloCache, notification: NotificationItemFragment, known: Set<string>): boolean {
  const listed = cache.readQuery({ query: notificationsQuery, variables: listVariables });
  if (known.has(notification.id) || listed?.notifications.edges.some((edge) => edge.node.id === notification.id)) return false;
  known.add(notification.id);
  if (!notification.readAt) changeUnreadCount(cache, (count) => count + 1);
  changeList(cache, (list) => ({
    totalCount: list.totalCount + 1,
    edges: [{ __typename: 'NotificationEdge', cursor: notification.id, node: notification }, ...list.edges],
  }));
  return true;
}

/** One notification was marked read (its `readAt` arrives with the mutation's answer). */
export function countOneRead(cache: ApolloCache): void {
  changeUnreadCount(cache, (count) => count - 1);
}

/** Every notification was marked read: no unread count, and every listed one shown as read. */
export function markAllReadInCache(cache: ApolloCache, readAt: string): void {
  changeUnreadCount(cache, () => 0);
  changeList(cache, (list) => ({
    edges: list.edges.map((edge) => ({ ...edge, node: { ...edge.node, readAt: edge.node.readAt ?? readAt } })),
  }));
}
