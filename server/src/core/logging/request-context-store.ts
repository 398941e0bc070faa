import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

/** What every log line of one HTTP request carries; set by the request logging (http-logging.ts). */
export interface LogContext {
  requestId: string;
  /** The request's own logger: pino-http's child, bound to the request id. */
  log?: Logger;
  /** Who is asking, once the request knows (set by core/tenancy). */
  userId?: string;
  organisationId?: string;
}

export const logContext = new AsyncLocalStorage<LogContext>();
