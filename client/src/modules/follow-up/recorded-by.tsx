import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../components/bidi-isolate';
import { useFormatters } from '../../core/i18n/use-formatters';

/** Who recorded (or last changed) a part of the follow-up, and when: the small line under it. */
export function RecordedBy({ by, at, updated = false }: { by: { name: string }; at: string; updated?: boolean }) {
  const { t } = useTranslation('followUp');
  const format = useFormatters();
  return <Text size="xs" c="dimmed">{t(updated ? 'plan.updated' : 'section.recordedBy', { name: isolate(by.name), date: format.dateTime(at) })}</Text>;
}
