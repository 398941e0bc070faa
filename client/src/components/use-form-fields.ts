import { useCallback, useState, type ChangeEvent } from 'react';
import { useFieldErrors, type FieldErrorsOptions, type FieldErrorsState } from './use-field-errors';

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
  return { ...fieldErrors, values, set, bind };
}
