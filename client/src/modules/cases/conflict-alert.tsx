import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';

/** Someone saved the case after this person opened it: their edit was refused, nothing overwritten. */
export function ConflictAlert({ onReload, reloading }: { onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation('cases');
  return (
    <Alert color="orange" variant="light" icon={<Icon name="alert" />} title={t('conflict.title')} role="alert" data-testid="conflict">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('conflict.description')}</Text>
        <Button size="xs" variant="light" color="orange" onClick={onReload} loading={reloading}>
          {t('conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
