import './case-form-styles';
import { useMutation, useQuery } from '@apollo/client/react';
import { isDocumentLanguage } from '@cirkel/i18n';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/back-link';
import { PageHeader } from '../../components/page-header';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormSaveAlert } from '../../components/use-form-save-alert';
import { useCurrentUser } from '../../core/auth/session-context';
import { currentLanguage } from '../../core/i18n/create-i18n';
import { CaseForm } from './case-form';
import { caseFormPath, createCaseInput, emptyCaseFormValues, type CaseFormValues } from './case-form-values';
import { createCaseMutation } from './case-operations';
import { caseworkersQuery, casesQuery } from './cases-operations';
import { useReadableNames } from '../../components/person-name';

export function NewCasePage() {
  const { t, i18n } = useTranslation('cases');
  const names = useReadableNames();
  const navigate = useNavigate();
  const user = useCurrentUser();
  useDocumentTitle(t('new.title'));

  const language = currentLanguage(i18n);
  const [initialValues] = useState(() => emptyCaseFormValues(isDocumentLanguage(language) ? language : 'sv'));
  const { data } = useQuery(caseworkersQuery);
  const [createCase, { loading }] = useMutation(createCaseMutation, { refetchQueries: [casesQuery] });
  // A field the server names gets its sentence there; anything else is said above the form.
  const { save, alert } = useFormSaveAlert(
    async (values: CaseFormValues) => {
      const { data: created } = await createCase({ variables: { input: createCaseInput(values) } });
      if (created) await navigate(`/cases/${created.createCase.id}`, { state: { created: created.createCase.number } });
    },
    { toFormPath: caseFormPath, refusedSummary: null, failed: t('new.failed'), kept: t('form.inputKept') },
  );

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        back={<BackLink to="/cases">{t('page.backToList')}</BackLink>}
        title={t('new.title')}
        intro={t('new.intro', { organisation: names.short(user.organisation) })}
      />
      <CaseForm
        initialValues={initialValues}
        caseworkers={data?.caseworkers ?? []}
        submitLabel={t('new.submit')}
        submitting={loading}
        alert={alert}
        onCancel={() => void navigate('/cases')}
        onSubmit={save}
      />
    </Stack>
  );
}
