import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { AppError, ErrorCode } from '../errors/app-error.js';

/**
 * Mutations that commit on their own, in short transactions one after another
 * (RequestContext.ownTransaction), instead of in the request transaction: a failed login or a
 * wrong current password must be counted although the operation fails, and a login must not hold
 * a connection while it waits for argon2 or for another connection. A mutation that calls
 * `ownTransaction` and is missing here fails at once (the request transaction is open).
 */
export const SELF_COMMITTING_MUTATIONS: ReadonlySet<string> = new Set([
  'login',
  'refreshSession',
  'logout',
  'changeMyPassword',
  'setMyFirstPassword',
  'requestPasswordReset',
  'resetPassword',
]);

/** The root fields an operation selects, through fragments (graphql-js refuses fragment cycles first). */
function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') names.push(selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      names.push(...rootFields(selection.selectionSet, document, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) names.push(...rootFields(fragment.selectionSet, document, seen));
    }
  }
  return names;
}

/**
 * Whether this operation is one self-committing mutation. Such a mutation must come alone: next
 * to others it would share, or hold, the request transaction.
 */
export function commitsOnItsOwn(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  if (operation.operation !== 'mutation') return false;
  const fields = rootFields(operation.selectionSet, document);
  if (!fields.some((name) => SELF_COMMITTING_MUTATIONS.has(name))) return false;
  if (fields.length !== 1) throw new AppError(ErrorCode.BAD_REQUEST, 'auth.sendAlone');
  return true;
}
