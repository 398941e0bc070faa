import { Box, Group, Skeleton, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { NotificationItemFragment } from '../../gql/graphql';
import { HintText } from '../../components/hint-text';

interface NotificationListProps {
  notifications: readonly NotificationItemFragment[] | undefined;
  loading: boolean;
  onOpen: (notification: NotificationItemFragment) => void;
}

/** The bell's list: unread first (the server orders it), each a button that opens what it is about. */
export function NotificationList({ notifications, loading, onOpen }: NotificationListProps) {
  const { t } = useTranslation('notifications');
  const format = useFormatters();

  if (!notifications) {
    return loading ? (
      <Stack gap="xs" p="sm" role="status" aria-busy="true" aria-label={t('panel.loading')}>
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} h={56} radius="sm" />
        ))}
      </Stack>
    ) : null;
  }

  if (notifications.length === 0) {
    return (
      <Stack align="center" gap={6} py="lg" px="md" ta="center" data-testid="notifications-empty">
        <Box c="dimmed">
          <Icon name="bell" size={28} />
        </Box>
        <Text fw={600}>{t('empty.title')}</Text>
        <HintText>{t('empty.description')}</HintText>
      </Stack>
    );
  }

  return (
    <Stack component="ul" gap={2} p={4} m={0} style={{ listStyle: 'none' }}>
      {notifications.map((notification) => {
        const unread = !notification.readAt;
        return (
          <li key={notification.id}>
            <UnstyledButton
              data-testid="notification-item"
              data-unread={unread || undefined}
              w="100%"
              p="sm"
              ta="start"
              bg={unread ? 'var(--mantine-color-indigo-0)' : undefined}
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              onClick={() => onOpen(notification)}
            >
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Box
                  mt={7}
                  w={8}
                  h={8}
                  style={{ flex: 'none', borderRadius: '50%' }}
                  bg={unread ? 'var(--mantine-color-indigo-6)' : 'transparent'}
                  aria-hidden
                />
                <Stack gap={2} miw={0} style={{ flex: 1 }}>
                  {unread && <VisuallyHidden>{t('panel.unread')}: </VisuallyHidden>}
                  <Text size="sm" fw={unread ? 700 : 500} style={{ overflowWrap: 'anywhere' }}>
                    {notification.title}
                  </Text>
                  <HintText lineClamp={3} style={{ overflowWrap: 'anywhere' }}>{notification.body}</HintText>
                  <Text size="xs" c="dimmed" component="time" dateTime={notification.createdAt} title={format.dateTime(notification.createdAt)}>
                    {format.relativeTime(notification.createdAt)}
                  </Text>
                </Stack>
              </Group>
            </UnstyledButton>
          </li>
        );
      })}
    </Stack>
  );
}
