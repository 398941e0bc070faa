import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from '../errors/app-error.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/** Page size assumed for a list whose `first` is a variable (not known at validation). */
export const MAX_PAGE_SIZE = 100;

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

function pageSize(value: ValueNode | undefined): number {
  if (!value) return 1;
  if (value.kind === Kind.INT) return Math.max(1, Number(value.value));
  return MAX_PAGE_SIZE;
}

function measure(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): Measure {
  let depth = 0;
  let aliases = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    let inner: Measure;
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) aliases += 1;
      // Introspection has its own fixed shape (and is switched off in production).
      if (selection.name.value.startsWith('__')) continue;
      const children = selection.selectionSet ? measure(selection.selectionSet, fragments, visiting) : { depth: 0, aliases: 0, cost: 0 };
      const first = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
      const multiplier = first ? pageSize(first.value) : 1;
      inner = { depth: children.depth + 1, aliases: children.aliases, cost: 1 + children.cost * multiplier };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      // A fragment cycle is reported by graphql-js' own NoFragmentCycles rule.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      inner = measure(fragment.selectionSet, fragments, visiting);
      visiting.delete(name);
    }
    depth = Math.max(depth, inner.depth);
    aliases += inner.aliases;
    cost += inner.cost;
  }
  return { depth, aliases, cost };
}

/**
 * One validation rule for the three limits, so that a query too deep, too aliased or too costly
 * is refused before anything runs. Cost: each field 1, a list's children times its page size.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context: ValidationContext) => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation) {
        const { depth, aliases, cost } = measure(operation.selectionSet, fragments, new Set());
        const refuse = (limit: string, actual: number, allowed: number) =>
          context.reportError(
            new GraphQLError(`Operation exceeds the ${limit} limit: ${actual} > ${allowed}.`, {
              nodes: [operation],
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, actual, allowed },
            }),
          );
        if (depth > limits.maxDepth) refuse('depth', depth, limits.maxDepth);
        if (aliases > limits.maxAliases) refuse('aliases', aliases, limits.maxAliases);
        if (cost > limits.maxCost) refuse('cost', cost, limits.maxCost);
      },
    };
  };
}
