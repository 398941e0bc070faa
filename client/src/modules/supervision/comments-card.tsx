import { useMutation } from '@apollo/client/react';
import { PersonName, useReadableNames } from '../../components/person-name';
import { Avatar, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSubmit } from '../../components/dialog-actions';
import { SaveFailureAlert } from '../../components/save-failure-alert';
import { SectionCard } from '../../components/section-card';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { SupervisionDetailsFragment } from '../../gql/graphql';
import { addSupervisionCommentMutation } from './supervision-operations';
import { HintText } from '../../components/hint-text';
import { FormStack } from '../../components/form-stack';
import { personInitials } from './person-initials';

/** Comments of the participants, oldest first; participants add theirs. */
export function CommentsCard({ session }: { session: SupervisionDetailsFragment }) {
  const { t } = useTranslation('supervision');
  const format = useFormatters();
  const names = useReadableNames();
  const errorMessage = useErrorMessage();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [addComment, { loading }] = useMutation(addSupervisionCommentMutation, {
    update: (cache, { data }) => {
      const comment = data?.addSupervisionComment;
      if (!comment) return;
      cache.modify({
        id: cache.identify({ __typename: 'SupervisionSession', id: session.id }),
        fields: {
          comments: (existing, { toReference }) => (Array.isArray(existing) ? [...existing, toReference(comment, true)] : existing),
        },
      });
    },
  });

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    if (!body.trim()) {
      setError(t('form.validation.required'));
      return;
    }
    try {
      await addComment({ variables: { input: { sessionId: session.id, body: body.trim() } } });
      setBody('');
    } catch (caught) {
      setFailure(errorMessage(caught as Error));
    }
  };

  return (
    <SectionCard title={t('comments.title')} icon="users" testId="supervision-comments-card">
      <Stack gap="sm">
        {session.comments.length === 0 ? (
          <HintText data-testid="supervision-comments-empty">{t('comments.none')}</HintText>
        ) : (
          session.comments.map((comment) => (
            <Paper key={comment.id} withBorder radius="md" p="sm" data-testid="supervision-comment-row">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Avatar name={names.label(comment.author, { withWritten: false })} color="initials" size={32} aria-hidden data-testid="comment-avatar">
                  {personInitials(names.label(comment.author, { withWritten: false }))}
                </Avatar>
                <Stack gap={2} miw={0} style={{ flex: 1 }}>
                  <Group gap={8} wrap="wrap">
                    <Text size="sm" fw={600}>
                      <PersonName named={comment.author} />
                    </Text>
                    <Text size="xs" c="dimmed">
                      <PersonName named={comment.author.organisation} withWritten={false} />
                    </Text>
                    <Text size="xs" c="dimmed" component="time" dateTime={comment.createdAt}>
                      {format.dateTime(comment.createdAt)}
                    </Text>
                  </Group>
                  {/* Written in any language: the browser finds its direction (Arabic in a Swedish page, too). */}
                  <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {comment.body}
                  </Text>
                </Stack>
              </Group>
            </Paper>
          ))
        )}
        {session.viewerCanComment ? (
          <FormStack onSubmit={send} gap="xs">
            {failure && <SaveFailureAlert title={t('comments.failed')} message={failure} kept={t('form.inputKept')} testId="comment-save-failed" />}
            <Textarea
              label={t('comments.label')}
              rows={3}
              resize="vertical"
              dir="auto"
              value={body}
              onChange={(event) => {
                setBody(event.currentTarget.value);
                setError(null);
              }}
              error={error}
              data-testid="supervision-comment-input"
            />
            <FormSubmit label={t('comments.send')} busy={loading} testId="supervision-comment-send" />
          </FormStack>
        ) : (
          <Text size="xs" c="dimmed">
            {t('comments.participantsOnly')}
          </Text>
        )}
      </Stack>
    </SectionCard>
  );
}
