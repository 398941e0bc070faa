import type { ReactNode } from 'react';
import type { FieldErrors } from '../core/errors/field-errors';
import { SaveFailureAlert } from './save-failure-alert';
import { useFormSave } from './use-form-save';

/**
 * useFormSave for a page's form, with what to say above the form when a save fails: `alert` is the
 * SaveFailureAlert (titled `failed`, saying `kept`), or nothing while there is no failure.
 */
export function useFormSaveAlert<A extends unknown[]>(
  send: (...args: A) => Promise<void>,
  { failed, kept, ...options }: { toFormPath: (path: string) => string | null; refusedSummary: string | null; failed: string; kept: string },
): { save: (...args: A) => Promise<FieldErrors | void>; alert: ReactNode } {
  const { save, failure } = useFormSave(send, options);
  return { save, alert: failure && <SaveFailureAlert title={failed} message={failure} kept={kept} /> };
}
