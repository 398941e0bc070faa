import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';

/** Someone saved the plan after this person opened it: their save was refused, nothing overwritten. */
export function PlanConflictAlert({ onReload, reloading }: { onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation('followUp');
  return (
    <Alert color="orange" variant="light" icon={<Icon name="alert" />} title={t('conflict.title')} role="alert" data-testid="plan-conflict">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('conflict.description')}</Text>
        <Button size="xs" variant="light" color="orange" onClick={onReload} loading={reloading} data-testid="plan-reload">
          {t('conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
