import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { EditDeleteActions } from '../../components/edit-delete-actions';
import { DetailList, type DetailRow } from '../../components/detail-list';
import { FailureAlert } from '../../components/failure-alert';
import { HintText } from '../../components/hint-text';
import { PageHeader } from '../../components/page-header';
import { RecordFallback } from '../../components/record-fallback';
import { SectionCard } from '../../components/section-card';
import { useDocumentTitle } from '../../components/use-document-title';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { ConsultationDetailsFragment } from '../../gql/graphql';
import { ChannelBadge, useDuration } from './consultation-labels';
import { forgetLog } from './forget-log';
import { completeConsultationFollowUpMutation, deleteStaffConsultationMutation, staffConsultationQuery } from './staff-support-operations';
import { PersonName, useReadableNames } from '../../components/person-name';

/** One consultation: every field, its follow-up, and editing or deleting it. */
export function ConsultationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('staffSupport');
  const format = useFormatters();
  const names = useReadableNames();
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const { data, loading, error, refetch } = useQuery(staffConsultationQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const consultation = data?.staffConsultation;
  const title = consultation ? t('page.title', { date: format.day(consultation.heldOn) ?? String(consultation.heldOn) }) : t('list.title');
  useDocumentTitle(title);
  const back = <BackLink to="/staff-support">{t('page.backToList')}</BackLink>;

  if (!consultation) {
    return <RecordFallback back={back} query={{ error, loading, refetch }} namespace="staffSupport" maw={960} cardHeights={[240]} testId="consultation-load-failed" />;
  }

  return (
    <Stack gap="lg" maw={960} data-testid="consultation-page">
      <PageHeader gap={6} back={back} title={title} actions={<PageActions consultation={consultation} />}>
        <Group gap="sm">
          <ChannelBadge channel={consultation.channel} participants={consultation.participants} />
          <Badge variant="outline" radius="sm" tt="none" color="gray">
            {t(`topics.${consultation.topic}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('page.recorded', { name: names.text(consultation.createdBy) })} · {format.dateTime(consultation.createdAt)}
        </Text>
      </PageHeader>
      {created && (
        <Alert color="teal" variant="light" role="status">
          {t('page.created')}
        </Alert>
      )}
      <SectionCard title={t('page.details')} icon="building" testId="consultation-details">
        <DetailList labelWidth={200} rows={detailRows(consultation)} />
      </SectionCard>
      <FollowUpCard consultation={consultation} />
    </Stack>
  );

  function detailRows(item: ConsultationDetailsFragment): DetailRow[] {
    return [
      { label: t('list.heldOn'), value: format.day(item.heldOn) ?? String(item.heldOn) },
      { label: t('list.department'), value: <DepartmentValue consultation={item} />, testId: 'consultation-department-value' },
      ...(item.district ? [{ label: t('page.district'), value: <span dir="auto">{item.district}</span> }] : []),
      { label: t('list.channel'), value: t(`channels.${item.channel}`) },
      ...(item.participants != null
        ? [{ label: t('form.participants'), value: format.number(item.participants), testId: 'consultation-participants-value' }]
        : []),
      { label: t('list.topic'), value: t(`topics.${item.topic}`) },
      ...(item.country ? [{ label: t('page.country'), value: format.country(item.country) }] : []),
      { label: t('form.question'), value: <Prose text={item.question} />, testId: 'consultation-question' },
      { label: t('form.advice'), value: item.advice ? <Prose text={item.advice} /> : <HintText>{t('page.noAdvice')}</HintText> },
      { label: t('list.timeSpent'), value: item.minutesSpent == null ? <HintText>{t('list.noTime')}</HintText> : <Duration minutes={item.minutesSpent} /> },
    ];
  }
}

function Duration({ minutes }: { minutes: number }) {
  return <>{useDuration()(minutes)}</>;
}

function Prose({ text }: { text: string }) {
  return (
    <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  );
}

function DepartmentValue({ consultation }: { consultation: ConsultationDetailsFragment }) {
  const { t } = useTranslation('staffSupport');
  if (consultation.departmentContact) {
    return (
      <Anchor component={Link} to={`/contacts/${consultation.departmentContact.id}`} size="sm" dir="auto">
        {consultation.departmentContact.name}
      </Anchor>
    );
  }
  return (
    <Text size="sm" dir="auto">
      {consultation.department} <Text span c="dimmed" size="xs">({t('page.notInDirectory')})</Text>
    </Text>
  );
}

function PageActions({ consultation }: { consultation: ConsultationDetailsFragment }) {
  const { t } = useTranslation('staffSupport');
  const navigate = useNavigate();
  // The log is read again on the way back, without the deleted one.
  const [remove] = useMutation(deleteStaffConsultationMutation, { update: forgetLog });
  return (
    <EditDeleteActions
      editTo={`/staff-support/${consultation.id}/edit`}
      labels={{ edit: t('page.edit'), delete: t('page.delete'), deleteTitle: t('page.deleteTitle'), deleteConfirm: t('page.deleteConfirm') }}
      testIds={{ edit: 'consultation-edit', delete: 'consultation-delete', confirmDelete: 'consultation-delete-confirm' }}
      question={<Text size="sm">{t('page.deleteQuestion')}</Text>}
      onDelete={async () => {
        await remove({ variables: { id: consultation.id } });
        await navigate('/staff-support', { state: { deleted: true } });
      }}
    />
  );
}

function FollowUpCard({ consultation }: { consultation: ConsultationDetailsFragment }) {
  const { t } = useTranslation('staffSupport');
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [complete, { loading }] = useMutation(completeConsultationFollowUpMutation);
  const task = consultation.followUpTask;
  return (
    <SectionCard title={t('page.followUp')} icon="bell" testId="consultation-follow-up-card">
      {!task ? (
        <HintText>{t('page.noFollowUp')}</HintText>
      ) : (
        <Stack gap="sm">
          <Prose text={task.description} />
          <DetailList
            labelWidth={200}
            rows={[
              { label: t('page.dueOn'), value: format.day(task.dueOn) ?? String(task.dueOn) },
              { label: t('page.owner'), value: <PersonName named={task.owner} /> },
            ]}
          />
          {task.doneAt ? (
            <Badge color="teal" variant="light" radius="sm" tt="none" data-testid="consultation-follow-up-done">
              {t('page.doneAt', { date: format.date(task.doneAt) })}
            </Badge>
          ) : (
            <Group>
              <Button
                loading={loading}
                onClick={() => {
                  setFailure(null);
                  complete({ variables: { id: consultation.id } }).catch((error: unknown) => setFailure(`${t('page.completeFailed')} ${errorMessage(error as Error)}`));
                }}
                data-testid="consultation-complete-follow-up"
              >
                {t('page.complete')}
              </Button>
            </Group>
          )}
          <FailureAlert failure={failure} />
        </Stack>
      )}
    </SectionCard>
  );
}
