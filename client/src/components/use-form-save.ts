import { useState } from 'react';
import { fieldErrors, type FieldErrors } from '../core/errors/field-errors';
import { useErrorMessage } from '../core/errors/use-error-message';

/**
 * Sends a form. A refusal the server places on fields goes back to the form (and, when given,
 * `refusedSummary` is said above it); any other failure is said above the form as the server
 * worded it. `failure` is what to say (for a SaveFailureAlert), null while there is nothing.
 */
export function useFormSave<A extends unknown[]>(
  send: (...args: A) => Promise<void>,
  { toFormPath, refusedSummary }: { toFormPath: (path: string) => string | null; refusedSummary: string | null },
) {
  const errorMessage = useErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const save = async (...args: A): Promise<FieldErrors | void> => {
    setFailure(null);
    try {
      await send(...args);
    } catch (error) {
      const byField = fieldErrors(error, toFormPath);
      if (Object.keys(byField).length > 0) {
        setFailure(refusedSummary);
        return byField;
      }
      setFailure(errorMessage(error as Error));
    }
  };
  return { save, failure };
}
