import { Button, Group, type ButtonProps, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface DialogActionsProps {
  onCancel: () => void;
  confirmLabel: string;
  /** Without it, the confirm button submits the form it is in. */
  onConfirm?: () => void;
  /** While the action runs: the confirm button spins and cancelling waits. */
  busy: boolean;
  /** Red, for what cannot be undone from here. */
  danger?: boolean;
  disabled?: boolean;
  /** Focus starts on "Cancel", so that Enter alone never confirms. */
  focusCancel?: boolean;
  confirmTestId?: string;
  mt?: MantineSpacing;
}

/** The end of a dialog or form: "Cancel", then the action it is for. */
export function DialogActions({ onCancel, confirmLabel, onConfirm, busy, danger, disabled, focusCancel, confirmTestId, mt }: DialogActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm" mt={mt}>
      <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus={focusCancel || undefined}>
        {t('common.cancel')}
      </Button>
      <Button
        type={onConfirm ? 'button' : 'submit'}
        color={danger ? 'red' : undefined}
        onClick={onConfirm}
        loading={busy}
        disabled={disabled}
        data-testid={confirmTestId}
      >
        {confirmLabel}
      </Button>
    </Group>
  );
}

interface FormSubmitProps extends Omit<ButtonProps, 'children' | 'loading'> {
  label: string;
  busy: boolean;
  testId?: string;
}

/** The end of a form that is part of a page (no "Cancel"): its submit button. */
export function FormSubmit({ label, busy, testId, ...props }: FormSubmitProps) {
  return (
    <Group justify="flex-end">
      <Button type="submit" loading={busy} data-testid={testId} {...props}>
        {label}
      </Button>
    </Group>
  );
}
