import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line of one HTTP request carries; set by the request-id middleware. */
export interface LogContext {
  requestId: string;
  userId?: string;
  organisationId?: string;
}

export const logContext = new AsyncLocalStorage<LogContext>();
