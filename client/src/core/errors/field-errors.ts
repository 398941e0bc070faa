import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Form errors by form path ("email", "household.1.firstName"), each already in the person's language. */
export type FieldErrors = Record<string, string>;

/** The field's own name, the last segment of its path: "input.email" and "email" both land on `email`. */
export const fieldName = (path: string): string => path.split('.').pop() ?? path;

/** The path inside the input as it is: "goals.1.description" stays "goals.1.description". */
export const inputPath = (path: string): string => path;

/**
 * The server's refusals of input fields (errors with `extensions.field`, i.e. BAD_USER_INPUT), by
 * form path. The server's path is read inside the input ("input.household[1].firstName" is
 * "household.1.firstName"), then `toFormPath` says where the form shows it — `null` when it is no
 * field of the form's. The first message for a path wins; errors that name no field are left out.
 */
export function fieldErrors(error: unknown, toFormPath: (path: string) => string | null = fieldName): FieldErrors {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const byPath: FieldErrors = {};
  for (const item of error.errors) {
    const field = item.extensions?.field;
    if (typeof field !== 'string' || field === '') continue;
    const path = toFormPath(field.replace(/\[(\d+)\]/g, '.$1').replace(/^input\./, ''));
    if (path !== null) byPath[path] ??= item.message;
  }
  return byPath;
}

export interface PlacedFieldErrors {
  /** Messages for the fields the form shows, by path. */
  placed: FieldErrors;
  /** Messages for fields the form does not show, each once: said above the form instead. */
  unplaced: string[];
}

/** Splits field errors into those the form can put next to a field and the rest. */
export function placeFieldErrors(errors: FieldErrors, shows: (path: string) => boolean): PlacedFieldErrors {
  const placed: FieldErrors = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    if (shows(path)) placed[path] = message;
    else if (!unplaced.includes(message)) unplaced.push(message);
  }
  return { placed, unplaced };
}
