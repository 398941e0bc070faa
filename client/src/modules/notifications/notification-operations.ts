import { graphql } from '../../gql';

/** How many notifications the bell lists at once (unread first, as the server orders them). */
export const notificationPageSize = 20;

export const notificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    title
    body
    link
    createdAt
    readAt
  }
`);

export const unreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const notificationsQuery = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      ...NotificationPage
    }
  }
`);

export const notificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationItem
    }
  }
`);

export const markNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const markAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
