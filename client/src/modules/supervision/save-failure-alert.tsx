import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';

/** Why a save failed, and that nothing typed was lost. */
export function SaveFailureAlert({ title, message, testId = 'save-failed' }: { title: string; message: string; testId?: string }) {
  const { t } = useTranslation('supervision');
  return (
    <Alert color="red" variant="light" icon={<Icon name="alert" />} title={title} role="alert" data-testid={testId}>
      <Text size="sm">{message}</Text>
      <Text size="sm" mt={4}>
        {t('form.inputKept')}
      </Text>
    </Alert>
  );
}
