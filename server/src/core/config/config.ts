import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: server/src/core/config → four levels up (also from dist/). */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

export type Environment = 'development' | 'production' | 'test';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  readonly environment: Environment;
  readonly host: string;
  readonly port: number;
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly database:
    | { readonly mode: 'embedded'; readonly port: number }
    | { readonly mode: 'external'; readonly url: string; readonly ownerUrl: string };
  readonly databasePoolSize: number;
  /** How long a request waits for a free connection before it is answered BUSY. */
  readonly databasePoolTimeoutMs: number;
  readonly jwt: {
    readonly secret: string;
    readonly issuer: string;
    readonly audience: string;
    readonly accessTokenTtlSeconds: number;
    readonly refreshTokenTtlDays: number;
  };
  readonly cookieSecure: boolean;
  readonly demoData: boolean;
  readonly logLevel: LogLevel;
  readonly graphql: {
    readonly maxDepth: number;
    readonly maxAliases: number;
    readonly maxCost: number;
    readonly maxDirectives: number;
    readonly maxTokens: number;
  };
  readonly clientDistDir: string;
  readonly trustProxy: boolean;
  /**
   * Outgoing e-mail (password reset links): through `SMTP_URL`; without it, an embedded mail
   * catcher in development and tests; off in production.
   */
  readonly mail:
    | { readonly mode: 'smtp'; readonly url: string; readonly from: string }
    | { readonly mode: 'catcher'; readonly smtpPort: number; readonly webPort: number; readonly from: string }
    | { readonly mode: 'off'; readonly from: string };
}

/** A setting that is missing or malformed: the message is one sentence that names it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/**
 * Every setting the server reads, with its meaning and default. The README's settings table
 * is checked against this list by a test, so the two cannot drift apart.
 */
