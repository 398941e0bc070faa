import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/CheckboxIndicator.css';
import '@mantine/core/styles/EmptyState.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/PasswordInput.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Switch.css';
import '@mantine/core/styles/Table.css';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCurrentUser } from '../../core/auth/session-context';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { UserListItemFragment } from '../../gql/graphql';
import { CreateUserModal } from './create-user-modal';
import { DeactivateUserModal } from './deactivate-user-modal';
import { EditRolesModal } from './edit-roles-modal';
import { UsersEmptyState } from './users-empty-state';
import { UsersLoading } from './users-loading';
import { UsersTable } from './users-table';
import { usersQuery } from './users-operations';

export const usersPageSize = 20;

/** Coordinators: the people of their own organisation, and who may do what. */
export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const me = useCurrentUser();
  useDocumentTitle(t('users.title'));

  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserListItemFragment | null>(null);
  const [deactivating, setDeactivating] = useState<UserListItemFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const { data, loading, error, fetchMore, networkStatus, refetch } = useQuery(usersQuery, {
    variables: { first: usersPageSize, includeInactive, search: debouncedSearch || null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.users;
  const users = connection?.edges.map((edge) => edge.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('users.title')}
          </Title>
          <Text c="dimmed">{t('users.intro', { organisation: me.organisation.name })}</Text>
        </Stack>
        <Button leftSection={<Icon name="plus" size={16} />} onClick={() => setCreating(true)}>
          {t('users.create.open')}
        </Button>
      </Group>

      {notice && (
        <Alert color="teal" variant="light" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setNotice(null)} role="status">
          {notice}
        </Alert>
      )}

      <Paper withBorder radius="md" p={0}>
        <Group p="md" gap="md" justify="space-between" wrap="wrap">
          <TextInput
            type="search"
            aria-label={t('users.search.label')}
            placeholder={t('users.search.placeholder')}
            leftSection={<Icon name="search" size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={{ base: '100%', sm: 320 }}
          />
          <Switch
            label={t('users.filters.includeInactive')}
            checked={includeInactive}
            onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
          />
        </Group>

        {error && !connection ? (
          <Alert m="md" color="red" variant="light" icon={<Icon name="alert" />} title={t('users.loadFailed')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{errorMessage(error)}</Text>
              <Button size="xs" variant="light" color="red" onClick={() => void refetch().catch(() => undefined)}>
                {t('common.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : !connection ? (
          loading && <UsersLoading />
        ) : users.length === 0 ? (
          <UsersEmptyState search={debouncedSearch} onCreate={() => setCreating(true)} />
        ) : (
          <>
            <UsersTable
              users={users}
              currentUserId={me.id}
              onEditRoles={setEditing}
              onDeactivate={setDeactivating}
            />
            <Group p="md" justify="space-between" gap="md">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('users.showing', { shown: format.number(users.length), count: connection.totalCount, total: format.number(connection.totalCount) })}
              </Text>
              {connection.pageInfo.hasNextPage && (
                <Button variant="default" onClick={loadMore} loading={loadingMore}>
                  {t('users.loadMore')}
                </Button>
              )}
            </Group>
            {error && (
              <Alert mx="md" mb="md" color="red" variant="light" role="alert">
                {errorMessage(error)}
              </Alert>
            )}
          </>
        )}
      </Paper>

      <CreateUserModal
        opened={creating}
        defaultLanguage={me.organisation.defaultLanguage}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setCreating(false);
          setNotice(t('users.create.done', { name: user.name }));
        }}
      />
      <EditRolesModal
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={(user) => {
          setEditing(null);
          setNotice(t('users.roles.done', { name: user.name }));
        }}
      />
      <DeactivateUserModal
        user={deactivating}
        onClose={() => setDeactivating(null)}
        onDeactivated={(user) => {
          setDeactivating(null);
          setNotice(t('users.deactivate.done', { name: user.name }));
        }}
      />
    </Stack>
  );
}
