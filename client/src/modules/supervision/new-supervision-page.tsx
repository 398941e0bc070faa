import './supervision-styles';
import { useMutation } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/back-link';
import { PageHeader } from '../../components/page-header';
import { SaveFailureAlert } from '../../components/save-failure-alert';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormSave } from '../../components/use-form-save';
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
  const { save, failure } = useFormSave(
    async (values: SupervisionFormValues) => {
      const { data } = await create({ variables: { input: createSupervisionInput(values) } });
      if (data) await navigate(`/supervision/${data.createSupervisionSession.id}`, { state: { created: true } });
    },
    { toFormPath: supervisionFormPath, refusedSummary: t('new.refused') },
  );

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader back={<BackLink to="/supervision">{t('page.backToList')}</BackLink>} title={t('new.title')} intro={t('new.intro')} />
      <SupervisionForm
        initialValues={initialValues}
        submitting={loading}
        alert={failure && <SaveFailureAlert title={t('new.failed')} message={failure} kept={t('form.inputKept')} />}
        onCancel={() => void navigate('/supervision')}
        onSubmit={save}
      />
    </Stack>
  );
}
