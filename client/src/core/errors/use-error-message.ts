import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Text for an error, in the interface language: the server already translated GraphQL errors
 * (into the caller's language), so those are shown as they came; a request that never got a
 * GraphQL answer gets the client's own sentence.
 */
export function useErrorMessage(): (error: ErrorLike) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: ErrorLike) => {
      if (CombinedGraphQLErrors.is(error)) {
        const messages = [...new Set(error.errors.map((e) => e.message).filter(Boolean))];
        return messages.length > 0 ? messages.join(' ') : t('errors.unexpected');
      }
      if (ServerError.is(error)) return t('errors.server');
      return t('errors.network');
    },
    [t],
  );
}
