import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';

/**
 * The analyst's start page until the reports land: what is coming, and that personal data is not
 * part of it. No worklist, no case links: an analyst's lists would be empty because they are
 * withheld, and an empty list would read as "nothing to do".
 */
export function ReportsComing() {
  const { t } = useTranslation('worklist');
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="reports-coming-title" data-testid="reports-coming">
      <Stack gap="xs">
        <Group gap="xs">
          <Icon name="shield" />
          <Title order={2} size="h3" id="reports-coming-title">
            {t('reportsComing.title')}
          </Title>
        </Group>
        <Text>{t('reportsComing.body')}</Text>
        <Text c="dimmed" size="sm">
          {t('reportsComing.noPersonalData')}
        </Text>
      </Stack>
    </Card>
  );
}
