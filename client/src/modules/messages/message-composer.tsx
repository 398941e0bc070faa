import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, CloseButton, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useId, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../components/bidi-isolate';
import { FormSubmit } from '../../components/dialog-actions';
import { FormStack } from '../../components/form-stack';
import { SaveFailureAlert } from '../../components/save-failure-alert';
import { fieldErrors } from '../../core/errors/field-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { AttachmentTransferError, maxAttachmentBytes, useAttachmentErrorMessage, useAttachmentTransfer } from '../cases/attachment-transfer';
import { fileProblem, fileTypeLabel, maxMessageFiles, messageFileAccept, useFileSize, type FileProblem } from './message-files';
import { caseMessagesQuery, sendCaseMessageMutation } from './message-operations';

interface ChosenFile {
  key: number;
  file: File;
  /** A problem the client found (a stable code), or the server's sentence for this file. */
  problem: FileProblem | null;
  refusal?: string;
}

/**
 * Writes a message on a referral's thread, with up to five files (PDF, PNG, JPEG). The text and
 * the files stay when sending fails; a message with files goes in one request, all or nothing.
 */
export function MessageComposer({ referralId }: { referralId: string }) {
  const { t } = useTranslation(['messages', 'cases']);
  const errorMessage = useErrorMessage();
  const transferMessage = useAttachmentErrorMessage();
  const fileSize = useFileSize();
  const apollo = useApolloClient();
  const { postForm } = useAttachmentTransfer();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [filesError, setFilesError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [posting, setPosting] = useState(false);
  const [send, { loading: mutating }] = useMutation(sendCaseMessageMutation);
  const loading = mutating || posting;
  const fileInput = useRef<HTMLInputElement>(null);
  const attachButton = useRef<HTMLButtonElement>(null);
  const nextKey = useRef(0);
  const hintId = useId();
  const filesErrorId = useId();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.currentTarget.files ?? [])];
    // The same file can be chosen again after it was removed.
    event.currentTarget.value = '';
    if (picked.length === 0) return;
    setFailure(null);
    const room = maxMessageFiles - files.length;
    setFilesError(picked.length > room ? t('composer.fileErrors.TOO_MANY_FILES', { limit: maxMessageFiles }) : null);
    setFiles((current) => [...current, ...picked.slice(0, Math.max(room, 0)).map((file) => ({ key: nextKey.current++, file, problem: fileProblem(file) }))]);
  };

  const remove = (key: number) => {
    setFiles((current) => current.filter((chosen) => chosen.key !== key));
    setFilesError(null);
    attachButton.current?.focus();
  };

  const problemText = (chosen: ChosenFile) =>
    chosen.refusal ??
    (chosen.problem ? t(`composer.fileErrors.${chosen.problem}`, { name: isolate(chosen.file.name), size: fileSize(maxAttachmentBytes) }) : null);

  const sendWithFiles = async (text: string) => {
    setPosting(true);
    try {
      await postForm<{ id: string }>('/attachments/messages', () => {
        const form = new FormData();
        form.append('referralId', referralId);
        form.append('body', text);
        for (const { file } of files) form.append('files', file, file.name);
        return form;
      });
      await apollo.refetchQueries({ include: [caseMessagesQuery] });
    } finally {
      setPosting(false);
    }
  };

  const sendText = (text: string) =>
    send({
      variables: { input: { referralId, body: text } },
      update: (cache, { data }) => {
        const message = data?.sendCaseMessage;
        if (!message) return;
        cache.modify({
          id: cache.identify({ __typename: 'Referral', id: referralId }),
          fields: {
            messages: (existing, { toReference, readField }) => {
              const list = Array.isArray(existing) ? existing : [];
              if (list.some((item) => readField('id', item) === message.id)) return list;
              return [...list, toReference(message)];
            },
          },
        });
      },
    });

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (loading) return;
    setFailure(null);
    if (body.trim() === '') {
      setFieldError(t('composer.empty'));
      return;
    }
    setFieldError(null);
    if (files.some((chosen) => chosen.problem || chosen.refusal)) {
      setFilesError(t('composer.fileErrors.REMOVE_REFUSED'));
      return;
    }
    try {
      if (files.length > 0) await sendWithFiles(body.trim());
      else await sendText(body.trim());
      setBody('');
      setFiles([]);
      setFilesError(null);
    } catch (error) {
      if (error instanceof AttachmentTransferError) {
        const index = /^files\.(\d+)$/.exec(error.field ?? '')?.[1];
        if (error.kind === 'rejected' && index !== undefined && files[Number(index)]) {
          const refused = files[Number(index)]!.key;
          setFiles((current) => current.map((chosen) => (chosen.key === refused ? { ...chosen, refusal: error.message } : chosen)));
          setFilesError(t('composer.fileErrors.REMOVE_REFUSED'));
        } else if (error.kind === 'rejected' && error.field === 'files') setFilesError(error.message);
        else if (error.kind === 'rejected' && error.field === 'body') setFieldError(error.message);
        else setFailure(transferMessage(error));
        return;
      }
      const onBody = fieldErrors(error).body;
      if (onBody) setFieldError(onBody);
      else setFailure(errorMessage(error as Error));
    }
  };

  const sendOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <FormStack onSubmit={submit} busy={loading} gap="xs" testId="message-composer">
      {failure && <SaveFailureAlert title={t('composer.failed')} message={failure} kept={t('cases:form.inputKept')} />}
      <Textarea
        label={t('composer.label')}
        description={t('composer.hint')}
        placeholder={t('composer.placeholder')}
        resize="vertical"
        rows={2}
        dir="auto"
        value={body}
        onChange={(event) => {
          setBody(event.currentTarget.value);
          setFieldError(null);
        }}
        onKeyDown={sendOnCtrlEnter}
        error={fieldError}
        data-testid="message-input"
      />
      {files.length > 0 && (
        <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('composer.chosenFiles')} data-testid="message-files">
          {files.map((chosen) => {
            const problem = problemText(chosen);
            return (
              <Paper component="li" key={chosen.key} withBorder radius="sm" px="xs" py={4} data-testid="message-file" data-problem={chosen.problem ?? (chosen.refusal ? 'REFUSED' : undefined)}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    <bdi data-testid="message-file-name">{chosen.file.name}</bdi>{' '}
                    <Text span size="xs" c="dimmed" data-testid="message-file-size">
                      {t('composer.fileLine', { type: fileTypeLabel(chosen.file.type), size: fileSize(chosen.file.size) })}
                    </Text>
                  </Text>
                  <CloseButton size="sm" aria-label={t('composer.removeFile', { name: chosen.file.name })} onClick={() => remove(chosen.key)} data-testid="message-file-remove" />
                </Group>
                {problem && (
                  <Text size="xs" c="red" role="alert" data-testid="message-file-error">
                    {problem}
                  </Text>
                )}
              </Paper>
            );
          })}
        </Stack>
      )}
      {filesError && (
        <Text size="xs" c="red" role="alert" id={filesErrorId} data-testid="message-files-error">
          {filesError}
        </Text>
      )}
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <input ref={fileInput} type="file" multiple accept={messageFileAccept} onChange={choose} hidden tabIndex={-1} data-testid="message-file-input" />
          <Button
            ref={attachButton}
            variant="default"
            size="xs"
            onClick={() => fileInput.current?.click()}
            disabled={files.length >= maxMessageFiles}
            aria-describedby={filesError ? `${hintId} ${filesErrorId}` : hintId}
            data-testid="message-attach"
          >
            {t('composer.attach')}
          </Button>
          <Text size="xs" c="dimmed" id={hintId}>
            {t('composer.attachHint', { limit: maxMessageFiles, size: fileSize(maxAttachmentBytes) })}
          </Text>
        </Group>
        <FormSubmit label={t('composer.send')} busy={loading} testId="message-send" />
      </Group>
    </FormStack>
  );
}
