import { Badge, type BadgeProps } from '@mantine/core';
import type { AgreementStatus } from '../../gql/graphql';
import { useAgreementsTranslation } from './use-agreements-translation';

const statusColors: Record<AgreementStatus, string> = {
  PROPOSED: 'yellow',
  NOT_YET_VALID: 'blue',
  IN_FORCE: 'teal',
  EXPIRED: 'gray',
  TERMINATED: 'red',
};

export function AgreementStatusBadge({ status, ...props }: { status: AgreementStatus } & Omit<BadgeProps, 'children' | 'color'>) {
  const { t } = useAgreementsTranslation();
  return (
    // Never cut short in a narrow table column: the status is the point of the badge.
    <Badge variant="light" radius="sm" tt="none" miw="max-content" color={statusColors[status]} data-testid="agreement-status" data-status={status} {...props}>
      {t(`status.${status}`)}
    </Badge>
  );
}
