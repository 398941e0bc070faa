import { Alert, List } from '@mantine/core';
import { Icon } from './icon';

/** The server's refusals of fields the form does not show, above the form; nothing when there are none. */
export function RefusedFieldsAlert({ title, messages }: { title: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<Icon name="alert" />} title={title} role="alert">
      <List size="sm">
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
