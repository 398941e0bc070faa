import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { AppLogger, LogFields } from './logger.js';
import { logContext, type LogContext } from './request-context-store.js';

/** A caller's X-Request-Id is kept when it looks like an id (no spaces, quotes, braces or newlines). */
const acceptable = /^[A-Za-z0-9._-]{8,128}$/;

const contexts = new WeakMap<Request, LogContext>();

/**
 * The first middleware: gives every request an id (a caller's X-Request-Id if it looks sane, else a
 * new UUID) and echoes it in the response; every line logged while the request is served carries
 * it (pino-http's child logger, kept in the request's log context); one `request` line at `info`
 * when the response is finished: method, path, status, duration, GraphQL operation, and who asked.
 * Headers and bodies are never logged.
 */
export function httpLogging(logger: AppLogger): RequestHandler {
  const requestLine = (req: Request, res: Response, value: { durationMs?: number }): LogFields => {
    const context = contexts.get(req);
    return {
      method: req.method,
      path: new URL(req.originalUrl, 'http://localhost').pathname,
      status: res.statusCode,
      durationMs: value.durationMs,
      operation: (res.locals as { operationName?: string }).operationName,
      ...(context?.userId ? { userId: context.userId, organisationId: context.organisationId } : {}),
      ...(res.writableFinished ? {} : { aborted: true }),
    };
  };
  const middleware = pinoHttp<Request, Response>({
    logger: logger.pino,
    genReqId(req, res) {
      const offered = req.header('x-request-id');
      const requestId = offered && acceptable.test(offered) ? offered : randomUUID();
      res.setHeader('X-Request-Id', requestId);
      return requestId;
    },
    // The request's loggers bind its id only (no `req` object with its headers).
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    // Errors are logged where they happen, with their detail; the request line stays `info`.
    customLogLevel: () => 'info',
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request',
    customSuccessObject: (req, res, value: { durationMs?: number }) => requestLine(req, res, value),
    customErrorObject: (req, res, _error, value: { durationMs?: number }) => requestLine(req, res, value),
  });
  return (req: Request, res: Response, next: NextFunction) => {
    middleware(req, res, () => {
      const context: LogContext = { requestId: String(req.id), log: req.log };
      contexts.set(req, context);
      logContext.run(context, next);
    });
  };
}
