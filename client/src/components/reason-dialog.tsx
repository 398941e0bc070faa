import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Text, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { fieldErrors } from '../core/errors/field-errors';
import { useErrorMessage } from '../core/errors/use-error-message';
import { DialogActions } from './dialog-actions';
import { FailureAlert } from './failure-alert';
import { FormDialog } from './form-dialog';
import { FormStack } from './form-stack';

/** The sentences of one reason dialog, already translated. */
export interface ReasonDialogTexts {
  title: string;
  description: string;
  label: string;
  hint?: string;
  submit: string;
  /** Shown when the reason is left blank. */
  required: string;
  /** Added to a network failure's message: what was typed is still in the form. */
  kept: string;
}

interface ReasonDialogProps {
  opened: boolean;
  onClose: () => void;
  texts: ReasonDialogTexts;
  /** Sends the trimmed reason; a rejection stays in the dialog (on the field when the server names `reason`). */
  onSubmit: (reason: string) => Promise<void>;
}

/**
 * A dialog for a decision that needs a written reason (declining a referral, terminating an
 * agreement): refuses a blank reason before asking the server, shows the server's refusal on the
 * field, and keeps the text when the connection fails.
 */
export function ReasonDialog({ opened, onClose, texts, onSubmit }: ReasonDialogProps) {
  return (
    <FormDialog opened={opened} onClose={onClose} title={texts.title} size="lg">
      <ReasonForm texts={texts} onCancel={onClose} onSubmit={onSubmit} />
    </FormDialog>
  );
}

function ReasonForm({ texts, onCancel, onSubmit }: { texts: ReasonDialogTexts; onCancel: () => void; onSubmit: (reason: string) => Promise<void> }) {
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const refuseReason = (message: string) => {
    setReasonError(message);
    requestAnimationFrame(() => reasonRef.current?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const trimmed = reason.trim();
    // The server refuses an empty reason too; asking it first would only cost a round trip.
    if (!trimmed) {
      refuseReason(texts.required);
      return;
    }
    setSending(true);
    try {
      await onSubmit(trimmed);
    } catch (error) {
      const byField = fieldErrors(error);
      if (byField.reason) refuseReason(byField.reason);
      else setFailure(CombinedGraphQLErrors.is(error) ? errorMessage(error) : `${errorMessage(error as Error)} ${texts.kept}`);
    } finally {
      setSending(false);
    }
  };

  return (
    <FormStack onSubmit={submit} busy={sending} gap="md">
      <Text size="sm">{texts.description}</Text>
      <FailureAlert failure={failure} />
      <Textarea
        ref={reasonRef}
        label={texts.label}
        description={texts.hint}
        name="reason"
        required
        rows={4}
        value={reason}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setReasonError(undefined);
        }}
        error={reasonError}
        data-autofocus
      />
      <DialogActions onCancel={onCancel} confirmLabel={texts.submit} busy={sending} danger />
    </FormStack>
  );
}
