import { defaultLanguage, type Language } from '@cirkel/i18n';
import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { Context, SubscribePayload } from 'graphql-ws';
import type { SocketExtra } from '../auth/ws-authentication.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { createErrorFormatter, translateError } from '../errors/error-formatting.js';
import type { AppLogger } from '../logging/logger.js';
import { queryLimitRules, type QueryLimits } from './query-limits.js';

type SocketContext = Context<Record<string, unknown> | undefined, unknown>;

function languageOf(context: SocketContext): Language {
  return (context.extra as SocketExtra).actor?.language ?? defaultLanguage;
}

/** Marks an error the way Apollo marks it over HTTP, so that one formatter maps both. */
function withApolloCode(error: GraphQLError, code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED', hideSchema = false): GraphQLError {
  // As Apollo's hideSchemaDetailsFromClientErrors does over HTTP: no field names suggested.
  const message = hideSchema ? error.message.replace(/ ?Did you mean(.+?)\?$/, '') : error.message;
  return new GraphQLError(message, { nodes: error.nodes, extensions: { ...error.extensions, code }, originalError: error });
}

/**
 * graphql-ws hooks for the socket on /graphql. The socket carries subscriptions only: a query or
 * mutation there would run without the request transaction that HTTP opens (and fail with an
 * internal error), so it is refused with BAD_REQUEST before anything runs. A subscription passes
 * the same token and query limits as HTTP, and every error leaves through the same formatter,
 * written in the socket user's language, without internal detail.
 */
export function graphqlWsOperations(options: { limits: QueryLimits; logger: AppLogger; development: boolean; production: boolean }) {
  const { limits, production } = options;
  const format = createErrorFormatter(options.logger, options.development);
  const rules = [...specifiedRules, ...queryLimitRules(limits)];
  const parseLimited = (source: string): DocumentNode => parse(source, { maxTokens: limits.maxTokens });
  const toClient = (context: SocketContext, errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => translateError(languageOf(context), format(error.toJSON(), error)));

  return {
    parse: parseLimited,
    validate: (schema: GraphQLSchema, document: DocumentNode) =>
      validate(schema, document, rules).map((error) => withApolloCode(error, 'GRAPHQL_VALIDATION_FAILED', production)),
    onSubscribe(_context: SocketContext, _id: string, payload: SubscribePayload): readonly GraphQLError[] | void {
      let document: DocumentNode;
      try {
        document = parseLimited(payload.query);
      } catch (error) {
        return [withApolloCode(error instanceof GraphQLError ? error : new GraphQLError(String(error)), 'GRAPHQL_PARSE_FAILED')];
      }
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) return [withApolloCode(new GraphQLError('Unable to identify the operation.'), 'GRAPHQL_VALIDATION_FAILED')];
      if (operation.operation !== 'subscription') return [new AppError(ErrorCode.BAD_REQUEST, 'websocket.subscriptionsOnly')];
      // A subscription goes on: graphql-ws parses it with `parse` and checks it with `validate` above.
    },
    onError(context: SocketContext, _id: string, _payload: SubscribePayload, errors: readonly GraphQLError[]): GraphQLFormattedError[] {
      return toClient(context, errors);
    },
    onNext(context: SocketContext, _id: string, _payload: SubscribePayload, _args: unknown, result: ExecutionResult) {
      if (!result.errors?.length) return undefined;
      return { ...result, errors: toClient(context, result.errors) };
    },
  };
}
