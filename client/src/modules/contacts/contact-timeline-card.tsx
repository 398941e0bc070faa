import { Badge, Group, Stack, Text } from '@mantine/core';
import { isolate } from '../../components/bidi-isolate';
import { ListTable, type ListColumn } from '../../components/data-table';
import { HintText } from '../../components/hint-text';
import { ListLoading } from '../../components/list-loading';
import { PagedList } from '../../components/paged-list';
import { SectionCard } from '../../components/section-card';
import { usePagedQuery } from '../../components/use-paged-query';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { ContactTimelineQuery } from '../../gql/graphql';
import { contactTimelineQuery, timelinePageSize } from './contacts-operations';
import { useContactsTranslation } from './use-contacts-translation';
import { useReadableNames } from '../../components/person-name';

type Activity = ContactTimelineQuery['outreachActivities']['edges'][number]['node'];

/** The contact's outreach activities, newest first, a page at a time (the server's order and paging). */
export function ContactTimelineCard({ contactId }: { contactId: string }) {
  const { t } = useContactsTranslation();
  const format = useFormatters();
  const names = useReadableNames();
  const list = usePagedQuery(contactTimelineQuery, (data) => data.outreachActivities, {
    variables: { first: timelinePageSize, filter: { contactOrganisationId: contactId } },
  });
  const columns: ListColumn<Activity>[] = [
    { label: t('timeline.date'), cell: (activity) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{format.day(activity.heldOn) ?? activity.heldOn}</Text> },
    {
      label: t('timeline.activity'),
      cell: (activity) => (
        <Stack gap={2}>
          <Text size="sm" fw={600} dir="auto">
            {activity.title}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`outreachKinds.${activity.kind}`)}
          </Text>
        </Stack>
      ),
    },
    {
      label: t('timeline.topics'),
      cell: (activity) => (
        <Group gap={4}>
          {activity.topics.map((topic) => (
            <Badge key={topic} size="sm" variant="light" tt="none">
              {t(`topics.${topic}`)}
            </Badge>
          ))}
        </Group>
      ),
    },
    {
      label: t('timeline.participants'),
      cell: (activity) => (
        <Stack gap={2}>
          {activity.participants != null && <Text size="sm">{t('timeline.participantCount', { count: activity.participants, formatted: format.number(activity.participants) })}</Text>}
          {activity.people.length > 0 && <Text size="xs">{format.list(activity.people.map((person) => isolate(person.name)))}</Text>}
          {activity.heldBy.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('timeline.heldBy')}: {format.list(activity.heldBy.map((staff) => names.text(staff)))}
            </Text>
          )}
        </Stack>
      ),
    },
  ];
  return (
    <SectionCard title={t('timeline.title')} icon="bell" testId="contact-timeline">
      <PagedList
        list={list}
        loadFailedTitle={t('timeline.loadFailed')}
        loading={{ view: <ListLoading label={t('timeline.loading')} rows={3} /> }}
        emptyView={<HintText p="md" data-testid="timeline-empty">{t('timeline.empty')}</HintText>}
        summary={(shown, total) => t('timeline.showing', { shown: format.number(shown), count: total, total: format.number(total) })}
        loadMoreLabel={t('timeline.loadMore')}
      >
        {(activities) => (
          <ListTable minWidth={720} caption={t('timeline.caption')} items={activities} columns={columns} rowTestId="timeline-entry" />
        )}
      </PagedList>
    </SectionCard>
  );
}
