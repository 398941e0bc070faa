import { useMutation } from '@apollo/client/react';
import { Textarea } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSubmit } from '../../components/dialog-actions';
import { SaveFailureAlert } from '../../components/save-failure-alert';
import { fieldErrors } from '../../core/errors/field-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { sendCaseMessageMutation } from './message-operations';
import { FormStack } from '../../components/form-stack';

/** Writes a message on a referral's thread; the text stays when sending fails. */
export function MessageComposer({ referralId }: { referralId: string }) {
  const { t } = useTranslation(['messages', 'cases']);
  const errorMessage = useErrorMessage();
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [send, { loading }] = useMutation(sendCaseMessageMutation);

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (loading) return;
    setFailure(null);
    if (body.trim() === '') {
      setFieldError(t('composer.empty'));
      return;
    }
    setFieldError(null);
    try {
      await send({
        variables: { input: { referralId, body: body.trim() } },
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
      setBody('');
    } catch (error) {
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
      <FormSubmit label={t('composer.send')} busy={loading} testId="message-send" />
    </FormStack>
  );
}
