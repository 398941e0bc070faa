import { useMutation, useQuery } from '@apollo/client/react';
import { Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { PageHeader } from '../../components/page-header';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormSaveAlert } from '../../components/use-form-save-alert';
import { useNewFormValues } from '../../components/use-new-form-values';
import { useCurrentUser } from '../../core/auth/session-context';
import type { ConsultationDetailsFragment } from '../../gql/graphql';
import { ConsultationForm } from './consultation-form';
import { consultationFormOf, consultationFormPath, consultationInput, emptyConsultationForm, type ConsultationFormValues } from './consultation-form-values';
import { forgetLog } from './forget-log';
import { recordStaffConsultationMutation, staffConsultationQuery, updateStaffConsultationMutation } from './staff-support-operations';

/** The form that sends what it holds; a refusal the server places on fields comes back to the form, anything else is said above it. */
function SavingConsultationForm({ initialValues, loading, submitLabel, send, leaveTo }: { initialValues: ConsultationFormValues; loading: boolean; submitLabel: string; send: (values: ConsultationFormValues) => Promise<void>; leaveTo: string }) {
  const { t } = useTranslation('staffSupport');
  const navigate = useNavigate();
  const { save, alert } = useFormSaveAlert(send, { toFormPath: consultationFormPath, refusedSummary: t('form.refused'), failed: t('form.failed'), kept: t('form.inputKept') });
  return (
    <ConsultationForm
      initialValues={initialValues}
      submitting={loading}
      submitLabel={submitLabel}
      alert={alert}
      onSubmit={save}
      onCancel={() => void navigate(leaveTo)}
    />
  );
}

/** Records a consultation with the city's staff. */
export function NewConsultationPage() {
  const { t } = useTranslation('staffSupport');
  const navigate = useNavigate();
  useDocumentTitle(t('form.newTitle'));
  const initialValues = useNewFormValues(emptyConsultationForm);
  // Every cached page of the log (one list per filter) is read again, with the new one in its place.
  const [record, { loading }] = useMutation(recordStaffConsultationMutation, { update: forgetLog });

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader back={<BackLink to="/staff-support">{t('page.backToList')}</BackLink>} title={t('form.newTitle')} intro={t('form.newIntro')} />
      <SavingConsultationForm
        initialValues={initialValues}
        loading={loading}
        submitLabel={t('form.submitNew')}
        send={async (values) => {
          const { data } = await record({ variables: { input: consultationInput(values) } });
          if (data) await navigate(`/staff-support/${data.recordStaffConsultation.id}`, { state: { created: true } });
        }}
        leaveTo="/staff-support"
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
  return (
    <SavingConsultationForm
      initialValues={initialValues}
      loading={loading}
      submitLabel={t('form.submitEdit')}
      send={async (values) => {
        const { data } = await update({ variables: { input: { ...consultationInput(values), id: consultation.id, version: consultation.version } } });
        if (data) await navigate(`/staff-support/${consultation.id}`);
      }}
      leaveTo={`/staff-support/${consultation.id}`}
    />
  );
}
