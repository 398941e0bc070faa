import { useTranslation } from 'react-i18next';
import { SaveFailureAlert } from '../../components/save-failure-alert';

export interface FormFailure {
  title: string;
  /** What went wrong, as the server or the client worded it. */
  message: string;
  /** Server messages about fields the form does not show. */
  details?: readonly string[];
}

/** Why a save failed, and that nothing typed was lost (the form keeps every field as it was). */
export function FormFailureAlert({ failure, testId }: { failure: FormFailure; testId?: string }) {
  const { t } = useTranslation('cases');
  return <SaveFailureAlert {...failure} kept={t('form.inputKept')} testId={testId} />;
}
