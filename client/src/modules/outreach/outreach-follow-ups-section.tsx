import { useQuery } from '@apollo/client/react';
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { worksOnOutreach } from '../../core/auth/permissions';
import { useCurrentUser } from '../../core/auth/session-context';
import { useFormatters } from '../../core/i18n/use-formatters';
import { WorklistItem, WorklistSection } from '../worklist/worklist-section';
import { listOf, useWorklistPage } from '../worklist/use-worklist-page';
import { outreachFollowUpsDueQuery } from './outreach-operations';

/** Where a consultation's page is (the staff support module, issue 12). */
export const consultationPath = (id: string) => `/staff-support/${id}`;

/**
 * The worklist's outreach follow-ups: open follow-ups of activities and consultations the viewer
 * owns, due within a week or overdue. Its own query, so the rest of the worklist does not wait on it.
 */
export function OutreachFollowUpsSection() {
  const me = useCurrentUser();
  if (!worksOnOutreach(me)) return null;
  return <FollowUps />;
}

function FollowUps() {
  const { t } = useTranslation('outreach');
  const format = useFormatters();
  const { data, error, refetch } = useQuery(outreachFollowUpsDueQuery, { fetchPolicy: 'cache-and-network' });
  const more = useWorklistPage(outreachFollowUpsDueQuery as Parameters<typeof useWorklistPage>[0]);
  const connection = data?.myWorklist.outreachFollowUpsDue;
  const { items, count, page } = listOf(connection, more);

  if (error && !connection) {
    return <LoadFailedAlert title={t('followUps.loadFailed')} error={error} onRetry={refetch} testId="worklist-outreach-failed" />;
  }
  return (
    <WorklistSection
      title={t('followUps.title')}
      icon="bell"
      color="grape"
      testId="worklist-outreach"
      count={count}
      page={page}
      empty={t('followUps.empty')}
      more={{ to: '/outreach', label: t('followUps.more') }}
    >
      {items.map((item, index) => {
        const activity = item.activity;
        const consultation = item.consultation;
        const to = activity ? `/outreach/${activity.id}` : consultation ? consultationPath(consultation.id) : '/outreach';
        const heldOn = activity?.heldOn ?? consultation?.heldOn;
        return (
          <WorklistItem
            key={activity?.id ?? consultation?.id ?? index}
            to={to}
            title={<bdi>{item.task.description}</bdi>}
            detail={
              activity ? (
                <>
                  <bdi>{activity.title}</bdi> · {t('followUps.activity', { date: format.day(heldOn) ?? String(heldOn) })}
                </>
              ) : (
                t('followUps.consultation', { date: format.day(heldOn) ?? String(heldOn) })
              )
            }
            aside={
              <Stack gap={2} align="flex-end" style={{ flex: 'none' }}>
                <Text size="xs" c={item.overdue ? 'red.8' : 'dimmed'}>
                  {t('followUps.due', { date: format.day(item.task.dueOn) ?? String(item.task.dueOn) })}
                </Text>
                {item.overdue && (
                  <Badge color="red" variant="light" radius="sm" tt="none">
                    {t('followUps.overdue')}
                  </Badge>
                )}
              </Stack>
            }
          />
        );
      })}
    </WorklistSection>
  );
}
