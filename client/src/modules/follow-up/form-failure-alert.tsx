import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';

export interface FormFailure {
  title: string;
  /** What went wrong, as the server or the client worded it. */
  message: string;
  /** Server messages about fields the form does not show. */
  details?: readonly string[];
}

/** Why a save failed, and that nothing typed was lost (the form keeps every field as it was). */
export function FormFailureAlert({ failure, testId = 'save-failed' }: { failure: FormFailure; testId?: string }) {
  const { t } = useTranslation('cases');
  return (
    <Alert color="red" variant="light" icon={<Icon name="alert" />} title={failure.title} role="alert" data-testid={testId}>
      <Text size="sm">{failure.message}</Text>
      {failure.details && failure.details.length > 0 && (
        <List size="sm" mt={4}>
          {failure.details.map((detail) => (
            <List.Item key={detail}>{detail}</List.Item>
          ))}
        </List>
      )}
      <Text size="sm" mt={4}>
        {t('form.inputKept')}
      </Text>
    </Alert>
  );
}
