import type { ErrorLike } from '@apollo/client';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { placeFieldErrors, fieldErrors, inputPath } from '../../core/errors/field-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { FormFailure } from './form-failure-alert';

export interface DescribedFailure {
  failure: FormFailure;
  /** Server messages to show next to the form's own fields, by path. */
  placed: Record<string, string>;
}

/**
 * Turns a failed save into what the form shows: messages on the fields the server named, the
 * rest above the form; a failure without field errors (network, server, refusal) in its own words.
 */
export function useDescribeFailure(): (error: unknown, title: string, shows: (path: string) => boolean) => DescribedFailure {
  const { t } = useTranslation('followUp');
  const errorMessage = useErrorMessage();
  return useCallback(
    (error, title, shows) => {
      const { placed, unplaced } = placeFieldErrors(fieldErrors(error, inputPath), shows);
      const aboutFields = Object.keys(placed).length > 0 || unplaced.length > 0;
      return {
        placed,
        failure: { title, message: aboutFields ? t('refused') : errorMessage(error as ErrorLike), details: unplaced },
      };
    },
    [t, errorMessage],
  );
}
