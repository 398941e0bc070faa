import type { DynamicModule, LoggerService } from '@nestjs/common';
import { Logger, LoggerModule, PinoLogger, type Params } from 'nestjs-pino';
import type { AppLogger } from './logger.js';

/**
 * nestjs-pino on the application's own pino logger. Requests are logged by httpLogging(), which
 * app.ts mounts before every other middleware (so that a request refused before Nest sees it still
 * has its id and its line); the module therefore uses that logger as it is (`useExisting`) and
 * binds each request's child logger for `PinoLogger`, which a provider may inject
 * (`@InjectPinoLogger()`) to log with the request's id.
 */
function params(logger: AppLogger): Params {
  return { pinoHttp: { logger: logger.pino }, useExisting: true };
}

export function loggerModule(logger: AppLogger): DynamicModule {
  return LoggerModule.forRoot(params(logger));
}

/** Nest's own messages (start-up, routes, its exception handlers), as nestjs-pino writes them. */
export function nestLogger(logger: AppLogger): LoggerService {
  return new Logger(new PinoLogger(params(logger)), params(logger));
}
