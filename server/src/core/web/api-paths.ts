/**
 * The paths the server itself answers: the GraphQL endpoint, the REST controllers and the probes.
 * The client app is served for every other GET, never for these (nor anything below them), so a
 * download or an API error is never replaced by index.html. A test walks the routes Nest
 * registers and fails for one outside this list.
 */
export const API_PATHS = ['/graphql', '/attachments', '/health', '/ready'] as const;

/** Express matches routes regardless of case, so this does too. */
export function isApiPath(path: string): boolean {
  const lower = path.toLowerCase();
  return API_PATHS.some((prefix) => lower === prefix || lower.startsWith(`${prefix}/`));
}
