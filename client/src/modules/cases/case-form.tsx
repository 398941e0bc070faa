import { useCallback, useState, type Dispatch, type FormEvent, type ReactNode, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { todayCalendarDate } from '../../components/calendar-date';
import { DialogActions } from '../../components/dialog-actions';
import { RefusedFieldsAlert } from '../../components/refused-fields-alert';
import { useFieldErrors } from '../../components/use-field-errors';
import { validateCaseForm, type CaseFormErrors, type CaseFormValues } from './case-form-values';
import { ContactFieldset } from './contact-fieldset';
import { DestinationFieldset } from './destination-fieldset';
import { HouseholdFieldset } from './household-fieldset';
import { HealthFieldset, NeedsFieldset } from './needs-health-fieldset';
import { ReturneeFieldset } from './returnee-fieldset';
import { SourceFieldset } from './source-fieldset';
import { FormStack } from '../../components/form-stack';

export interface CaseFormProps {
  initialValues: CaseFormValues;
  caseworkers: readonly { id: string; name: string }[];
  /** Editing shows the actual departure and the support granted. */
  edit?: boolean;
  /** Which parts the person may see and so edit (health needs its own access). */
  sections?: { identity: boolean; contact: boolean; household: boolean; needs: boolean; health: boolean };
  submitLabel: string;
  submitting: boolean;
  /** Above the form: what went wrong with the last attempt. */
  alert?: ReactNode;
  /** Resolves to the server's field errors, if it refused fields; the form keeps what was typed either way. */
  onSubmit: (values: CaseFormValues) => Promise<CaseFormErrors | void>;
  onCancel: () => void;
}

const everything = { identity: true, contact: true, household: true, needs: true, health: true };

/** The case form, for a new case and for editing one; the fields keep their text whatever happens. */
export function CaseForm({ initialValues, caseworkers, edit = false, sections = everything, submitLabel, submitting, alert, onSubmit, onCancel }: CaseFormProps) {
  const { t } = useTranslation(['cases', 'common']);
  const [values, setValues] = useState(initialValues);
  // Server errors about fields this form does not show are said above the form instead.
  const { formRef, errors, unplaced, show: showErrors, clear: clearErrors, showRefused, resetUnplaced } = useFieldErrors();

  // Stable handlers, so that typing in one part of this long form re-renders only that part.
  const changeReturnee = usePartChange('returnee', setValues, clearErrors, 'patched');
  const changeContact = usePartChange('contact', setValues, clearErrors, 'patched');
  const changeHousehold = useCallback(
    (household: CaseFormValues['household']) => {
      setValues((current) => ({ ...current, household }));
      clearErrors((path) => path.startsWith('household.'));
    },
    [clearErrors],
  );
  const changeNeeds = useCallback(
    (needs: string) => {
      setValues((current) => ({ ...current, needs }));
      clearErrors((path) => path === 'needs');
    },
    [clearErrors],
  );
  const changeHealth = usePartChange('health', setValues, clearErrors, 'part');
  const changeDestination = useCallback(
    (patch: Partial<CaseFormValues>) => {
      setValues((current) => ({ ...current, ...patch }));
      clearErrors((path) => path in patch || (path === 'support.amount' && 'support' in patch));
    },
    [clearErrors],
  );
  const changeSource = usePartChange('source', setValues, clearErrors, 'part');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const invalid = validateCaseForm(values, { edit, today: todayCalendarDate() });
    const messages: CaseFormErrors = Object.fromEntries(Object.entries(invalid).map(([path, message]) => [path, t(`form.validation.${message}`)]));
    if (!showErrors(messages)) return;
    resetUnplaced();
    const refused = await onSubmit(values);
    if (refused) showRefused(refused);
  };

  return (
    <FormStack formRef={formRef} onSubmit={submit} busy={submitting} gap="lg" testId="case-form">
      {alert}
      <RefusedFieldsAlert title={t('form.refused')} messages={unplaced} />
      {sections.identity && (
        <ReturneeFieldset value={values.returnee} errors={errors} onChange={changeReturnee} />
      )}
      {sections.contact && (
        <ContactFieldset value={values.contact} errors={errors} onChange={changeContact} />
      )}
      {sections.household && (
        <HouseholdFieldset value={values.household} errors={errors} onChange={changeHousehold} />
      )}
      {sections.needs && <NeedsFieldset value={values.needs} error={errors.needs} onChange={changeNeeds} />}
      {sections.health && (
        <HealthFieldset value={values.health} errors={errors} onChange={changeHealth} />
      )}
      <DestinationFieldset
        destinationCountry={values.destinationCountry}
        destinationPlace={values.destinationPlace}
        plannedDeparture={values.plannedDeparture}
        actualDeparture={values.actualDeparture}
        support={values.support}
        responsibleCaseworkerId={values.responsibleCaseworkerId}
        errors={errors}
        caseworkers={caseworkers}
        edit={edit}
        onChange={changeDestination}
      />
      <SourceFieldset value={values.source} errors={errors} onChange={changeSource} />
      <DialogActions onCancel={onCancel} confirmLabel={submitLabel} busy={submitting} confirmTestId="case-form-submit" />
    </FormStack>
  );
}

type FormPart = 'returnee' | 'contact' | 'health' | 'source';

/**
 * A stable handler for one part of the form: merges the patch into it and takes the messages off
 * the fields it changed (`patched`) or off the whole part (`part`, whose fields depend on each other).
 */
function usePartChange<Part extends FormPart>(
  part: Part,
  setValues: Dispatch<SetStateAction<CaseFormValues>>,
  clearErrors: (matches: (path: string) => boolean) => void,
  clears: 'patched' | 'part',
) {
  return useCallback(
    (patch: Partial<CaseFormValues[Part]>) => {
      setValues((current) => ({ ...current, [part]: { ...current[part], ...patch } }));
      clearErrors((path) => (clears === 'part' ? path.startsWith(`${part}.`) : Object.keys(patch).some((key) => path === `${part}.${key}`)));
    },
    [part, setValues, clearErrors, clears],
  );
}
