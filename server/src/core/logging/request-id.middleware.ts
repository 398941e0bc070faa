import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { JsonLogger } from './json-logger.js';
import { logContext } from './request-context-store.js';

const acceptable = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Gives every request an id (a caller's X-Request-Id if it looks sane, else a new UUID), echoes
 * it in the response and logs one line per request when it finishes.
 */
export function requestIdMiddleware(logger: JsonLogger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const offered = req.header('x-request-id');
    const requestId = offered && acceptable.test(offered) ? offered : randomUUID();
    (req as Request & { id: string }).id = requestId;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    const store = { requestId };
    res.on('finish', () => {
      logContext.run(store, () => {
        logger.info('request', {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          operation: (res.locals as { operationName?: string }).operationName,
        });
      });
    });
    logContext.run(store, next);
  };
}
