import { useCallback, useState, type ChangeEvent, type FormEvent } from 'react';
import { fieldErrors as refusedFields } from '../core/errors/field-errors';
import { useFieldErrors, type ErrorsOf, type FieldErrorsOptions, type FieldErrorsState } from './use-field-errors';

type TextField<Values> = { [K in keyof Values & string]: Values[K] extends string ? K : never }[keyof Values & string];

export interface FormFields<Values extends object> extends FieldErrorsState<keyof Values & string> {
  values: Values;
  /** Changes one field and takes the message off it (and off the `also` fields that depend on it). */
  set: <K extends keyof Values & string>(field: K, value: Values[K], ...also: (keyof Values & string)[]) => void;
  /** `name`, `value`, `onChange` and `error` of a text input, text area or native select. */
  bind: (field: TextField<Values>) => {
    name: string;
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
    error: string | undefined;
  };
  /** What went wrong with the last submission that no field can say (for a FailureAlert); null when nothing did. */
  failure: string | null;
  /**
   * The form's onSubmit: checks the values (messages on the fields, focus on the first), then
   * sends them. A refusal the server places on a field is said there; any other failure becomes
   * `failure`, in the words of `failureMessage`.
   */
  handleSubmit: (
    validate: () => ErrorsOf<keyof Values & string>,
    send: () => Promise<void>,
    failureMessage: (error: unknown) => string,
  ) => (event: FormEvent<HTMLFormElement>) => Promise<void>;
}

/** A small form's values with the errors on its fields (useFieldErrors): one state, one way to change a field. */
export function useFormFields<Values extends object>(initial: Values, options: FieldErrorsOptions<keyof Values & string> = {}): FormFields<Values> {
  const fieldErrors = useFieldErrors<keyof Values & string>(options);
  const { clear } = fieldErrors;
  const [values, setValues] = useState(initial);
  const set = useCallback(
    <K extends keyof Values & string>(field: K, value: Values[K], ...also: (keyof Values & string)[]) => {
      setValues((current) => ({ ...current, [field]: value }));
      clear((path) => path === field || also.includes(path as keyof Values & string));
    },
    [clear],
  );
  const bind = (field: TextField<Values>) => ({
    name: field,
    value: values[field] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => set(field, event.currentTarget.value as Values[typeof field]),
    error: (fieldErrors.errors as Partial<Record<string, string>>)[field],
  });
  const [failure, setFailure] = useState<string | null>(null);
  const handleSubmit: FormFields<Values>['handleSubmit'] = (validate, send, failureMessage) => async (event) => {
    event.preventDefault();
    setFailure(null);
    if (!fieldErrors.show(validate())) return;
    try {
      await send();
    } catch (error) {
      if (fieldErrors.showRefused(refusedFields(error)) === 0) setFailure(failureMessage(error));
    }
  };
  return { ...fieldErrors, values, set, bind, failure, handleSubmit };
}
