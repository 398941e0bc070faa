import { useMutation } from '@apollo/client/react';
import { Alert, Button, Divider, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { NoticeAlert } from '../../components/notice-alert';
import { SaveFailureAlert } from '../../components/save-failure-alert';
import { SectionCard } from '../../components/section-card';
import { ErrorCode, hasErrorCode } from '../../core/apollo/graphql-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { SupervisionDetailsFragment } from '../../gql/graphql';
import { NotesHistory } from './notes-history';
import { updateSupervisionNotesMutation } from './supervision-operations';

interface NotesCardProps {
  session: SupervisionDetailsFragment;
  /** Asks the server for the session as it is now (after a conflict); resolves to its version. */
  onReload: () => Promise<number | undefined>;
}

type Failure = { kind: 'conflict' } | { kind: 'error'; message: string };

/**
 * The session's notes, their history, and (for the supervising organisation's supervisors) an
 * editor. An edit is sent with the version it started from: if someone saved in between, the
 * server refuses it (CONFLICT), the latest text is shown, and the person's text stays in the editor.
 */
export function NotesCard({ session, onReload }: NotesCardProps) {
  const { t } = useTranslation('supervision');
  const { t: common } = useTranslation();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<string | null>(null);
  const [baseVersion, setBaseVersion] = useState(session.version);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(updateSupervisionNotesMutation);
  const editing = draft !== null;

  const startEditing = () => {
    setDraft(session.notes);
    setBaseVersion(session.version);
    setFailure(null);
    setSaved(false);
  };

  const save = async () => {
    if (draft === null) return;
    setFailure(null);
    try {
      await update({ variables: { input: { sessionId: session.id, version: baseVersion, notes: draft } } });
      setDraft(null);
      setSaved(true);
    } catch (error) {
      if (hasErrorCode(error, ErrorCode.Conflict)) {
        setFailure({ kind: 'conflict' });
        // Show what the other person saved; saving again (deliberately) replaces it.
        const version = await onReload().catch(() => undefined);
        if (version !== undefined) setBaseVersion(version);
      } else {
        setFailure({ kind: 'error', message: errorMessage(error as Error) });
      }
    }
  };

  return (
    <SectionCard
      title={t('notes.title')}
      icon="shield"
      testId="supervision-notes-card"
      actions={
        session.viewerCanEdit &&
        !editing && (
          <Button size="xs" variant="light" onClick={startEditing} data-testid="supervision-notes-edit">
            {t('notes.edit')}
          </Button>
        )
      }
    >
      <Stack gap="md">
        <NoticeAlert notice={saved && t('notes.saved')} onClose={() => setSaved(false)} />
        {failure?.kind === 'conflict' && (
          <Alert color="orange" variant="light" icon={<Icon name="alert" />} title={t('notes.conflict.title')} role="alert" data-testid="notes-conflict">
            <Stack gap="xs">
              <Text size="sm">{t('notes.conflict.description')}</Text>
              <Paper withBorder p="sm" radius="sm" bg="white">
                <Text size="xs" c="dimmed" mb={4}>
                  {t('notes.conflict.latest')}
                </Text>
                <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="notes-latest">
                  {session.notes || t('notes.empty')}
                </Text>
              </Paper>
            </Stack>
          </Alert>
        )}
        {failure?.kind === 'error' && <SaveFailureAlert title={t('notes.failed')} message={failure.message} kept={t('form.inputKept')} testId="notes-save-failed" />}

        {editing ? (
          <Stack gap="sm">
            <Textarea
              label={t('notes.label')}
              dir="auto"
              rows={8}
              resize="vertical"
              value={draft}
              onChange={(event) => setDraft(event.currentTarget.value)}
              data-testid="supervision-notes-input"
            />
            <Group justify="flex-end" gap="sm">
              <Button
                variant="default"
                disabled={loading}
                onClick={() => {
                  setDraft(null);
                  setFailure(null);
                }}
              >
                {common('common.cancel')}
              </Button>
              <Button onClick={() => void save()} loading={loading} data-testid="supervision-notes-save">
                {failure?.kind === 'conflict' ? t('notes.saveAnyway') : t('notes.save')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} c={session.notes ? undefined : 'dimmed'} data-testid="supervision-notes">
            {session.notes || t('notes.empty')}
          </Text>
        )}

        <Divider />
        <Title order={3} size="h5">
          {t('notes.history')}
        </Title>
        <NotesHistory history={session.notesHistory} current={session.notes} />
      </Stack>
    </SectionCard>
  );
}
