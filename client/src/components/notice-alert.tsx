import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What the person's last action did ("Referral accepted"), until they close it; nothing when there is no notice. */
export function NoticeAlert({ notice, onClose, testId }: { notice: ReactNode; onClose: () => void; testId?: string }) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <Alert color="teal" variant="light" withCloseButton closeButtonLabel={t('common.close')} onClose={onClose} role="status" data-testid={testId}>
      {notice}
    </Alert>
  );
}
