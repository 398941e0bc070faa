import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config.js';
import { createErrorFormatter } from '../errors/error-formatting.js';
import type { AppLogger } from '../logging/logger.js';
import type { AuthenticatedRequest } from '../auth/bearer-token.middleware.js';
import { wsAuthentication, type SocketExtra } from '../auth/ws-authentication.js';
import { RequestContext } from '../tenancy/request-context.js';
import { SubscriptionContext } from '../tenancy/subscription-context.js';
import { tenancyPlugin } from '../tenancy/tenancy.plugin.js';
import { graphqlWsOperations } from './graphql-ws-operations.js';
import { noSubscriptionsOverHttp } from '../web/graphql-transport.js';
import { withInputRules } from './input-rules.js';
import { queryLimitRules } from './query-limits.js';

export function graphqlConfig(config: Config, dataSource: DataSource, logger: AppLogger): ApolloDriverConfig {
  const development = config.environment === 'development';
  const production = config.environment === 'production';
  return {
    path: '/graphql',
    // The schema is built in memory; `npm run schema` writes the committed schema.graphql.
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: development,
    playground: false,
    csrfPrevention: true,
    // The client sends whole documents; a hash-only request (automatic persisted queries) is refused.
    persistedQueries: false,
    // A document past the token limit is refused by the parser, before any AST or validation work.
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationRules: [...queryLimitRules(config.graphql), noSubscriptionsOverHttp],
    // Every argument passes the text, id and date rules before its resolver runs (input-rules.ts).
    transformSchema: withInputRules,
    // No cache hints are used (answers are per person and never cached); Apollo's default cache
    // control plugin would otherwise wrap every field resolver to collect them.
    plugins: [
      tenancyPlugin(dataSource, logger),
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    formatError: createErrorFormatter(logger, development),
    // One port for everything: graphql-ws subscriptions on /graphql, authenticated when the socket
    // opens; queries and mutations go over HTTP only, where the request transaction is.
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        ...wsAuthentication(config, dataSource, logger),
        ...graphqlWsOperations({ limits: config.graphql, logger, development, production }),
      },
    },
    context: (input: { req?: Request; res?: Response; extra?: SocketExtra }) => {
      if (input.extra?.socket) return new SubscriptionContext(input.extra.actor);
      const { req, res } = input as { req: Request; res: Response };
      const context = new RequestContext(req, res);
      const request = req as AuthenticatedRequest;
      context.claims = request.claims;
      context.authFailure = request.authFailure;
      return context;
    },
  };
}
