import { Box, Text } from '@mantine/core';
import { useReferralsTranslation } from './use-referrals-translation';

/**
 * The sender's cover note with a referral, where the partner decides (the inbox) and works (the
 * case page). The text keeps its own direction: an Arabic note in a Swedish page and the reverse.
 */
export function CoverNote({ note }: { note: string | null | undefined }) {
  const { t } = useReferralsTranslation();
  if (!note) return null;
  return (
    <Box mt={4} ps="xs" style={{ borderInlineStart: '3px solid var(--mantine-color-gray-4)' }} data-testid="referral-cover-note-text">
      <Text size="xs" fw={600} c="dimmed">
        {t('coverNote.label')}
      </Text>
      <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {note}
      </Text>
    </Box>
  );
}
