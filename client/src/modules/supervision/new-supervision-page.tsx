import './supervision-styles';
import { useMutation } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/back-link';
import { PageHeader } from '../../components/page-header';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormSaveAlert } from '../../components/use-form-save-alert';
import { useNewFormValues } from '../../components/use-new-form-values';
import { SupervisionForm } from './supervision-form';
import { createSupervisionInput, emptySupervisionForm, supervisionFormPath, type SupervisionFormValues } from './supervision-form-values';
import { createSupervisionSessionMutation, supervisionSessionsQuery } from './supervision-operations';

/** A supervisor records a session held with a partner's caseworkers. */
export function NewSupervisionPage() {
  const { t } = useTranslation('supervision');
  const navigate = useNavigate();
  useDocumentTitle(t('new.title'));

  const initialValues = useNewFormValues(emptySupervisionForm);
  const [create, { loading }] = useMutation(createSupervisionSessionMutation, { refetchQueries: [supervisionSessionsQuery] });
  const { save, alert } = useFormSaveAlert(
    async (values: SupervisionFormValues) => {
      const { data } = await create({ variables: { input: createSupervisionInput(values) } });
      if (data) await navigate(`/supervision/${data.createSupervisionSession.id}`, { state: { created: true } });
    },
    { toFormPath: supervisionFormPath, refusedSummary: t('new.refused'), failed: t('new.failed'), kept: t('form.inputKept') },
  );

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader back={<BackLink to="/supervision">{t('page.backToList')}</BackLink>} title={t('new.title')} intro={t('new.intro')} />
      <SupervisionForm
        initialValues={initialValues}
        submitting={loading}
        alert={alert}
        onCancel={() => void navigate('/supervision')}
        onSubmit={save}
      />
    </Stack>
  );
}
