import { useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import type { NotificationKind } from '../../gql/graphql';
import { caseActivitySubscription } from './message-operations';

/**
 * Calls `onActivity` when a live notification says that something of these kinds happened on
 * this case (a message, an arrival), so that an open case page shows it without a reload.
 */
export function useCaseActivity(caseId: string, kinds: readonly NotificationKind[], onActivity: () => void): void {
  const latest = useRef(onActivity);
  latest.current = onActivity;
  useSubscription(caseActivitySubscription, {
    onData: ({ data }) => {
      const notification = data.data?.notificationAdded;
      if (notification?.caseId === caseId && kinds.includes(notification.kind)) latest.current();
    },
  });
}
