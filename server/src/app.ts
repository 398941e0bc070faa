import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { AppModule, type AppOptions } from './app.module.js';
import { AUTHENTICATOR } from './core/auth/authenticator.js';
import { bearerTokenMiddleware } from './core/auth/bearer-token.middleware.js';
import { GraphqlExceptionFilter } from './core/errors/graphql-exception.filter.js';
import { createValidationPipe } from './core/errors/validation-pipe.js';
import { httpLogging } from './core/logging/http-logging.js';
import { nestLogger } from './core/logging/nest-logging.js';
import { serveClient } from './core/web/client-app.js';
import { graphqlBodyLimit } from './core/web/graphql-body-limit.js';
import { graphqlTransport } from './core/web/graphql-transport.js';
import { securityHeaders } from './core/web/security-headers.middleware.js';

/** Builds the whole HTTP application around an opened database; main.ts and the tests share it. */
export async function createApp(options: AppOptions): Promise<NestExpressApplication> {
  const { config, logger } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: nestLogger(logger),
    bufferLogs: false,
  });
  if (config.trustProxy) app.set('trust proxy', true);
  app.disable('x-powered-by');
  app.use(httpLogging(logger));
  app.use(securityHeaders);
  app.use(cookieParser());
  app.use(['/graphql', '/attachments'], bearerTokenMiddleware(app.get(AUTHENTICATOR)));
  // Before Nest's own body parsers (registered at init, 100 kB): /graphql reads its body here.
  app.use(
    '/graphql',
    ...graphqlTransport({
      bodyLimit: graphqlBodyLimit(config.graphql.maxTokens),
      dataSource: options.database.app,
      logger,
      development: config.environment === 'development',
    }),
  );
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphqlExceptionFilter(app.getHttpAdapter()));
  const served = serveClient(app.getHttpAdapter().getInstance(), config.clientDistDir);
  if (!served) logger.warning('client not built: only the API is served', { clientDistDir: config.clientDistDir });
  return app;
}
