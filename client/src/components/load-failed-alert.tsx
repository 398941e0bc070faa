import type { ErrorLike } from '@apollo/client';
import { Alert, Button, Stack, Text, type AlertProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../core/errors/use-error-message';
import { Icon } from './icon';

interface LoadFailedAlertProps extends Omit<AlertProps, 'title' | 'children' | 'error'> {
  /** What could not be loaded, already translated ("The cases could not be loaded"). */
  title: string;
  error: ErrorLike;
  /** Asks again; without it the alert offers no retry. A failed retry stays on this alert. */
  onRetry?: () => unknown;
  testId?: string;
}

/** Something on the page could not be loaded: why, in the person's language, and a way to try again. */
export function LoadFailedAlert({ title, error, onRetry, testId, color = 'red', ...props }: LoadFailedAlertProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <Alert color={color} variant="light" icon={<Icon name="alert" />} title={title} role="alert" data-testid={testId} {...props}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={() => void Promise.resolve(onRetry()).catch(() => undefined)}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
