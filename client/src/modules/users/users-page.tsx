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
import { Button, Group, Stack, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/form-dialog';
import { Icon } from '../../components/icon';
import { NoticeAlert } from '../../components/notice-alert';
import { useNoticeDialog } from '../../components/use-notice-dialog';
import { PageHeader } from '../../components/page-header';
import { PagedList } from '../../components/paged-list';
import { useDocumentTitle } from '../../components/use-document-title';
import { usePagedQuery } from '../../components/use-paged-query';
import { useCurrentUser } from '../../core/auth/session-context';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { UserListItemFragment } from '../../gql/graphql';
import { CreateUserForm } from './create-user-form';
import { DeactivateUserModal } from './deactivate-user-modal';
import { ResetLinkModal } from './reset-link-modal';
import { EditRolesModal } from './edit-roles-modal';
import { EditUserNamesModal, OrganisationNamesModal } from './names-modal';
import { UsersEmptyState } from './users-empty-state';
import { usersQuery } from './users-operations';
import { UsersTable } from './users-table';
import { useReadableNames } from '../../components/person-name';

export const usersPageSize = 20;

/** Coordinators: the people of their own organisation, and who may do what. */
export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const names = useReadableNames();
  const me = useCurrentUser();
  useDocumentTitle(t('users.title'));

  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const creating = useNoticeDialog(setNotice);
  const editing = useNoticeDialog<UserListItemFragment>(setNotice);
  const renaming = useNoticeDialog<UserListItemFragment>(setNotice);
  const naming = useNoticeDialog(setNotice);
  const deactivating = useNoticeDialog<UserListItemFragment>(setNotice);
  const [resetting, setResetting] = useState<UserListItemFragment | null>(null);

  const list = usePagedQuery(usersQuery, (data) => data.users, {
    variables: { first: usersPageSize, includeInactive, search: debouncedSearch || null },
  });

  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro', { organisation: names.short(me.organisation) })}
        actions={
          <Group gap="sm">
            <Button variant="default" onClick={() => naming.open(true)} data-testid="organisation-names">
              {t('users.organisationNames.open')}
            </Button>
            <Button leftSection={<Icon name="plus" size={16} />} onClick={() => creating.open(true)}>
              {t('users.create.open')}
            </Button>
          </Group>
        }
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <PagedList
        list={list}
        controls={
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
        }
        loadFailedTitle={t('users.loadFailed')}
        loading={t('users.loading')}
        emptyView={<UsersEmptyState search={debouncedSearch} onCreate={() => creating.open(true)} />}
        summary={(shown, total) => t('users.showing', { shown: format.number(shown), count: total, total: format.number(total) })}
        loadMoreLabel={t('users.loadMore')}
      >
        {(users) => (
          <UsersTable
            users={users}
            currentUserId={me.id}
            onEditRoles={editing.open}
            onEditNames={renaming.open}
            onDeactivate={deactivating.open}
            onCreateResetLink={setResetting}
          />
        )}
      </PagedList>

      <FormDialog opened={creating.opened} onClose={creating.close} title={t('users.create.title')} size="lg">
        <CreateUserForm
          defaultLanguage={me.organisation.defaultLanguage}
          onCancel={creating.close}
          onCreated={creating.done((user) => t('users.create.done', { name: names.text(user) }))}
        />
      </FormDialog>
      <EditRolesModal user={editing.item} onClose={editing.close} onSaved={editing.done((user) => t('users.roles.done', { name: names.text(user) }))} />
      <EditUserNamesModal user={renaming.item} onClose={renaming.close} onSaved={renaming.done((user) => t('users.names.done', { name: names.text(user) }))} />
      <OrganisationNamesModal
        organisation={me.organisation}
        opened={naming.opened}
        onClose={naming.close}
        onSaved={naming.done(() => t('users.organisationNames.done'))}
      />
      <DeactivateUserModal
        user={deactivating.item}
        onClose={deactivating.close}
        onDeactivated={deactivating.done((user) => t('users.deactivate.done', { name: names.text(user) }))}
      />
      <ResetLinkModal user={resetting} onClose={() => setResetting(null)} />
    </Stack>
  );
}
