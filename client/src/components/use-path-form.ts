import { useState } from 'react';
import { useFieldErrors } from './use-field-errors';

/**
 * A long form of `data-path` fields (useFieldErrors without `order`) with its values: `change` takes
 * a patch of top-level fields and the messages off them and the fields under them; `changePart(part)`
 * a patch of one part's fields (`followUp.dueOn`) and the messages off those.
 */
export function usePathForm<Values extends object>(initialValues: Values) {
  const [values, setValues] = useState(initialValues);
  const fieldErrors = useFieldErrors();
  const { clear } = fieldErrors;
  const change = (patch: Partial<Values>) => {
    setValues((current) => ({ ...current, ...patch }));
    clear((path) => Object.keys(patch).some((key) => path === key || path.startsWith(`${key}.`)));
  };
  const changePart =
    <Part extends keyof Values & string>(part: Part) =>
    (patch: Partial<Values[Part]>) => {
      setValues((current) => ({ ...current, [part]: { ...current[part], ...patch } }));
      clear((path) => Object.keys(patch).some((key) => path === `${part}.${key}`));
    };
  return { ...fieldErrors, values, setValues, change, changePart };
}
