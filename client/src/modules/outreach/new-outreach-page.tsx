import './outreach-styles';
import { useMutation } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/back-link';
import { PageHeader } from '../../components/page-header';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormSaveAlert } from '../../components/use-form-save-alert';
import { useNewFormValues } from '../../components/use-new-form-values';
import { OutreachForm } from './outreach-form';
import { emptyOutreachForm, outreachFormPath, outreachInput, type OutreachFormValues } from './outreach-form-values';
import { outreachActivitiesQuery, recordOutreachActivityMutation } from './outreach-operations';

/** Record an activity: on a phone, in under a minute (today, the viewer, an information meeting). */
export function NewOutreachPage() {
  const { t } = useTranslation('outreach');
  const navigate = useNavigate();
  useDocumentTitle(t('new.title'));

  const initialValues = useNewFormValues(emptyOutreachForm);
  const [record, { loading }] = useMutation(recordOutreachActivityMutation, { refetchQueries: [outreachActivitiesQuery] });
  const { save, alert } = useFormSaveAlert(
    async (values: OutreachFormValues, defaultTitle: string) => {
      const { data } = await record({ variables: { input: outreachInput(values, defaultTitle) } });
      if (data) await navigate(`/outreach/${data.recordOutreachActivity.id}`, { state: { saved: true } });
    },
    { toFormPath: outreachFormPath, refusedSummary: t('form.refusedSummary'), failed: t('new.failed'), kept: t('form.inputKept') },
  );

  return (
    <Stack gap="lg" maw={760}>
      <PageHeader back={<BackLink to="/outreach">{t('page.backToList')}</BackLink>} title={t('new.title')} intro={t('new.intro')} />
      <OutreachForm
        initialValues={initialValues}
        submitting={loading}
        submitLabel={t('new.submit')}
        alert={alert}
        onCancel={() => void navigate('/outreach')}
        onSubmit={save}
      />
    </Stack>
  );
}
