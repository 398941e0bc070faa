import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type ASTNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type OperationDefinitionNode,
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
  maxDirectives: number;
  maxTokens: number;
}

export type QueryLimit = 'depth' | 'aliases' | 'cost' | 'directives' | 'tokens';

/** Page size assumed for a list whose `first` is a variable (not known at validation). */
export const MAX_PAGE_SIZE = 100;

/** A refusal by one of the limits; the error formatter gives it the stable code and a translated text. */
export class QueryTooComplexError extends GraphQLError {
  constructor(
    readonly limit: QueryLimit,
    readonly allowed: number,
    nodes?: readonly ASTNode[],
  ) {
    super(`Operation exceeds the ${limit} limit of ${allowed}.`, {
      nodes,
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, allowed },
    });
  }
}

/** graphql-js' own words when the parser stops at `parseOptions.maxTokens` (16.x writes "more that"). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** The token limit is enforced by the parser itself, before any AST is built past it. */
export function tokenLimitOf(message: string): number | undefined {
  const match = TOKEN_LIMIT.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** Thrown inside the walk to stop it at the first limit passed; never leaves this module. */
class Exceeded {
  constructor(readonly limit: 'cost' | 'directives') {}
}

interface Measure {
  cost: number;
  directives: number;
}

/**
 * Cost (each field 1, a list's children times its page size) and directives, counted as the
 * operation would run: through every fragment spread. Ours, not GraphQL Armor's: Armor's cost
 * counts a page size given as a variable as 1 (as our client's list queries pass `first: $first`) and grows
 * geometrically with depth, and its directive count skips the directives of a fragment's second
 * and later spreads. Each fragment is measured once per document and the walk stops at the first
 * limit passed, so a document of fragments that spread each other twice (2^n fields from n lines)
 * takes as long as its n lines, not 2^n. Every sum is capped just above its limit, so no figure can
 * grow to Infinity or lose precision.
 */
function costAndDirectivesRule(limits: Pick<QueryLimits, 'maxCost' | 'maxDirectives'>): ValidationRule {
  return (context: ValidationContext) => {
    const schema = context.getSchema();
    const measured = new Map<string, Measure | 'measuring'>();
    let refused = false;

    const capCost = (value: number) => Math.min(value, limits.maxCost + 1);
    const capDirectives = (value: number) => Math.min(value, limits.maxDirectives + 1);

    function pageSize(value: ValueNode | undefined, fallback: unknown): number {
      if (!value) return typeof fallback === 'number' && fallback > 1 ? capCost(fallback) : 1;
      // A literal page size beyond the cap is capped (the resolver refuses it anyway).
      if (value.kind === Kind.INT) return capCost(Math.max(1, Number(value.value)));
      return MAX_PAGE_SIZE;
    }

    function add(total: Measure, part: Measure): void {
      total.cost = capCost(total.cost + part.cost);
      total.directives = capDirectives(total.directives + part.directives);
      if (total.directives > limits.maxDirectives) throw new Exceeded('directives');
      if (total.cost > limits.maxCost) throw new Exceeded('cost');
    }

    function measureFragment(name: string): Measure {
      const known = measured.get(name);
      // A cycle is graphql-js' NoFragmentCycles rule's to report; it counts nothing here.
      if (known === 'measuring') return { cost: 0, directives: 0 };
      if (known) return known;
      const fragment: FragmentDefinitionNode | undefined | null = context.getFragment(name);
      if (!fragment) return { cost: 0, directives: 0 };
      measured.set(name, 'measuring');
      const total = { cost: 0, directives: fragment.directives?.length ?? 0 };
      add(total, measureSet(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)));
      measured.set(name, total);
      return total;
    }

    function measureSet(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | null | undefined): Measure {
      const total = { cost: 0, directives: 0 };
      for (const selection of selectionSet.selections) {
        add(total, { cost: 0, directives: selection.directives?.length ?? 0 });
        if (selection.kind === Kind.FIELD) {
          // Introspection has its own fixed shape (and is switched off in production).
          if (selection.name.value.startsWith('__')) continue;
          const definition =
            parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[selection.name.value] : undefined;
          const children = selection.selectionSet
            ? measureSet(selection.selectionSet, definition ? getNamedType(definition.type) : undefined)
            : { cost: 0, directives: 0 };
          const argument = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
          const declared = definition?.args.find((a) => a.name === 'first')?.defaultValue;
          add(total, { cost: 1 + children.cost * pageSize(argument?.value, declared), directives: children.directives });
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
          add(total, measureSet(selection.selectionSet, type));
        } else {
          add(total, measureFragment(selection.name.value));
        }
      }
      return total;
    }

    function rootType(operation: OperationDefinitionNode) {
      return operation.operation === 'query'
        ? schema.getQueryType()
        : operation.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    }

    return {
      OperationDefinition(operation) {
        // One refusal is enough to refuse the document; the half-measured fragments stay unused.
        if (refused) return;
        try {
          const variableDirectives = operation.variableDefinitions?.reduce((n, v) => n + (v.directives?.length ?? 0), 0) ?? 0;
          add({ cost: 0, directives: (operation.directives?.length ?? 0) + variableDirectives }, measureSet(operation.selectionSet, rootType(operation)));
        } catch (error) {
          if (!(error instanceof Exceeded)) throw error;
          refused = true;
          const allowed = error.limit === 'cost' ? limits.maxCost : limits.maxDirectives;
          context.reportError(new QueryTooComplexError(error.limit, allowed, [operation]));
        }
      },
    };
  };
}

/**
 * The validation rules that refuse an operation too deep, too aliased, too costly or with too
 * many directives, before anything runs (and before authentication). Depth and aliases are GraphQL
 * Armor's rules, which measure each fragment once; cost and directives are ours (see
 * costAndDirectivesRule for why). Tokens are the parser's job: `parseOptions.maxTokens`.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const refuse = (limit: QueryLimit, allowed: number) => [
    (context: ValidationContext | null) => context?.reportError(new QueryTooComplexError(limit, allowed)),
  ];
  return [
    maxDepthRule({
      n: limits.maxDepth,
      // A fragment spread is not a level of its own: depth counts fields, as the response nests.
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: refuse('depth', limits.maxDepth),
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      // Armor lets `x: __typename` go uncounted by default; a thousand of them still cost a thousand.
      allowList: [],
      propagateOnRejection: false,
      onReject: refuse('aliases', limits.maxAliases),
    }),
    costAndDirectivesRule(limits),
  ] as ValidationRule[];
}
