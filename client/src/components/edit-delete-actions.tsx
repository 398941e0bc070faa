import { Button, Group } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from './confirm-dialog';

interface EditDeleteActionsProps {
  /** The record's edit page. */
  editTo: string;
  labels: { edit: string; delete: string; deleteTitle: string; deleteConfirm: string };
  testIds: { edit: string; delete: string; confirmDelete: string };
  /** The question asked before deleting. */
  question: ReactNode;
  /** Deletes the record and leaves its page; `close` closes the question first where the page wants it closed on the way. */
  onDelete: (close: () => void) => Promise<void>;
}

/** The head of a record's page: edit it, or delete it after a question (a failure is said in the question, which stays open). */
export function EditDeleteActions({ editTo, labels, testIds, question, onDelete }: EditDeleteActionsProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Group gap="sm">
      <Button component={Link} to={editTo} variant="default" data-testid={testIds.edit}>
        {labels.edit}
      </Button>
      <Button color="red" variant="light" onClick={() => setConfirming(true)} data-testid={testIds.delete}>
        {labels.delete}
      </Button>
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={labels.deleteTitle}
        confirmLabel={labels.deleteConfirm}
        danger
        confirmTestId={testIds.confirmDelete}
        onConfirm={() => onDelete(() => setConfirming(false))}
      >
        {question}
      </ConfirmDialog>
    </Group>
  );
}
