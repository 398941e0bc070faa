import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The server's stable code of the first error (`extensions.code`), if it is a GraphQL one. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The server's sentence about the new password field (too common, contains one's name…), if any. */
export function newPasswordError(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.find((e) => typeof e.extensions?.field === 'string' && /newPassword$/.test(e.extensions.field))?.message;
}
