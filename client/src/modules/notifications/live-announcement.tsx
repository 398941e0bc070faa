import { Box, CloseButton, Group, Paper, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import type { NotificationItemFragment } from '../../gql/graphql';

/** How long the short notice stays on screen. */
const visibleFor = 8000;

/**
 * A polite notice when a notification arrives: a small card at the end corner (the left one in
 * Arabic), inside a live region that is always present, so screen readers announce it without
 * taking the focus away from what the person is doing.
 */
export function LiveAnnouncement({ notification, onDismiss }: { notification: NotificationItemFragment | null; onDismiss: () => void }) {
  const { t } = useTranslation('notifications');

  useEffect(() => {
    if (!notification) return;
    const timer = setTimeout(onDismiss, visibleFor);
    return () => clearTimeout(timer);
  }, [notification, onDismiss]);

  return (
    // aria-live without role="status": pages keep "status" for their own messages.
    <Box
      aria-live="polite"
      aria-atomic="true"
      data-testid="notification-announcement"
      style={{ position: 'fixed', bottom: 20, insetInlineEnd: 20, zIndex: 400, maxWidth: 'min(380px, calc(100vw - 40px))' }}
    >
      {notification && (
        <Paper withBorder shadow="md" radius="md" p="sm">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Box c="indigo.7" mt={2}>
              <Icon name="bell" size={18} />
            </Box>
            <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
              {t('live.arrived', { title: notification.title })}
            </Text>
            <CloseButton size="sm" aria-label={t('live.dismiss')} onClick={onDismiss} />
          </Group>
        </Paper>
      )}
    </Box>
  );
}
