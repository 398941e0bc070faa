import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './global-setup.js';
import { ensureServerBuilt, startServerProcess, type ServerProcess } from './server-process.js';

/** The demo data's password (README), for logging in to a server process with demo data. */
export const DEMO_PASSWORD = 'Cirkel-demo-2026';

/** Whether a process runs (a zombie, exited but not yet reaped, does not). */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
}

/** The parent of a running process, from /proc. */
export function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A data folder for the real server with its embedded PostgreSQL, and the settings that start
 * servers on it (the same ports each time, as `npm start` would).
 */
export interface EmbeddedSite {
  dataDir: string;
  port: number;
  databasePort: number;
  env(extra?: Record<string, string>): Record<string, string>;
  /** Starts the built server on this folder. */
  start(extra?: Record<string, string>): ServerProcess;
  pidFile: string;
  /** The pid in postmaster.pid, while there is one. */
  postmasterPid(): number | undefined;
  /** The cluster's superuser URL (it bypasses RLS: fixtures and checks only). */
  superuserUrl(): Promise<string>;
  /** A query as the cluster's superuser, in the portal's database. */
  sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; language?: string },
  ): Promise<{ status: number; data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  /** Logs a demo user in; the access token. */
  login(email: string): Promise<string>;
}

export async function embeddedSite(prefix: string): Promise<EmbeddedSite> {
  ensureServerBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  await chmod(dataDir, 0o755); // as root, PostgreSQL runs as `postgres`, which must reach its folder
  const port = await freePort();
  const databasePort = await freePort();
  const pidFile = join(dataDir, 'postgres', 'cluster', 'postmaster.pid');
  const env = (extra: Record<string, string> = {}) => ({
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_DB_PORT: String(databasePort),
    CLIENT_DIST_DIR: join(dataDir, 'no-client'),
    ...extra,
  });
  const superuserUrl = async () => {
    const password = (await readFile(join(dataDir, 'postgres', 'superuser-password'), 'utf8')).trim();
    return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${databasePort}/cirkel`;
  };
  const site: EmbeddedSite = {
    dataDir,
    port,
    databasePort,
    env,
    start: (extra) => startServerProcess(env(extra)),
    pidFile,
    postmasterPid() {
      if (!existsSync(pidFile)) return undefined;
      return Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
    },
    superuserUrl,
    async sql(text, params) {
      const client = new pg.Client({ connectionString: await superuserUrl() });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    },
    async graphql(query, variables = {}, options = {}) {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Accept-Language': options.language ?? 'en',
          ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: never };
      return { status: response.status, data: body.data, errors: body.errors };
    },
    async login(email) {
      const response = await site.graphql<{ login: { accessToken: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email, password: DEMO_PASSWORD } },
      );
      if (!response.data?.login) throw new Error(`login of ${email} failed: ${JSON.stringify(response.errors)}`);
      return response.data.login.accessToken;
    },
  };
  return site;
}
