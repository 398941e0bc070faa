import type { NamedInScripts } from '@cirkel/i18n';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReadableNames } from '../../components/person-name';
import { useFormatters } from '../../core/i18n/use-formatters';

/** Who recorded (or last changed) a part of the follow-up, and when: the small line under it, the name in the reader's script. */
export function RecordedBy({ by, at, updated = false }: { by: NamedInScripts; at: string; updated?: boolean }) {
  const { t } = useTranslation('followUp');
  const names = useReadableNames();
  const format = useFormatters();
  return <Text size="xs" c="dimmed">{t(updated ? 'plan.updated' : 'section.recordedBy', { name: names.text(by), date: format.dateTime(at) })}</Text>;
}
