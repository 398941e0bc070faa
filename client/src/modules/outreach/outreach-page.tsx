import './outreach-styles';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { isolate } from '../../components/bidi-isolate';
import { todayCalendarDate } from '../../components/calendar-date';
import { EditDeleteActions } from '../../components/edit-delete-actions';
import { DetailList, type DetailRow } from '../../components/detail-list';
import { FailureAlert } from '../../components/failure-alert';
import { HintText } from '../../components/hint-text';
import { PageHeader } from '../../components/page-header';
import { RecordFallback } from '../../components/record-fallback';
import { SectionCard } from '../../components/section-card';
import { useDocumentTitle } from '../../components/use-document-title';
import { worksOnOutreach } from '../../core/auth/permissions';
import { useCurrentUser } from '../../core/auth/session-context';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { OutreachDetailsFragment } from '../../gql/graphql';
import { completeOutreachFollowUpMutation, deleteOutreachActivityMutation, outreachActivitiesQuery, outreachActivityQuery } from './outreach-operations';
import { ContactLinks } from './contact-links';
import { TopicBadges } from './topic-badges';
import { useReadableNames } from '../../components/person-name';

function FollowUpCard({ activity, canWrite }: { activity: OutreachDetailsFragment; canWrite: boolean }) {
  const { t } = useTranslation('outreach');
  const format = useFormatters();
  const names = useReadableNames();
  const errorMessage = useErrorMessage();
  const [complete, { loading, error }] = useMutation(completeOutreachFollowUpMutation);
  const task = activity.followUpTask;
  const overdue = task && !task.doneAt && String(task.dueOn) < todayCalendarDate();
  return (
    <SectionCard title={t('page.followUp')} icon="bell" testId="outreach-follow-up">
      {!task ? (
        <HintText>{t('page.noFollowUp')}</HintText>
      ) : (
        <Stack gap="sm">
          <Text size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
            {task.description}
          </Text>
          <Group gap="xs">
            <Text size="sm" c={overdue ? 'red.8' : undefined}>
              {t('page.followUpDue', { date: format.day(task.dueOn) ?? String(task.dueOn), owner: names.text(task.owner) })}
            </Text>
            {overdue && (
              <Badge color="red" variant="light" radius="sm" tt="none">
                {t('page.overdue')}
              </Badge>
            )}
          </Group>
          {task.doneAt ? (
            <Badge color="teal" variant="light" radius="sm" tt="none" data-testid="outreach-follow-up-done">
              {t('page.followUpDone', { date: format.date(task.doneAt) })}
            </Badge>
          ) : (
            canWrite && (
              <Group>
                <Button
                  variant="light"
                  loading={loading}
                  onClick={() => void complete({ variables: { id: activity.id } }).catch(() => undefined)}
                  data-testid="outreach-complete-follow-up"
                >
                  {t('page.completeFollowUp')}
                </Button>
              </Group>
            )
          )}
          <FailureAlert title={t('page.completeFailed')} failure={error ? errorMessage(error) : null} />
        </Stack>
      )}
    </SectionCard>
  );
}

/** One outreach activity: everything recorded, its follow-up, and changing or deleting it. */
export function OutreachPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('outreach');
  const format = useFormatters();
  const names = useReadableNames();
  const me = useCurrentUser();
  const canWrite = worksOnOutreach(me);
  const navigate = useNavigate();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const [remove] = useMutation(deleteOutreachActivityMutation, { refetchQueries: [outreachActivitiesQuery] });

  const { data, loading, error, refetch } = useQuery(outreachActivityQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const activity = data?.outreachActivity;
  useDocumentTitle(activity ? activity.title : t('list.title'));
  const back = <BackLink to="/outreach">{t('page.backToList')}</BackLink>;

  if (!activity) {
    return <RecordFallback back={back} query={{ error, loading, refetch }} namespace="outreach" maw={960} cardHeights={[240]} />;
  }

  const none = <HintText span>{t('page.none')}</HintText>;
  const count = (value: number | null | undefined) => (value === null || value === undefined ? none : format.number(value));
  const rows: DetailRow[] = [
    { label: t('page.kind'), value: t(`kinds.${activity.kind}`), testId: 'outreach-kind' },
    { label: t('page.heldOn'), value: format.day(activity.heldOn) ?? String(activity.heldOn), testId: 'outreach-held-on' },
    {
      label: t('page.duration'),
      value: activity.durationMinutes === null || activity.durationMinutes === undefined ? none : t('page.minutes', { count: activity.durationMinutes }),
    },
    {
      label: t('page.contacts'),
      testId: 'outreach-contacts',
      value:
        activity.contacts.length === 0 ? (
          none
        ) : (
          <ContactLinks contacts={activity.contacts} gap={4} />
        ),
    },
    {
      label: t('page.people'),
      value:
        activity.people.length === 0
          ? none
          : format.list(activity.people.map((person) => isolate(person.roleTitle ? t('page.personWithRole', { name: person.name, role: person.roleTitle }) : person.name))),
    },
    { label: t('page.focusCountries'), value: activity.focusCountries.length === 0 ? none : format.list(activity.focusCountries.map(format.country)) },
    { label: t('page.languages'), value: activity.languages.length === 0 ? none : format.list(activity.languages.map(format.language)) },
    {
      label: t('page.topics'),
      value:
        activity.topics.length === 0 ? (
          none
        ) : (
          <TopicBadges topics={activity.topics} />
        ),
    },
    { label: t('page.participantsWomen'), value: count(activity.participantsWomen), testId: 'outreach-women' },
    { label: t('page.participantsMen'), value: count(activity.participantsMen), testId: 'outreach-men' },
    { label: t('page.participantsUnder18'), value: count(activity.participantsUnder18), testId: 'outreach-under18' },
    { label: t('page.heldBy'), value: format.list(activity.heldBy.map((person) => names.text(person))) },
    {
      label: t('page.notes'),
      value: activity.notes ? (
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {activity.notes}
        </Text>
      ) : (
        none
      ),
    },
  ];

  return (
    <Stack gap="lg" maw={960} data-testid="outreach-page">
      <PageHeader
        gap={6}
        back={back}
        title={<bdi>{activity.title}</bdi>}
        actions={
          canWrite && (
            <EditDeleteActions
              editTo={`/outreach/${activity.id}/edit`}
              labels={{ edit: t('page.edit'), delete: t('page.delete'), deleteTitle: t('page.deleteTitle'), deleteConfirm: t('page.deleteConfirm') }}
              testIds={{ edit: 'outreach-edit', delete: 'outreach-delete', confirmDelete: 'outreach-confirm-delete' }}
              question={t('page.deleteQuestion', { title: isolate(activity.title) })}
              onDelete={async (close) => {
                await remove({ variables: { id: activity.id } });
                close();
                await navigate('/outreach', { replace: true });
              }}
            />
          )
        }
      >
        <Text size="xs" c="dimmed">
          {t('page.recordedBy', { name: names.text(activity.createdBy), time: format.dateTime(activity.createdAt) })}
        </Text>
      </PageHeader>

      {saved && (
        <Alert color="teal" variant="light" role="status" data-testid="outreach-saved">
          {t('page.saved')}
        </Alert>
      )}

      <Card withBorder radius="md" padding="lg">
        <DetailList rows={rows} labelWidth={180} />
      </Card>

      <FollowUpCard activity={activity} canWrite={canWrite} />
    </Stack>
  );
}
