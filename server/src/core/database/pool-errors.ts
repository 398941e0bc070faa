/**
 * What pg-pool says when no connection became free within `connectionTimeoutMillis`
 * (DATABASE_POOL_TIMEOUT_MS), and what pg says when a new connection could not be opened in time.
 */
const BUSY_MESSAGES = ['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout'];

/** The database had no room for this request in time: the caller should try again shortly. */
export function isDatabaseBusy(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (BUSY_MESSAGES.includes(current.message)) return true;
    current = (current as Error & { originalError?: unknown }).originalError ?? current.cause;
  }
  return false;
}
