import { useMutation, useQuery } from '@apollo/client/react';
import { Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { todayCalendarDate } from '../../components/calendar-date';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { PageHeader } from '../../components/page-header';
import { SaveFailureAlert } from '../../components/save-failure-alert';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormSave } from '../../components/use-form-save';
import { useCurrentUser } from '../../core/auth/session-context';
import type { ConsultationDetailsFragment } from '../../gql/graphql';
import { ConsultationForm } from './consultation-form';
import { consultationFormOf, consultationFormPath, consultationInput, emptyConsultationForm, type ConsultationFormValues } from './consultation-form-values';
import { forgetLog } from './forget-log';
import { recordStaffConsultationMutation, staffConsultationQuery, updateStaffConsultationMutation } from './staff-support-operations';

/** Sends the form; a refusal the server places on fields comes back for the form, anything else is said above it. */
function useSave(send: (values: ConsultationFormValues) => Promise<void>) {
  const { t } = useTranslation('staffSupport');
  const { save, failure } = useFormSave(send, { toFormPath: consultationFormPath, refusedSummary: t('form.refused') });
  const alert = failure && <SaveFailureAlert title={t('form.failed')} message={failure} kept={t('form.inputKept')} />;
  return { save, alert };
}

/** Records a consultation with the city's staff. */
export function NewConsultationPage() {
  const { t } = useTranslation('staffSupport');
  const navigate = useNavigate();
  const me = useCurrentUser();
  useDocumentTitle(t('form.newTitle'));
  const [initialValues] = useState(() => emptyConsultationForm(todayCalendarDate(), me.id));
  // Every cached page of the log (one list per filter) is read again, with the new one in its place.
  const [record, { loading }] = useMutation(recordStaffConsultationMutation, { update: forgetLog });
  const { save, alert } = useSave(async (values) => {
    const { data } = await record({ variables: { input: consultationInput(values) } });
    if (data) await navigate(`/staff-support/${data.recordStaffConsultation.id}`, { state: { created: true } });
  });

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader back={<BackLink to="/staff-support">{t('page.backToList')}</BackLink>} title={t('form.newTitle')} intro={t('form.newIntro')} />
      <ConsultationForm
        initialValues={initialValues}
        submitting={loading}
        submitLabel={t('form.submitNew')}
        alert={alert}
        onSubmit={save}
        onCancel={() => void navigate('/staff-support')}
      />
    </Stack>
  );
}

/** Changes a recorded consultation (a stale version is refused by the server and said above the form). */
export function EditConsultationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('staffSupport');
  useDocumentTitle(t('form.editTitle'));
  const { data, error, refetch } = useQuery(staffConsultationQuery, { variables: { id } });
  const consultation = data?.staffConsultation;
  const back = <BackLink to={`/staff-support/${id}`}>{t('page.backToConsultation')}</BackLink>;

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader back={back} title={t('form.editTitle')} />
      {consultation ? (
        <EditForm consultation={consultation} />
      ) : error ? (
        <LoadFailedAlert title={t('page.loadFailed')} error={error} onRetry={refetch} />
      ) : (
        <Skeleton h={480} radius="md" />
      )}
    </Stack>
  );
}

function EditForm({ consultation }: { consultation: ConsultationDetailsFragment }) {
  const { t } = useTranslation('staffSupport');
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [initialValues] = useState(() => consultationFormOf(consultation, me.id));
  // A changed date, channel or department may move it to another place or filter of the log.
  const [update, { loading }] = useMutation(updateStaffConsultationMutation, { update: forgetLog });
  const { save, alert } = useSave(async (values) => {
    const { data } = await update({ variables: { input: { ...consultationInput(values), id: consultation.id, version: consultation.version } } });
    if (data) await navigate(`/staff-support/${consultation.id}`);
  });
  return (
    <ConsultationForm
      initialValues={initialValues}
      submitting={loading}
      submitLabel={t('form.submitEdit')}
      alert={alert}
      onSubmit={save}
      onCancel={() => void navigate(`/staff-support/${consultation.id}`)}
    />
  );
}
