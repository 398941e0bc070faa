import './supervision-styles';
import { useMutation } from '@apollo/client/react';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCurrentUser } from '../../core/auth/session-context';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { todayCalendarDate } from '../../components/calendar-date';
import { SaveFailureAlert } from './save-failure-alert';
import { SupervisionForm } from './supervision-form';
import { createSupervisionInput, emptySupervisionForm, serverFieldErrors } from './supervision-form-values';
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
      <Stack gap={4}>
        <Anchor component={Link} to="/supervision" size="sm">
          {t('page.backToList')}
        </Anchor>
        <Title order={1} size="h2">
          {t('new.title')}
        </Title>
        <Text c="dimmed">{t('new.intro')}</Text>
      </Stack>
      <SupervisionForm
        initialValues={initialValues}
        submitting={loading}
        alert={failure && <SaveFailureAlert title={t('new.failed')} message={failure} />}
        onCancel={() => void navigate('/supervision')}
        onSubmit={async (values) => {
          setFailure(null);
          try {
            const { data } = await create({ variables: { input: createSupervisionInput(values) } });
            if (data) await navigate(`/supervision/${data.createSupervisionSession.id}`, { state: { created: true } });
          } catch (error) {
            // A field the server names gets its sentence there; anything else is said above the form.
            const byField = serverFieldErrors(error);
            setFailure(Object.keys(byField).length > 0 ? t('new.refused') : errorMessage(error as Error));
            if (Object.keys(byField).length > 0) return byField;
          }
        }}
      />
    </Stack>
  );
}
