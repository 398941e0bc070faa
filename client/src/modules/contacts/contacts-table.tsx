import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { isolate } from '../../components/bidi-isolate';
import { ListTable, type ListColumn } from '../../components/data-table';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { ContactListItemFragment } from '../../gql/graphql';
import { ContactStatusBadge } from './contact-status-badge';
import { useContactsTranslation } from './use-contacts-translation';

export function ContactsTable({ contacts }: { contacts: readonly ContactListItemFragment[] }) {
  const { t } = useContactsTranslation();
  const format = useFormatters();
  const columns: ListColumn<ContactListItemFragment>[] = [
    {
      label: t('list.name'),
      cell: (contact) => (
        <Group gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/contacts/${contact.id}`} fw={600} size="sm">
            {isolate(contact.name)}
          </Anchor>
          {contact.archived && (
            <Badge size="xs" variant="outline" color="gray" tt="none" data-testid="contact-archived">
              {t('list.archived')}
            </Badge>
          )}
        </Group>
      ),
    },
    { label: t('list.kind'), cell: (contact) => <Text size="sm">{t(`kinds.${contact.kind}`)}</Text> },
    {
      label: t('list.focus'),
      cell: (contact) => <Text size="sm">{contact.focusCountries.length > 0 ? format.list(contact.focusCountries.map(format.country)) : t('list.none')}</Text>,
    },
    { label: t('list.district'), cell: (contact) => <Text size="sm">{contact.district ? isolate(contact.district) : t('list.none')}</Text> },
    { label: t('list.status'), cell: (contact) => <ContactStatusBadge status={contact.status} /> },
  ];
  return (
    <ListTable minWidth={820} caption={t('list.caption')} items={contacts} columns={columns} rowTestId="contact-row" idAttribute="data-id" />
  );
}
