import './outreach-styles';
import { useMutation, useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/page-loader';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormSaveAlert } from '../../components/use-form-save-alert';
import { useCurrentUser } from '../../core/auth/session-context';
import { OutreachForm } from './outreach-form';
import { outreachFormOf, outreachFormPath, updateOutreachInput, type OutreachFormValues } from './outreach-form-values';
import { outreachActivitiesQuery, outreachActivityQuery, updateOutreachActivityMutation } from './outreach-operations';

/** Change a recorded activity (every field; the server refuses a stale version). */
export function EditOutreachPage() {
  const { t } = useTranslation('outreach');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const me = useCurrentUser();
  useDocumentTitle(t('edit.title'));

  const { data, error, refetch } = useQuery(outreachActivityQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [update, { loading }] = useMutation(updateOutreachActivityMutation, { refetchQueries: [outreachActivitiesQuery] });
  const activity = data?.outreachActivity;
  const { save, alert } = useFormSaveAlert(
    async (values: OutreachFormValues, defaultTitle: string) => {
      if (!activity) return; // the form is shown only with the activity
      const { data: saved } = await update({ variables: { input: updateOutreachInput(values, defaultTitle, activity.id, activity.version) } });
      if (saved) await navigate(`/outreach/${saved.updateOutreachActivity.id}`, { state: { saved: true } });
    },
    { toFormPath: outreachFormPath, refusedSummary: t('form.refusedSummary'), failed: t('edit.failed'), kept: t('form.inputKept') },
  );
  const back = <BackLink to={`/outreach/${id}`}>{t('edit.back')}</BackLink>;

  if (!activity) {
    return error ? (
      <Stack gap="lg" maw={760}>
        <PageHeader back={back} title={t('edit.title')} />
        <LoadFailedAlert title={t('page.loadFailed')} error={error} onRetry={refetch} />
      </Stack>
    ) : (
      <PageLoader />
    );
  }

  return (
    <Stack gap="lg" maw={760}>
      <PageHeader back={back} title={t('edit.title')} />
      <OutreachForm
        key={activity.id}
        initialValues={outreachFormOf(activity, me.id)}
        submitting={loading}
        submitLabel={t('edit.submit')}
        alert={alert}
        onCancel={() => void navigate(`/outreach/${activity.id}`)}
        onSubmit={save}
      />
    </Stack>
  );
}
