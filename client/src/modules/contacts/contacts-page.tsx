import './contact-styles';
import { useQuery } from '@apollo/client/react';
import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { NoticeAlert } from '../../components/notice-alert';
import { isolate } from '../../components/bidi-isolate';
import { FormDialog } from '../../components/form-dialog';
import { Icon } from '../../components/icon';
import { ListEmptyState } from '../../components/list-empty-state';
import { PageHeader } from '../../components/page-header';
import { PagedList } from '../../components/paged-list';
import { useDocumentTitle } from '../../components/use-document-title';
import { usePagedQuery } from '../../components/use-paged-query';
import { useCurrentUser } from '../../core/auth/session-context';
import { useFormatters } from '../../core/i18n/use-formatters';
import { useDisclosure } from '@mantine/hooks';
import { ContactForm } from './contact-form';
import { contactListFilter, contactListSearch, defaultContactListParams, hasContactFilters, parseContactListParams, type ContactListParams } from './contact-list-params';
import { contactDistrictsQuery, contactOrganisationsQuery, contactsPageSize } from './contacts-operations';
import { ContactsFilters } from './contacts-filters';
import { ContactsTable } from './contacts-table';
import { useContactsTranslation } from './use-contacts-translation';
import { useReadableNames } from '../../components/person-name';

/** The organisation's own contacts directory, filtered as the address bar says. */
export function ContactsPage() {
  const { t } = useContactsTranslation();
  const format = useFormatters();
  const names = useReadableNames();
  const user = useCurrentUser();
  const navigate = useNavigate();
  useDocumentTitle(t('list.title'));
  const [creating, { open, close }] = useDisclosure(false);
  // What the contact page did before it sent the person here (a removal).
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);

  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseContactListParams(searchParams);
  const filtered = hasContactFilters(params);
  const setParams = (next: ContactListParams) => setSearchParams(contactListSearch(next), { replace: true });

  const { data: districtsData } = useQuery(contactDistrictsQuery);
  const list = usePagedQuery(contactOrganisationsQuery, (data) => data.contactOrganisations, {
    variables: { first: contactsPageSize, filter: contactListFilter(params) },
  });

  const newButton = (variant: 'filled' | 'light') => (
    <Button variant={variant} leftSection={<Icon name="plus" size={16} />} onClick={open} data-testid="new-contact">
      {t('list.newContact')}
    </Button>
  );

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader title={t('list.title')} intro={t('list.intro', { organisation: names.short(user.organisation) })} actions={newButton('filled')} />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <PagedList
        list={list}
        controls={<ContactsFilters params={params} districts={districtsData?.contactDistricts ?? []} onChange={setParams} />}
        loadFailedTitle={t('list.loadFailed')}
        loading={t('list.loading')}
        emptyView={
          <ListEmptyState
            testId="contacts-empty"
            icon="building"
            title={t('list.emptyTitle')}
            description={t('list.emptyDescription')}
            noMatch={filtered && { title: t('list.emptyFilteredTitle'), description: t('list.emptyFilteredDescription'), clearLabel: t('filters.clear'), onClear: () => setParams(defaultContactListParams) }}
            action={newButton('light')}
          />
        }
        summary={(shown, total) => t('list.showing', { shown: format.number(shown), count: total, total: format.number(total) })}
        summaryTestId="contacts-count"
        loadMoreLabel={t('list.loadMore')}
        busyWhileRefreshing
      >
        {(contacts) => <ContactsTable contacts={contacts} />}
      </PagedList>

      <FormDialog opened={creating} onClose={close} title={t('form.createTitle')} size="xl">
        <ContactForm
          onCancel={close}
          onSaved={(contact) => {
            close();
            void navigate(`/contacts/${contact.id}`, { state: { notice: t('form.created', { name: isolate(contact.name) }) } });
          }}
        />
      </FormDialog>
    </Stack>
  );
}
