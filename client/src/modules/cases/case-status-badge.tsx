import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../gql/graphql';

const statusColors: Record<CaseStatus, string> = {
  INTAKE: 'blue',
  PREPARING_RETURN: 'indigo',
  RETURNED: 'violet',
  IN_REINTEGRATION: 'teal',
  CLOSED: 'gray',
};

export function CaseStatusBadge({ status, ...props }: { status: CaseStatus } & BadgeProps) {
  const { t } = useTranslation('cases');
  return (
    <Badge variant="light" color={statusColors[status]} radius="sm" tt="none" data-status={status} {...props}>
      {t(`status.${status}`)}
    </Badge>
  );
}
