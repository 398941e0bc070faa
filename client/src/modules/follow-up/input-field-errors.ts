import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * Server messages for errors that name an input field (`extensions.field`), by the field's path
 * inside the input: "input.goals.1.description" → "goals.1.description", "narrative" → "narrative".
 */
export function inputFieldErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const byPath: Record<string, string> = {};
  for (const item of error.errors) {
    const field = item.extensions?.field;
    if (typeof field !== 'string' || field === '') continue;
    byPath[field.replace(/^input\./, '')] ??= item.message;
  }
  return byPath;
}

export interface FieldFailure {
  /** Messages for the fields the form shows, by path. */
  placed: Record<string, string>;
  /** Messages for fields the form does not show: said above the form instead. */
  unplaced: string[];
}

/** Splits the server's field errors into those the form can put next to a field and the rest. */
export function splitFieldErrors(error: unknown, shows: (path: string) => boolean): FieldFailure {
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(inputFieldErrors(error))) {
    if (shows(path)) placed[path] = message;
    else if (!unplaced.includes(message)) unplaced.push(message);
  }
  return { placed, unplaced };
}
