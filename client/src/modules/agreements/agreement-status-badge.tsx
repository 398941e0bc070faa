import { type BadgeProps } from '@mantine/core';
import { StatusBadge } from '../../components/status-badge';
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
  return <StatusBadge status={status} label={t(`status.${status}`)} color={statusColors[status]} testId="agreement-status" {...props} />;
}
