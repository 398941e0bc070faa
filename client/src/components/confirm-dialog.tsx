import { Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useErrorMessage } from '../core/errors/use-error-message';
import { DialogActions } from './dialog-actions';
import { FailureAlert } from './failure-alert';
import { FormDialog } from './form-dialog';

interface ConfirmDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The question, and what follows from saying yes. */
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  confirmTestId?: string;
  /** Does it; a rejection is said in the dialog, which stays open for another try. */
  onConfirm: () => Promise<unknown>;
}

/** Asks before an action that needs no more than a "yes"; focus starts on "Cancel". */
export function ConfirmDialog({ opened, onClose, title, ...body }: ConfirmDialogProps) {
  return (
    <FormDialog opened={opened} onClose={onClose} title={title}>
      <ConfirmBody onCancel={onClose} {...body} />
    </FormDialog>
  );
}

function ConfirmBody({ children, confirmLabel, danger, confirmTestId, onConfirm, onCancel }: Omit<ConfirmDialogProps, 'opened' | 'onClose' | 'title'> & { onCancel: () => void }) {
  const errorMessage = useErrorMessage();
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const confirm = async () => {
    setRunning(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (error) {
      setFailure(errorMessage(error as Error));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Stack gap="md">
      {children}
      <FailureAlert failure={failure} />
      <DialogActions
        onCancel={onCancel}
        confirmLabel={confirmLabel}
        onConfirm={() => void confirm()}
        busy={running}
        danger={danger}
        focusCancel
        confirmTestId={confirmTestId}
      />
    </Stack>
  );
}
