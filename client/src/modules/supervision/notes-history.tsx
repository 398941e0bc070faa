import { Box, Stack, Text, Timeline, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { SupervisionDetailsFragment } from '../../gql/graphql';
import { useReadableNames } from '../../components/person-name';
import { diffWords } from './text-diff';
import { HintText } from '../../components/hint-text';

type Revision = SupervisionDetailsFragment['notesHistory'][number];

/** One change of the notes: what was removed (struck through) and added (underlined). */
function RevisionDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation('supervision');
  const parts = diffWords(before, after);
  if (!parts) {
    return (
      <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
        <Text span size="xs" c="dimmed" display="block">
          {t('notes.earlierText')}
        </Text>
        {before}
      </Text>
    );
  }
  return (
    <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="notes-diff">
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <Box component="del" key={index} c="red.8" bg="red.0">
            <VisuallyHidden>{t('notes.removed')} </VisuallyHidden>
            {part.text}
          </Box>
        ) : (
          <Box component="ins" key={index} c="teal.9" bg="teal.0">
            <VisuallyHidden>{t('notes.added')} </VisuallyHidden>
            {part.text}
          </Box>
        ),
      )}
    </Text>
  );
}

/**
 * Who changed the notes, when, and how: each revision holds the text as it was before its change,
 * so the text after it is the next newer revision's (or today's notes, for the newest).
 */
export function NotesHistory({ history, current }: { history: readonly Revision[]; current: string }) {
  const { t } = useTranslation('supervision');
  const names = useReadableNames();
  const format = useFormatters();
  if (history.length === 0) {
    return (
      <HintText data-testid="notes-history-empty">{t('notes.noHistory')}</HintText>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} active={-1}>
      {history.map((revision, index) => {
        const after = index === 0 ? current : history[index - 1]!.notes;
        return (
          <Timeline.Item
            key={revision.id}
            data-testid="notes-revision"
            title={
              <Text size="sm" fw={600}>
                {t('notes.changedBy', { name: names.text(revision.changedBy), organisation: names.short(revision.changedBy.organisation) })}
              </Text>
            }
          >
            <Stack gap={4}>
              <Text size="xs" c="dimmed" component="time" dateTime={revision.changedAt}>
                {format.dateTime(revision.changedAt)}
              </Text>
              <RevisionDiff before={revision.notes} after={after} />
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
