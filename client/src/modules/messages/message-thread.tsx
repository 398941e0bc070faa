import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { CaseMessageItemFragment } from '../../gql/graphql';
import { useReadableNames } from '../../components/person-name';
import { useAttachmentErrorMessage, useAttachmentTransfer } from '../cases/attachment-transfer';
import { MessageComposer } from './message-composer';
import { fileTypeLabel, useFileSize } from './message-files';
import { markCaseMessagesReadMutation } from './message-operations';
import { useOnScreen } from './use-on-screen';
import { HintText } from '../../components/hint-text';
import { notificationsQuery, unreadNotificationCountQuery } from '../notifications/notification-operations';

interface MessageThreadProps {
  referralId: string;
  /** The other side of the referral, as the viewer sees it. */
  counterpart: string;
  messages: readonly CaseMessageItemFragment[];
  unreadCount: number;
  /** While the referral is open (pending or accepted) both sides write; afterwards the thread is read only. */
  canWrite: boolean;
  defaultOpen: boolean;
}

/** One referral's conversation: messages oldest first, the viewer's own on the end side. */
export function MessageThread({ referralId, counterpart, messages, unreadCount, canWrite, defaultOpen }: MessageThreadProps) {
  const { t } = useTranslation('messages');
  const [open, setOpen] = useState(defaultOpen);
  const titleId = useId();
  const bodyId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(listRef, open);
  const [markRead] = useMutation(markCaseMessagesReadMutation);
  const [markFailed, setMarkFailed] = useState(false);
  // The unread count last sent to the server, so that a failure is not retried in a loop.
  const markedAt = useRef<number | null>(null);

  useEffect(() => {
    if (!open || !onScreen || unreadCount === 0 || markedAt.current === unreadCount) return;
    markedAt.current = unreadCount;
    // Reading the thread reads its message notifications too (server): the bell follows, if shown.
    markRead({ variables: { referralId }, refetchQueries: [unreadNotificationCountQuery, notificationsQuery] })
      .then(() => setMarkFailed(false))
      .catch(() => setMarkFailed(true));
  }, [open, onScreen, unreadCount, referralId, markRead]);

  // The newest message is at the bottom: keep it in view as messages arrive.
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [messages.length, open]);

  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby={titleId} data-testid="message-thread" data-referral-id={referralId}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="wrap" style={{ flex: '1 1 12rem', minWidth: 0 }}>
          <Title order={3} size="h6" id={titleId}>
            {t('card.with', { organisation: counterpart })}
          </Title>
          {unreadCount > 0 && (
            <Badge color="red" variant="filled" size="sm" tt="none" data-testid="message-unread">
              {t('unread', { count: unreadCount })}
            </Badge>
          )}
          {!open && messages.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('messageCount', { count: messages.length })}
            </Text>
          )}
        </Group>
        <Button variant="subtle" size="xs" onClick={() => setOpen((value) => !value)} aria-expanded={open} aria-controls={bodyId} data-testid="message-thread-toggle">
          {open ? t('card.hide') : t('card.show')}
        </Button>
      </Group>
      {open && (
        <Stack gap="sm" mt="sm" id={bodyId}>
          <Box
            ref={listRef}
            role="log"
            aria-label={t('thread.label', { organisation: counterpart })}
            mah={420}
            style={{ overflowY: 'auto' }}
            data-testid="message-list"
          >
            {messages.length === 0 ? (
              <HintText data-testid="messages-empty">{t('thread.empty')}</HintText>
            ) : (
              <Stack gap="xs">
                {messages.map((message) => (
                  <MessageRow key={message.id} message={message} />
                ))}
              </Stack>
            )}
          </Box>
          {markFailed && (
            <Text size="xs" c="red" role="status">
              {t('thread.markFailed')}
            </Text>
          )}
          {canWrite ? (
            <MessageComposer referralId={referralId} />
          ) : (
            <HintText data-testid="thread-closed">{t('thread.closed')}</HintText>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function MessageRow({ message }: { message: CaseMessageItemFragment }) {
  const { t } = useTranslation('messages');
  const names = useReadableNames();
  const format = useFormatters();
  const author = t('thread.byline', { name: names.text(message.author), organisation: names.short(message.organisation) });
  return (
    <Paper
      component="article"
      radius="md"
      p="xs"
      px="sm"
      maw="85%"
      bg={message.mine ? 'var(--mantine-primary-color-light)' : 'var(--mantine-color-default-hover)'}
      style={{ alignSelf: message.mine ? 'flex-end' : 'flex-start' }}
      data-testid="message-row"
      data-mine={message.mine || undefined}
    >
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Group gap={6} wrap="wrap">
          <Text size="xs" fw={600} data-testid="message-author">
            {author}
          </Text>
          {message.mine && (
            <Badge size="xs" variant="light" tt="none">
              {t('thread.you')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" component="time" dateTime={message.sentAt}>
          {format.dateTime(message.sentAt)}
        </Text>
      </Group>
      <Text size="sm" dir="auto" mt={2} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="message-body">
        {message.body}
      </Text>
      {message.attachments.length > 0 && <MessageFiles files={message.attachments} />}
    </Paper>
  );
}

type MessageFile = CaseMessageItemFragment['attachments'][number];

/** The files sent with a message: name, type and size, each a link that downloads it with the session's token. */
function MessageFiles({ files }: { files: readonly MessageFile[] }) {
  const { t } = useTranslation('messages');
  const fileSize = useFileSize();
  const { download } = useAttachmentTransfer();
  const transferMessage = useAttachmentErrorMessage();
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);

  const fetchFile = (event: MouseEvent<HTMLAnchorElement>, file: MessageFile) => {
    event.preventDefault();
    setFailed(null);
    download(file.url, file.fileName).catch((error: unknown) => setFailed({ id: file.id, message: transferMessage(error) }));
  };

  return (
    <Stack component="ul" gap={2} mt={6} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('thread.files')} data-testid="message-files">
      {files.map((file) => (
        <li key={file.id} data-testid="message-file">
          <Anchor
            href={file.url}
            size="sm"
            download={file.fileName}
            onClick={(event) => fetchFile(event, file)}
            aria-label={t('thread.download', { name: file.fileName, type: fileTypeLabel(file.contentType), size: fileSize(file.size) })}
            style={{ overflowWrap: 'anywhere' }}
            data-testid="message-file-link"
          >
            <bdi>{file.fileName}</bdi>
          </Anchor>{' '}
          <Text span size="xs" c="dimmed" data-testid="message-file-size">
            {t('composer.fileLine', { type: fileTypeLabel(file.contentType), size: fileSize(file.size) })}
          </Text>
          {failed?.id === file.id && (
            <Text size="xs" c="red" role="alert" data-testid="message-file-failed">
              {failed.message}
            </Text>
          )}
        </li>
      ))}
    </Stack>
  );
}
