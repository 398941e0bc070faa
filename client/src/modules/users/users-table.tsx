import { languageNames } from '@cirkel/i18n';
import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../components/data-table';
import { RoleBadges } from '../../components/role-badges';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { UserListItemFragment } from '../../gql/graphql';

interface UsersTableProps {
  users: readonly UserListItemFragment[];
  currentUserId: string;
  onEditRoles: (user: UserListItemFragment) => void;
  onDeactivate: (user: UserListItemFragment) => void;
  onCreateResetLink: (user: UserListItemFragment) => void;
}

const columns = ['name', 'roles', 'language', 'status', 'created'] as const;

export function UsersTable({ users, currentUserId, onEditRoles, onDeactivate, onCreateResetLink }: UsersTableProps) {
  const { t } = useTranslation();
  const account = useTranslation('account').t;
  const format = useFormatters();
  return (
    <ListTable
      minWidth={860}
      caption={t('users.table.caption')}
      columns={[...columns.map((column) => t(`users.table.${column}`)), <VisuallyHidden>{t('users.table.actions')}</VisuallyHidden>]}
    >
      {users.map((user) => {
        const isMe = user.id === currentUserId;
        return (
          <Table.Tr key={user.id} data-testid="user-row">
            <Table.Td>
              <Stack gap={0}>
                <Text size="sm" fw={500}>
                  {user.name}
                  {isMe && (
                    <Text span size="xs" c="dimmed" ms={6}>
                      ({t('users.table.you')})
                    </Text>
                  )}
                </Text>
                <Text size="xs" c="dimmed" dir="ltr" ta="start">
                  {user.email}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>
              <RoleBadges roles={user.roles} />
            </Table.Td>
            <Table.Td lang={user.language}>{languageNames[user.language]}</Table.Td>
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <Badge variant="dot" color={user.active ? 'teal' : 'gray'} tt="none">
                  {t(user.active ? 'users.status.active' : 'users.status.inactive')}
                </Badge>
                {user.active && user.mustChangePassword && (
                  <Badge variant="light" color="yellow" tt="none" data-testid="must-change-password">
                    {account('users.mustChangePassword')}
                  </Badge>
                )}
              </Stack>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{format.date(user.createdAt)}</Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => onEditRoles(user)}
                  disabled={!user.active || isMe}
                  title={isMe ? t('users.actions.cannotChangeOwnRoles') : undefined}
                >
                  {t('users.actions.editRoles')}
                  <VisuallyHidden>: {user.name}</VisuallyHidden>
                </Button>
                {user.active && !isMe && (
                  <Button size="xs" variant="subtle" onClick={() => onCreateResetLink(user)} data-testid="create-reset-link">
                    {account('resetLink.action')}
                    <VisuallyHidden>: {user.name}</VisuallyHidden>
                  </Button>
                )}
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => onDeactivate(user)}
                  disabled={!user.active || isMe}
                  title={isMe ? t('users.actions.cannotDeactivateSelf') : undefined}
                >
                  {t('users.actions.deactivate')}
                  <VisuallyHidden>: {user.name}</VisuallyHidden>
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </ListTable>
  );
}
