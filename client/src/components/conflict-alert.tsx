import { Alert, Button, Stack, Text } from '@mantine/core';
import { Icon } from './icon';

interface ConflictAlertProps {
  /** The sentences, already translated: what happened, why nothing was overwritten, and the way on. */
  title: string;
  description: string;
  reloadLabel: string;
  onReload: () => void;
  reloading: boolean;
  testId: string;
  reloadTestId?: string;
}

/** Someone saved after this person opened it: their save was refused, nothing was overwritten. */
export function ConflictAlert({ title, description, reloadLabel, onReload, reloading, testId, reloadTestId }: ConflictAlertProps) {
  return (
    <Alert color="orange" variant="light" icon={<Icon name="alert" />} title={title} role="alert" data-testid={testId}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{description}</Text>
        <Button size="xs" variant="light" color="orange" onClick={onReload} loading={reloading} data-testid={reloadTestId}>
          {reloadLabel}
        </Button>
      </Stack>
    </Alert>
  );
}
