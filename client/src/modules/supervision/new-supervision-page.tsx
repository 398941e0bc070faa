import './supervision-styles';
import { useMutation } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/back-link';
import { todayCalendarDate } from '../../components/calendar-date';
import { PageHeader } from '../../components/page-header';
import { SaveFailureAlert } from '../../components/save-failure-alert';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCurrentUser } from '../../core/auth/session-context';
import { fieldErrors } from '../../core/errors/field-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { SupervisionForm } from './supervision-form';
import { createSupervisionInput, emptySupervisionForm, supervisionFormPath } from './supervision-form-values';
import { createSupervisionSessionMutation, supervisionSessionsQuery } from './supervision-operations';

/** A supervisor records a session held with a partner's caseworkers. */
export function NewSupervisionPage() {
  const { t } = useTranslation('supervision');
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const me = useCurrentUser();
  useDocumentTitle(t('new.title'));

  const [initialValues] = useState(() => emptySupervisionForm(todayCalendarDate(), me.id));
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(createSupervisionSessionMutation, { refetchQueries: [supervisionSessionsQuery] });

  return (
    <Stack gap="lg" maw={960}>
      <PageHeader back={<BackLink to="/supervision">{t('page.backToList')}</BackLink>} title={t('new.title')} intro={t('new.intro')} />
      <SupervisionForm
        initialValues={initialValues}
        submitting={loading}
        alert={failure && <SaveFailureAlert title={t('new.failed')} message={failure} kept={t('form.inputKept')} />}
        onCancel={() => void navigate('/supervision')}
        onSubmit={async (values) => {
          setFailure(null);
          try {
            const { data } = await create({ variables: { input: createSupervisionInput(values) } });
            if (data) await navigate(`/supervision/${data.createSupervisionSession.id}`, { state: { created: true } });
          } catch (error) {
            // A field the server names gets its sentence there; anything else is said above the form.
            const byField = fieldErrors(error, supervisionFormPath);
            setFailure(Object.keys(byField).length > 0 ? t('new.refused') : errorMessage(error as Error));
            if (Object.keys(byField).length > 0) return byField;
          }
        }}
      />
    </Stack>
  );
}
