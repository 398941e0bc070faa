import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { ConsultationChannel } from '../../gql/graphql';
import { hasParticipants } from './consultation-options';

/** The department that asked: the directory entry's name, or the name typed when it is not in the directory. */
export function departmentName(item: { departmentContact?: { name: string } | null; department?: string | null }): string {
  return item.departmentContact?.name ?? item.department ?? '';
}

/** Minutes as the interface language says them ("90 minutes", "٩٠ دقيقة"). */
export function useDuration(): (minutes: number) => string {
  const { t } = useTranslation('staffSupport');
  const format = useFormatters();
  return (minutes) => t('duration.minutes', { count: minutes, formatted: format.number(minutes) });
}

/** The channel, and a training's participants beside it. */
export function ChannelBadge({ channel, participants }: { channel: ConsultationChannel; participants?: number | null }) {
  const { t } = useTranslation('staffSupport');
  const format = useFormatters();
  return (
    <Group gap={6} wrap="wrap">
      <Badge variant="light" radius="sm" tt="none" color={hasParticipants(channel) ? 'grape' : 'blue'}>
        {t(`channels.${channel}`)}
      </Badge>
      {hasParticipants(channel) && participants != null && (
        <Badge variant="outline" radius="sm" tt="none" color="gray" data-testid="consultation-participant-count">
          {t('participants', { count: participants, formatted: format.number(participants) })}
        </Badge>
      )}
    </Group>
  );
}