export const settings = [
  { name: 'NODE_ENV', default: 'development', meaning: '`development`, `production` or `test`.' },
  { name: 'HOST', default: '127.0.0.1', meaning: 'Interface the HTTP server listens on (`0.0.0.0` in a container).' },
  { name: 'PORT', default: '3000', meaning: 'HTTP port of the portal and the GraphQL API.' },
  { name: 'PUBLIC_URL', default: 'http://localhost:<PORT>', meaning: 'Address people use to reach the portal; printed at start.' },
  { name: 'DATA_DIR', default: '<repository>/.data', meaning: 'Folder for the embedded PostgreSQL, its credentials and the development JWT secret (git-ignored).' },
  { name: 'DATABASE_URL', default: '(none: embedded PostgreSQL)', meaning: 'PostgreSQL URL of the application role (`NOSUPERUSER NOBYPASSRLS`, owns nothing) used for every request.' },
  { name: 'DATABASE_OWNER_URL', default: '(required with `DATABASE_URL`)', meaning: 'PostgreSQL URL of the role that owns the schema; used only at start-up, for migrations and demo data.' },
  { name: 'DATABASE_POOL_SIZE', default: '10', meaning: 'Connections in the application pool.' },
  { name: 'DATABASE_POOL_TIMEOUT_MS', default: '5000', meaning: 'Longest wait for a free connection; a request that waits longer is answered `BUSY` instead of hanging.' },
  { name: 'EMBEDDED_DB_PORT', default: '54329', meaning: 'Port of the embedded PostgreSQL on 127.0.0.1 (only without `DATABASE_URL`).' },
  { name: 'JWT_SECRET', default: 'development: generated once into `DATA_DIR`; production: required', meaning: 'Key that signs access tokens (HS256), at least 32 characters.' },
  { name: 'JWT_ISSUER', default: 'cirkel', meaning: 'Issuer (`iss`) written into and required of access tokens.' },
  { name: 'JWT_AUDIENCE', default: 'cirkel-portal', meaning: 'Audience (`aud`) written into and required of access tokens.' },
  { name: 'ACCESS_TOKEN_TTL_SECONDS', default: '900', meaning: 'Lifetime of an access token.' },
  { name: 'REFRESH_TOKEN_TTL_DAYS', default: '14', meaning: 'Lifetime of a refresh token (each use rotates it).' },
  { name: 'COOKIE_SECURE', default: '`true` in production, else `false`', meaning: 'Mark the refresh-token cookie `Secure` (HTTPS only).' },
  { name: 'DEMO_DATA', default: '`true` in development, else `false`', meaning: 'Seed demo organisations and users into an empty database; refused in production.' },
  { name: 'LOG_LEVEL', default: 'info', meaning: '`debug`, `info`, `warn`, `error` or `silent`.' },
  { name: 'GRAPHQL_MAX_DEPTH', default: '10', meaning: 'Deepest selection a GraphQL operation may have.' },
  { name: 'GRAPHQL_MAX_ALIASES', default: '15', meaning: 'Most aliases a GraphQL operation may use.' },
  { name: 'GRAPHQL_MAX_COST', default: '5000', meaning: 'Highest estimated cost of a GraphQL operation (each field 1, lists times their page size).' },
  { name: 'GRAPHQL_MAX_DIRECTIVES', default: '50', meaning: 'Most directives a GraphQL operation may use, counted through its fragments.' },
  { name: 'GRAPHQL_MAX_TOKENS', default: '2000', meaning: 'Most tokens a GraphQL document may have; the parser stops at the limit, before any validation.' },
  { name: 'CLIENT_DIST_DIR', default: '<repository>/client/dist', meaning: 'Built client served at `/`.' },
  { name: 'TRUST_PROXY', default: 'false', meaning: 'Trust `X-Forwarded-*` headers from a reverse proxy.' },
  { name: 'SMTP_URL', default: '(none)', meaning: 'SMTP server for e-mail (password reset links), e.g. `smtps://user:password@mail.example.org:465`. Without it: the embedded mail catcher in development and tests; in production, reset by e-mail is off.' },
  { name: 'MAIL_FROM', default: 'Cirkel <no-reply@localhost>', meaning: 'Sender (`From`) of the e-mail the portal sends.' },
  { name: 'MAIL_CATCHER_PORT', default: 'development: 1025; test: a free port', meaning: 'SMTP port of the embedded mail catcher on 127.0.0.1 (only without `SMTP_URL`, never in production).' },
  { name: 'MAIL_CATCHER_WEB_PORT', default: 'development: 1080; test: a free port', meaning: 'Port of the mail catcher\'s inbox on 127.0.0.1: a page at `/`, JSON at `/messages`.' },
] as const;

function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, but is "${raw}".`);
  }
  return Number(raw);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, but is "${raw}".`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!allowed.includes(raw as T)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, but is "${raw}".`);
  }
  return raw as T;
}

function postgresUrl(env: Env, name: string): string {
  const raw = read(env, name);
  if (raw === undefined) throw new ConfigError(`${name} must be set.`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL like postgres://user:password@host:5432/database.`);
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol) || !url.username || url.pathname.length < 2) {
    throw new ConfigError(`${name} must be a URL like postgres://user:password@host:5432/database.`);
  }
  return raw;
}

function httpUrl(env: Env, name: string, fallback: string): string {
  const raw = read(env, name) ?? fallback;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return raw.replace(/\/$/, '');
  } catch {
    // falls through to the error below
  }
  throw new ConfigError(`${name} must be an http(s) URL, but is "${raw}".`);
}

function path(env: Env, name: string, fallback: string): string {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  return isAbsolute(raw) ? raw : resolve(process.cwd(), raw);
}

