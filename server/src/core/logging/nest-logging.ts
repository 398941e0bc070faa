import { RequestMethod, type DynamicModule, type LoggerService } from '@nestjs/common';
import { Logger, LoggerModule, PinoLogger, type Params } from 'nestjs-pino';
import { API_PATHS } from '../web/api-paths.js';
import type { AppLogger } from './logger.js';

/**
 * nestjs-pino on the application's own pino logger. Requests are logged by httpLogging(), which
 * app.ts mounts before every other middleware (so that a request refused before Nest sees it still
 * has its id and its line); the module therefore uses that logger as it is (`useExisting`) and
 * binds each request's child logger for `PinoLogger`, which a provider may inject
 * (`@InjectPinoLogger()`) to log with the request's id.
 */
function params(logger: AppLogger): Params {
  return {
    pinoHttp: { logger: logger.pino },
    useExisting: true,
    // The API's paths and what is below them, rather than nestjs-pino's catch-all route: the
    // client app answers every other path (see core/web/api-paths.ts).
    forRoutes: API_PATHS.flatMap((path) => [
      { path, method: RequestMethod.ALL },
      { path: `${path}/*rest`, method: RequestMethod.ALL },
    ]),
  };
}

export function loggerModule(logger: AppLogger): DynamicModule {
  return LoggerModule.forRoot(params(logger));
}

/** Nest's own messages (start-up, routes, its exception handlers), as nestjs-pino writes them. */
export function nestLogger(logger: AppLogger): LoggerService {
  return new Logger(new PinoLogger(params(logger)), params(logger));
}
