import { Text } from '@mantine/core';
import { useFormatters } from '../../core/i18n/use-formatters';
import { useReferralsTranslation } from './use-referrals-translation';

const hour = 60 * 60 * 1000;
const day = 24 * hour;

/** How long the partner has left to answer; red once less than two days remain. */
export function ReferralExpiry({ expiresAt, now = Date.now() }: { expiresAt: string; now?: number }) {
  const { t } = useReferralsTranslation();
  const format = useFormatters();
  const remaining = new Date(expiresAt).getTime() - now;
  const days = Math.floor(remaining / day);
  const urgent = remaining < 2 * day;
  const text = remaining <= 0 ? t('expiry.overdue') : days === 0 ? t('expiry.today') : t('expiry.inDays', { count: days });
  return (
    <Text
      size="sm"
      c={urgent ? 'red.7' : undefined}
      fw={urgent ? 600 : undefined}
      title={format.dateTime(expiresAt)}
      data-testid="referral-expiry"
      data-urgent={urgent || undefined}
    >
      {text}
    </Text>
  );
}
