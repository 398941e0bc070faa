/** What a redacted value reads as in the logs. */
export const REDACTED = '[redacted]';

/**
 * Keys whose value is a secret wherever it appears in a log line: passwords (login, password
 * change, GraphQL variables), tokens (access, refresh), cookies and authorization headers, the
 * JWT secret and password hashes.
 */
const secretKeys = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'password_hash',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'jwtSecret',
  'authorization',
  'cookie',
  'cookies',
  '"set-cookie"',
];

/** How deep under the line's own fields a secret key is still found (`variables.input.password` is 2). */
const DEPTH = 4;

/**
 * pino's redaction paths (https://getpino.io/#/docs/redaction): every secret key at the top of a
 * line and up to DEPTH levels below it, in objects and in arrays (`req.headers.authorization`,
 * `res.headers["set-cookie"]`, `error.config.headers.cookie`, `variables.input.password`, …).
 */
export const redactPaths: string[] = secretKeys.flatMap((key) =>
  Array.from({ length: DEPTH + 1 }, (_, depth) => {
    const prefix = '*.'.repeat(depth);
    // A key that is no identifier goes in brackets, right after the wildcard: `*.*["set-cookie"]`.
    return key.startsWith('"') ? `${prefix.slice(0, -1)}[${key}]` : `${prefix}${key}`;
  }),
);
