import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** True when the request never got a GraphQL answer (offline, server down): what was typed is kept. */
export function isNetworkFailure(error: unknown): boolean {
  return !CombinedGraphQLErrors.is(error);
}
