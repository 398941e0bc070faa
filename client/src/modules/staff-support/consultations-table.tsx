import { Anchor, Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable, type ListColumn } from '../../components/data-table';
import { HintText } from '../../components/hint-text';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { ConsultationListItemFragment } from '../../gql/graphql';
import { ChannelBadge, departmentName, useDuration } from './consultation-labels';

/** Consultations, newest first (as the server sends them); cards under 600 px. */
export function ConsultationsTable({ consultations }: { consultations: readonly ConsultationListItemFragment[] }) {
  const { t } = useTranslation('staffSupport');
  const format = useFormatters();
  const duration = useDuration();
  const columns: ListColumn<ConsultationListItemFragment>[] = [
    {
      label: t('list.heldOn'),
      cell: (item) => (
        <Anchor component={Link} to={`/staff-support/${item.id}`} fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.day(item.heldOn) ?? String(item.heldOn)}
        </Anchor>
      ),
    },
    {
      label: t('list.department'),
      cell: (item) => (
        <>
          <Text size="sm" dir="auto">
            {departmentName(item)}
          </Text>
          {item.district && (
            <Text size="xs" c="dimmed" dir="auto">
              {item.district}
            </Text>
          )}
        </>
      ),
    },
    { label: t('list.channel'), cell: (item) => <ChannelBadge channel={item.channel} participants={item.participants} /> },
    { label: t('list.topic'), cell: (item) => <Text size="sm">{t(`topics.${item.topic}`)}</Text> },
    {
      label: t('list.timeSpent'),
      cell: (item) => (item.minutesSpent == null ? <HintText>{t('list.noTime')}</HintText> : <Text size="sm">{duration(item.minutesSpent)}</Text>),
    },
    {
      label: t('list.followUp'),
      cell: (item) =>
        !item.followUpTask ? (
          <HintText>{t('list.noFollowUp')}</HintText>
        ) : item.followUpTask.doneAt ? (
          <Badge color="teal" variant="light" radius="sm" tt="none">
            {t('list.followUpDone')}
          </Badge>
        ) : (
          <Badge color="orange" variant="light" radius="sm" tt="none">
            {t('list.followUpOpen', { date: format.day(item.followUpTask.dueOn) ?? String(item.followUpTask.dueOn) })}
          </Badge>
        ),
    },
  ];
  return (
    <ListTable minWidth={860} caption={t('list.caption')} items={consultations} columns={columns} rowTestId="consultation-row" idAttribute="data-consultation-id" />
  );
}
