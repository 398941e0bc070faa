import { Badge, Group, type GroupProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';

const roleColors: Record<Role, string> = {
  COORDINATOR: 'indigo',
  SUPERVISOR: 'violet',
  CASEWORKER: 'teal',
  PARTNER_CASEWORKER: 'cyan',
  ANALYST: 'gray',
};

/** A person's roles, each named in the interface language. */
export function RoleBadges({ roles, ...props }: { roles: readonly Role[] } & GroupProps) {
  const { t } = useTranslation();
  return (
    <Group gap={6} {...props}>
      {roles.map((role) => (
        <Badge key={role} variant="light" color={roleColors[role]} radius="sm" tt="none">
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