/** In development the secret is made once and kept with the data, so logins survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

function smtpUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if ((url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname) return raw;
  } catch {
    // falls through to the error below
  }
  throw new ConfigError('SMTP_URL must be a URL like smtp://user:password@host:587 or smtps://user:password@host:465.');
}

function mailSettings(env: Env, environment: Environment): Config['mail'] {
  const from = read(env, 'MAIL_FROM') ?? 'Cirkel <no-reply@localhost>';
  if (/[\r\n]/.test(from) || !/@/.test(from)) throw new ConfigError(`MAIL_FROM must be an address like "Cirkel <no-reply@example.org>", but is "${from}".`);
  const url = read(env, 'SMTP_URL');
  if (url !== undefined) return Object.freeze({ mode: 'smtp', url: smtpUrl(url), from });
  if (environment === 'production') return Object.freeze({ mode: 'off', from });
  // Tests start many servers at once: each catcher takes a free port unless told otherwise.
  const test = environment === 'test';
  return Object.freeze({
    mode: 'catcher',
    smtpPort: integer(env, 'MAIL_CATCHER_PORT', test ? 0 : 1025, 0, 65535),
    webPort: integer(env, 'MAIL_CATCHER_WEB_PORT', test ? 0 : 1080, 0, 65535),
    from,
  });
}

/** Reads and checks every setting once, at start-up; throws ConfigError naming the first bad one. */
export function loadConfig(env: Env = process.env): Config {
  const environment = oneOf<Environment>(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const production = environment === 'production';
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const dataDir = path(env, 'DATA_DIR', join(repositoryRoot, '.data'));

  const databaseUrl = read(env, 'DATABASE_URL');
  let database: Config['database'];
  if (databaseUrl !== undefined) {
    if (read(env, 'DATABASE_OWNER_URL') === undefined) {
      throw new ConfigError('DATABASE_OWNER_URL must be set when DATABASE_URL is set, so that migrations run as the owner role.');
    }
    database = { mode: 'external', url: postgresUrl(env, 'DATABASE_URL'), ownerUrl: postgresUrl(env, 'DATABASE_OWNER_URL') };
    if (new URL(database.url).username === new URL(database.ownerUrl).username) {
      throw new ConfigError('DATABASE_URL must use a different role than DATABASE_OWNER_URL: the application role may own nothing.');
    }
  } else {
    if (production) {
      throw new ConfigError('DATABASE_URL must be set in production; the embedded PostgreSQL is for development only.');
    }
    database = { mode: 'embedded', port: integer(env, 'EMBEDDED_DB_PORT', 54329, 1, 65535) };
  }

  let secret = read(env, 'JWT_SECRET');
  if (secret === undefined) {
    if (production) throw new ConfigError('JWT_SECRET must be set in production (at least 32 characters).');
    secret = developmentSecret(dataDir);
  }
  if (secret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long.');

  const demoData = boolean(env, 'DEMO_DATA', environment === 'development');
  if (demoData && production) throw new ConfigError('DEMO_DATA must not be true in production.');

  return Object.freeze({
    environment,
    host: read(env, 'HOST') ?? '127.0.0.1',
    port,
    publicUrl: httpUrl(env, 'PUBLIC_URL', `http://localhost:${port}`),
    dataDir,
    database,
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 500),
    databasePoolTimeoutMs: integer(env, 'DATABASE_POOL_TIMEOUT_MS', 5000, 100, 120_000),
    jwt: Object.freeze({
      secret,
      issuer: read(env, 'JWT_ISSUER') ?? 'cirkel',
      audience: read(env, 'JWT_AUDIENCE') ?? 'cirkel-portal',
      accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
      refreshTokenTtlDays: integer(env, 'REFRESH_TOKEN_TTL_DAYS', 14, 1, 365),
    }),
    cookieSecure: boolean(env, 'COOKIE_SECURE', production),
    demoData,
    logLevel: oneOf<LogLevel>(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'], 'info'),
    graphql: Object.freeze({
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 100),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 1000),
      maxCost: integer(env, 'GRAPHQL_MAX_COST', 5000, 10, 1_000_000),
      maxDirectives: integer(env, 'GRAPHQL_MAX_DIRECTIVES', 50, 0, 1000),
      maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 2000, 100, 100_000),
    }),
    clientDistDir: path(env, 'CLIENT_DIST_DIR', join(repositoryRoot, 'client', 'dist')),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    mail: mailSettings(env, environment),
  });
}

/** The Nest injection token of the Config object. */
export const CONFIG = Symbol('Config');
