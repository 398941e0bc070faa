import { Alert } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How long a notice of success stays by itself: long enough to read twice. */
export const NOTICE_VISIBLE_MS = 8_000;

/**
 * What the person's last action did ("Referral accepted"): announced (role="status"), then gone by
 * itself after a few seconds, or at once when closed; it stays while the pointer rests on it or the
 * focus is in it. A notice that offers a way on (a link: anything but plain text) stays until
 * closed, so that nobody loses it halfway to it. Nothing when there is no notice.
 */
export function NoticeAlert({ notice, onClose, testId }: { notice: ReactNode; onClose: () => void; testId?: string }) {
  const { t } = useTranslation();
  const [held, setHeld] = useState(false);
  // The latest onClose, without restarting the clock whenever the page renders a new one.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    if (!notice || held || typeof notice !== 'string') return;
    const timer = setTimeout(() => close.current(), NOTICE_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice, held]);
  if (!notice) return null;
  return (
    <Alert
      color="teal"
      variant="light"
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      role="status"
      data-testid={testId}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {notice}
    </Alert>
  );
}
