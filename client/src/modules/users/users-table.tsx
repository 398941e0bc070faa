import { languageNames } from '@cirkel/i18n';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable, type ListColumn } from '../../components/data-table';
import { RoleBadges } from '../../components/role-badges';
import { RowActionButton } from '../../components/row-action-button';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { UserListItemFragment } from '../../gql/graphql';
import { PersonName, useReadableNames } from '../../components/person-name';

interface UsersTableProps {
  users: readonly UserListItemFragment[];
  currentUserId: string;
  onEditRoles: (user: UserListItemFragment) => void;
  onEditNames: (user: UserListItemFragment) => void;
  onDeactivate: (user: UserListItemFragment) => void;
  onCreateResetLink: (user: UserListItemFragment) => void;
}

export function UsersTable({ users, currentUserId, onEditRoles, onEditNames, onDeactivate, onCreateResetLink }: UsersTableProps) {
  const { t } = useTranslation();
  const account = useTranslation('account').t;
  const names = useReadableNames();
  const format = useFormatters();
  const columns: ListColumn<UserListItemFragment>[] = [
    {
      label: t('users.table.name'),
      cell: (user) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            <PersonName named={user} />
            {user.id === currentUserId && (
              <Text span size="xs" c="dimmed" ms={6}>
                ({t('users.table.you')})
              </Text>
            )}
          </Text>
          <Text size="xs" c="dimmed" dir="ltr" ta="start">
            {user.email}
          </Text>
        </Stack>
      ),
    },
    { label: t('users.table.roles'), cell: (user) => <RoleBadges roles={user.roles} /> },
    { label: t('users.table.language'), cell: (user) => languageNames[user.language], cellProps: (user) => ({ lang: user.language }) },
    {
      label: t('users.table.status'),
      cell: (user) => (
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
      ),
    },
    { label: t('users.table.created'), cell: (user) => <Text size="sm">{format.date(user.createdAt)}</Text> },
    {
      label: t('users.table.actions'),
      visuallyHiddenHeading: true,
      cell: (user) => {
        const isMe = user.id === currentUserId;
        // Not for an inactive account, nor for one's own (saying why when it is one's own).
        const othersOnly = (why: string) => ({ disabled: !user.active || isMe, title: isMe ? why : undefined });
        return (
          <Group gap={4} justify="flex-end" wrap="wrap">
            <RowActionButton
              label={t('users.actions.editRoles')}
              subject={names.label(user)}
              onClick={() => onEditRoles(user)}
              {...othersOnly(t('users.actions.cannotChangeOwnRoles'))}
            />
            <RowActionButton
              label={t('users.actions.editNames')}
              subject={names.label(user)}
              onClick={() => onEditNames(user)}
              {...othersOnly(t('users.actions.cannotChangeOwnNames'))}
              testId="edit-names"
            />
            {user.active && !isMe && (
              <RowActionButton label={account('resetLink.action')} subject={names.label(user)} onClick={() => onCreateResetLink(user)} testId="create-reset-link" />
            )}
            <RowActionButton
              label={t('users.actions.deactivate')}
              subject={names.label(user)}
              color="red"
              onClick={() => onDeactivate(user)}
              {...othersOnly(t('users.actions.cannotDeactivateSelf'))}
            />
          </Group>
        );
      },
    },
  ];
  return (
    <ListTable minWidth={860} caption={t('users.table.caption')} items={users} columns={columns} rowTestId="user-row" />
  );
}
