import type { ChangeEvent } from 'react';
import type { FieldErrors } from '../core/errors/field-errors';

type TextKey<Part> = { [K in keyof Part & string]: Part[K] extends string ? K : never }[keyof Part & string];

/**
 * Binds the text fields of one part of a long form (the returnee, a household member, an action):
 * `value`, `onChange` as a patch of that part, the error at the field's path, and `data-path`, by
 * which useFieldErrors moves focus to the first field in error.
 */
export function pathFields<Part extends object>(prefix: string, part: Part, errors: FieldErrors, onChange: (patch: Partial<Part>) => void) {
  return (key: TextKey<Part>) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return {
      value: part[key] as string,
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => onChange({ [key]: event.currentTarget.value } as Partial<Part>),
      error: errors[path],
      'data-path': path,
    };
  };
}
