import { type BadgeProps } from '@mantine/core';
import { StatusBadge } from '../../components/status-badge';
import type { ReferralStatus } from '../../gql/graphql';
import { useReferralsTranslation } from './use-referrals-translation';

const statusColors: Record<ReferralStatus, string> = {
  PENDING: 'yellow',
  ACCEPTED: 'teal',
  DECLINED: 'red',
  EXPIRED: 'gray',
  REVOKED: 'grape',
  COMPLETED: 'indigo',
};

/** A referral's status in the interface language, with a colour per status. */
export function ReferralStatusBadge({ status, ...props }: { status: ReferralStatus } & Omit<BadgeProps, 'children' | 'color'>) {
  const { t } = useReferralsTranslation();
  return <StatusBadge status={status} label={t(`status.${status}`)} color={statusColors[status]} testId="referral-status" {...props} />;
}
