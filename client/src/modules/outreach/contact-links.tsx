import { Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';

/** The directory entries an activity involved, one link a line, each name in its own direction. */
export function ContactLinks({ contacts, gap }: { contacts: readonly { id: string; name: string }[]; gap: number }) {
  return (
    <Stack gap={gap}>
      {contacts.map((contact) => (
        <Anchor key={contact.id} component={Link} to={`/contacts/${contact.id}`} size="sm">
          <bdi>{contact.name}</bdi>
        </Anchor>
      ))}
    </Stack>
  );
}
