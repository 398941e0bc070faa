import '@mantine/core/styles/Indicator.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Skeleton.css';
import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Divider, Group, Indicator, Popover, ScrollArea, Text, Title } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Icon } from '../../components/icon';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { NotificationItemFragment } from '../../gql/graphql';
import { LiveAnnouncement } from './live-announcement';
import { addArrivedNotification, countOneRead, markAllReadInCache } from './notification-cache';
import { NotificationList } from './notification-list';
import {
  markAllNotificationsReadMutation,
  markNotificationReadMutation,
  notificationAddedSubscription,
  notificationPageSize,
  notificationsQuery,
  unreadNotificationCountQuery,
} from './notification-operations';

/** Only routes of this app: a link from the server never sends anyone to another site. */
function isAppRoute(link: string | null | undefined): link is string {
  return typeof link === 'string' && link.startsWith('/') && !link.startsWith('//');
}

/** The header's bell: the live unread count, and the latest notifications in a panel. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [opened, setOpened] = useState(false);
  const [arrived, setArrived] = useState<NotificationItemFragment | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const known = useRef(new Set<string>());

  const count = useQuery(unreadNotificationCountQuery, { fetchPolicy: 'cache-and-network' });
  const list = useQuery(notificationsQuery, { variables: { first: notificationPageSize }, skip: !opened, fetchPolicy: 'cache-and-network' });
  const refetchCount = count.refetch;

  useSubscription(notificationAddedSubscription, {
    // After the connection dropped and came back, events may have been missed: ask for the count again.
    context: { liveReconnected: () => void refetchCount().catch(() => undefined) },
    onData: ({ data }) => {
      const notification = data.data?.notificationAdded;
      if (notification && addArrivedNotification(client.cache, notification, known.current) && !notification.readAt) setArrived(notification);
    },
  });

  const [markRead] = useMutation(markNotificationReadMutation);
  const [markAll, { loading: markingAll }] = useMutation(markAllNotificationsReadMutation, {
    update: (cache) => markAllReadInCache(cache, new Date().toISOString()),
  });

  const unread = count.data?.unreadNotificationCount ?? 0;
  const dismiss = useCallback(() => setArrived(null), []);

  const toggle = () => {
    setFailure(null);
    if (!opened) void refetchCount().catch(() => undefined);
    setOpened((open) => !open);
  };

  const openNotification = async (notification: NotificationItemFragment) => {
    setFailure(null);
    const goTo = isAppRoute(notification.link) ? notification.link : null;
    if (goTo) setOpened(false);
    const marking = notification.readAt
      ? Promise.resolve()
      : markRead({ variables: { id: notification.id }, update: (cache) => countOneRead(cache) }).then(() => undefined);
    if (goTo) {
      void navigate(goTo);
      await marking.catch(() => undefined);
    } else {
      await marking.catch(() => setFailure(t('panel.markFailed')));
    }
  };

  const notifications = list.data?.notifications.edges.map((edge) => edge.node);
  const label = unread > 0 ? t('bell.label', { count: unread }) : t('bell.labelNone');

  return (
    <>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md" radius="md" withArrow trapFocus returnFocus>
        {/* The popover's target is the button itself: it carries aria-expanded, which a div may not. */}
        <Indicator
          disabled={unread === 0}
          label={<span data-testid="notification-count">{unread > 99 ? '99+' : format.number(unread)}</span>}
          size={18}
          offset={6}
          color="red"
          position="top-end"
        >
          <Popover.Target>
            <ActionIcon
              variant="default"
              size={36}
              radius="md"
              aria-label={label}
              aria-expanded={opened}
              aria-haspopup="dialog"
              data-testid="notification-bell"
              onClick={toggle}
            >
              <Icon name="bell" size={20} />
            </ActionIcon>
          </Popover.Target>
        </Indicator>
        <Popover.Dropdown p={0} aria-label={t('panel.title')} role="dialog" maw="calc(100vw - 16px)">
          <Group justify="space-between" px="md" py="sm" gap="sm" wrap="nowrap">
            <Title order={2} size="h5">
              {t('panel.title')}
            </Title>
            <Button
              size="compact-sm"
              variant="subtle"
              data-testid="notifications-mark-all"
              disabled={unread === 0}
              loading={markingAll}
              onClick={() => void markAll().catch((error: Error) => setFailure(errorMessage(error)))}
            >
              {t('panel.markAll')}
            </Button>
          </Group>
          <Divider />
          {failure && (
            <Alert m="xs" color="red" variant="light" role="alert" p="xs">
              <Text size="sm">{failure}</Text>
            </Alert>
          )}
          {list.error && !notifications ? (
            <Alert m="xs" color="red" variant="light" title={t('panel.loadFailed')}>
              <Text size="sm">{errorMessage(list.error)}</Text>
            </Alert>
          ) : (
            <ScrollArea.Autosize mah={440} type="auto">
              <NotificationList notifications={notifications} loading={list.loading} onOpen={(notification) => void openNotification(notification)} />
            </ScrollArea.Autosize>
          )}
          {notifications && notifications.length > 0 && (list.data?.notifications.totalCount ?? 0) > notifications.length && (
            <Text size="xs" c="dimmed" px="md" py="xs">
              {t('panel.latest', { count: notifications.length })}
            </Text>
          )}
        </Popover.Dropdown>
      </Popover>
      <LiveAnnouncement notification={arrived} onDismiss={dismiss} />
    </>
  );
}
