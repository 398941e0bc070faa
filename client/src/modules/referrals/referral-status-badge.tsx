import { Badge, type BadgeProps } from '@mantine/core';
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
  return (
    // Never cut short in a narrow table column: the status is the point of the badge.
    <Badge variant="light" radius="sm" tt="none" miw="max-content" color={statusColors[status]} data-testid="referral-status" data-status={status} {...props}>
      {t(`status.${status}`)}
    </Badge>
  );
}
