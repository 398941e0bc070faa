const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that is not a UUID cannot name anything: callers answer NOT_FOUND, never a SQL error. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && pattern.test(value);
}
