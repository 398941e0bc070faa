import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from './icon';

interface ConflictAlertProps {
  /** The namespace whose `conflict.title`, `conflict.description` and `conflict.reload` say it for this form. */
  namespace: 'cases' | 'followUp';
  onReload: () => void;
  reloading: boolean;
  testId: string;
  reloadTestId?: string;
}

/** Someone saved after this person opened it: their save was refused, nothing was overwritten. */
export function ConflictAlert({ namespace, onReload, reloading, testId, reloadTestId }: ConflictAlertProps) {
  const { t } = useTranslation(namespace);
  return (
    <Alert color="orange" variant="light" icon={<Icon name="alert" />} title={t('conflict.title')} role="alert" data-testid={testId}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('conflict.description')}</Text>
        <Button size="xs" variant="light" color="orange" onClick={onReload} loading={reloading} data-testid={reloadTestId}>
          {t('conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
