import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The `extensions.code` values the server promises on every GraphQL error. */
export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  BadUserInput: 'BAD_USER_INPUT',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  AccountLocked: 'ACCOUNT_LOCKED',
  Conflict: 'CONFLICT',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function errorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => String(e.extensions?.code ?? ''));
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return errorCodes(error).includes(code);
}

/**
 * Messages of errors that name an input field (`extensions.field`), by the field's last path
 * segment: "input.email" and "email" both land on the form's `email` field.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const byField: Record<string, string> = {};
  for (const e of error.errors) {
    const field = e.extensions?.field;
    if (typeof field !== 'string' || field === '') continue;
    const name = field.split('.').pop() ?? field;
    byField[name] ??= e.message;
  }
  return byField;
}
