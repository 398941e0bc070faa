import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable, type ListColumn } from '../../components/data-table';
import { HintText } from '../../components/hint-text';
import { todayCalendarDate } from '../../components/calendar-date';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { OutreachListItemFragment } from '../../gql/graphql';
import { ContactLinks } from './contact-links';
import { TopicBadges } from './topic-badges';

/** Activities, newest first (as the server sends them); cards on a phone. */
export function OutreachTable({ activities }: { activities: readonly OutreachListItemFragment[] }) {
  const { t } = useTranslation('outreach');
  const format = useFormatters();
  const today = todayCalendarDate();
  const columns: ListColumn<OutreachListItemFragment>[] = [
    {
      label: t('list.heldOn'),
      cell: (activity) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.day(activity.heldOn) ?? String(activity.heldOn)}
        </Text>
      ),
    },
    {
      label: t('list.activity'),
      cell: (activity) => (
        <Stack gap={2}>
          <Anchor component={Link} to={`/outreach/${activity.id}`} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            <bdi>{activity.title}</bdi>
          </Anchor>
          <Text size="xs" c="dimmed">
            {t(`kinds.${activity.kind}`)}
          </Text>
        </Stack>
      ),
    },
    {
      label: t('list.contacts'),
      cell: (activity) =>
        activity.contacts.length === 0 ? (
          <HintText>{t('list.noContacts')}</HintText>
        ) : (
          <ContactLinks contacts={activity.contacts} gap={2} />
        ),
    },
    {
      label: t('list.topics'),
      cell: (activity) =>
        activity.topics.length === 0 ? (
          <HintText>{t('list.noTopics')}</HintText>
        ) : (
          <TopicBadges topics={activity.topics} />
        ),
    },
    {
      label: t('list.participants'),
      cell: (activity) => (
        <Text size="sm">{activity.participants === null || activity.participants === undefined ? '–' : format.number(activity.participants)}</Text>
      ),
    },
    {
      label: t('list.followUp'),
      cell: (activity) => {
        const task = activity.followUpTask;
        if (!task) return <HintText>{t('list.noFollowUp')}</HintText>;
        if (task.doneAt) return <Badge color="teal" variant="light" radius="sm" tt="none">{t('list.followUpDone')}</Badge>;
        const overdue = String(task.dueOn) < today;
        return (
          <Text size="sm" c={overdue ? 'red.8' : undefined}>
            {t('list.followUpDue', { date: format.day(task.dueOn) ?? String(task.dueOn) })}
          </Text>
        );
      },
    },
  ];
  return (
    <ListTable minWidth={880} caption={t('list.caption')} items={activities} columns={columns} rowTestId="outreach-row" idAttribute="data-activity-id" />
  );
}
