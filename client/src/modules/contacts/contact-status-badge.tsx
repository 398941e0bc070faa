import type { BadgeProps } from '@mantine/core';
import { StatusBadge } from '../../components/status-badge';
import type { ContactStatus } from '../../gql/graphql';
import { contactStatusColors } from './contact-options';
import { useContactsTranslation } from './use-contacts-translation';

export function ContactStatusBadge({ status, ...props }: { status: ContactStatus } & Omit<BadgeProps, 'children' | 'color'>) {
  const { t } = useContactsTranslation();
  return <StatusBadge status={status} label={t(`statuses.${status}`)} color={contactStatusColors[status]} testId="contact-status" {...props} />;
}
