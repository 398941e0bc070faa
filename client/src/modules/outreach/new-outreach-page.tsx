import './outreach-styles';
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
import { OutreachForm } from './outreach-form';
import { emptyOutreachForm, outreachFormPath, outreachInput } from './outreach-form-values';
import { outreachActivitiesQuery, recordOutreachActivityMutation } from './outreach-operations';

/** Record an activity: on a phone, in under a minute (today, the viewer, an information meeting). */
export function NewOutreachPage() {
  const { t } = useTranslation('outreach');
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const me = useCurrentUser();
  useDocumentTitle(t('new.title'));

  const [initialValues] = useState(() => emptyOutreachForm(todayCalendarDate(), me.id));
  const [failure, setFailure] = useState<string | null>(null);
  const [record, { loading }] = useMutation(recordOutreachActivityMutation, { refetchQueries: [outreachActivitiesQuery] });

  return (
    <Stack gap="lg" maw={760}>
      <PageHeader back={<BackLink to="/outreach">{t('page.backToList')}</BackLink>} title={t('new.title')} intro={t('new.intro')} />
      <OutreachForm
        initialValues={initialValues}
        submitting={loading}
        submitLabel={t('new.submit')}
        alert={failure && <SaveFailureAlert title={t('new.failed')} message={failure} kept={t('form.inputKept')} />}
        onCancel={() => void navigate('/outreach')}
        onSubmit={async (values, defaultTitle) => {
          setFailure(null);
          try {
            const { data } = await record({ variables: { input: outreachInput(values, defaultTitle) } });
            if (data) await navigate(`/outreach/${data.recordOutreachActivity.id}`, { state: { saved: true } });
          } catch (error) {
            // A field the server names gets its sentence there; anything else is said above the form.
            const byField = fieldErrors(error, outreachFormPath);
            if (Object.keys(byField).length > 0) {
              setFailure(t('form.refusedSummary'));
              return byField;
            }
            setFailure(errorMessage(error as Error));
          }
        }}
      />
    </Stack>
  );
}
