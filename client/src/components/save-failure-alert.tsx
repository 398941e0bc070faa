import { Alert, List, Text } from '@mantine/core';
import { Icon } from './icon';
import { useFocusOnFailure } from './use-focus-on-failure';

interface SaveFailureAlertProps {
  title: string;
  /** What went wrong, as the server or the client worded it. */
  message: string;
  /** Server messages about fields the form does not show. */
  details?: readonly string[];
  /** That nothing typed was lost (the form keeps every field as it was), in the module's words. */
  kept: string;
  testId?: string;
}

/** Why a save failed, and that nothing typed was lost. Focus moves to it (see useFocusOnFailure). */
export function SaveFailureAlert({ title, message, details, kept, testId = 'save-failed' }: SaveFailureAlertProps) {
  const ref = useFocusOnFailure<HTMLDivElement>(message);
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" icon={<Icon name="alert" />} title={title} role="alert" data-testid={testId}>
      <Text size="sm">{message}</Text>
      {details && details.length > 0 && (
        <List size="sm" mt={4}>
          {details.map((detail) => (
            <List.Item key={detail}>{detail}</List.Item>
          ))}
        </List>
      )}
      <Text size="sm" mt={4}>
        {kept}
      </Text>
    </Alert>
  );
}
