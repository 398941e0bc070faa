/**
 * What pg-pool says when no connection became free within `connectionTimeoutMillis`
 * (DATABASE_POOL_TIMEOUT_MS), and what pg says when a new connection could not be opened in time
 * or a connection ended under a query.
 */
const BUSY_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
  'Connection terminated unexpectedly',
  'Client has encountered a connection error and is not queryable',
];

/** PostgreSQL cannot be reached (restarting, failing over, the network): it comes back by itself. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a database that is going away or not there yet: admin_shutdown, crash_shutdown,
 * cannot_connect_now (starting up, shutting down), too_many_connections, and the connection
 * exceptions of class 08.
 */
const UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08006']);

/**
 * The database had no room for this request, or was out of reach for a moment (a restart, a
 * failover): the caller should try again shortly, and is answered BUSY rather than an internal error.
 */
export function isDatabaseBusy(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (BUSY_MESSAGES.includes(current.message)) return true;
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && (UNREACHABLE.has(code) || UNAVAILABLE.has(code))) return true;
    // Node tries each address of a host name and reports the failures together.
    if (current instanceof AggregateError && current.errors.some((inner) => isDatabaseBusy(inner))) return true;
    current = (current as Error & { originalError?: unknown }).originalError ?? current.cause;
  }
  return false;
}
