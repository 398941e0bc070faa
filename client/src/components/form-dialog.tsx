import { Modal, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface FormDialogProps extends Pick<ModalProps, 'opened' | 'onClose' | 'size'> {
  title: ReactNode;
  children: ReactNode;
}

/** A centred dialog whose content is mounted only while it is open: each opening starts afresh, with an empty form and no earlier failure. */
export function FormDialog({ opened, onClose, title, size, children }: FormDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered>
      {opened && children}
    </Modal>
  );
}
