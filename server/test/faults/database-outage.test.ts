import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCredentials, provisionDatabase, roleUrl } from '../../src/core/database/provision.js';
import { startCluster, type Cluster } from '../support/cluster.js';
import { DEMO_PASSWORD } from '../support/embedded-server.js';
import { freePort } from '../support/global-setup.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * PostgreSQL goes away under a running server and comes back (a restart, a failover): while it
 * is away the server answers BUSY — try again shortly — rather than an internal error, says it
 * is not ready, and stays up; once it is back the server serves again without a restart of its
 * own, and its live notifications listen again.
 */
describe('a database outage under the real server', () => {
  let dir: string;
  let databasePort: number;
  let port: number;
  let cluster: Cluster | undefined;
  let server: ServerProcess;

  const graphql = async (query: string, variables: Record<string, unknown> = {}, token?: string, language = 'en'): Promise<Answer> => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
  };
  const ready = async () => (await fetch(`http://127.0.0.1:${port}/ready`)).status;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cirkel-outage-'));
    await chmod(dir, 0o755);
    databasePort = await freePort();
    port = await freePort();
    cluster = await startCluster(join(dir, 'postgres'), databasePort);
    const credentials = newCredentials('cirkel');
    await provisionDatabase(cluster.superuserUrl, credentials);
    server = startServerProcess({
      NODE_ENV: 'development',
      DATA_DIR: join(dir, 'data'),
      PORT: String(port),
      DATABASE_URL: roleUrl(cluster.superuserUrl, credentials.appRole, credentials.appPassword, credentials.database),
      DATABASE_OWNER_URL: roleUrl(cluster.superuserUrl, credentials.ownerRole, credentials.ownerPassword, credentials.database),
      DATABASE_POOL_TIMEOUT_MS: '2000',
      CLIENT_DIST_DIR: join(dir, 'no-client'),
    });
    await server.waitFor(/"msg":"ready"/, 90_000);
  }, 150_000);

  afterAll(async () => {
    await server?.stop();
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers BUSY while PostgreSQL is away, and serves again once it is back', async () => {
    const login = await graphql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: 'anna.lindqvist@stockholm.example', password: DEMO_PASSWORD },
    });
    const token = (login.data?.login as { accessToken: string }).accessToken;
    const ME = '{ me { id email } }';
    expect((await graphql(ME, {}, token)).data?.me).toMatchObject({ email: 'anna.lindqvist@stockholm.example' });

    await cluster!.stop();
    cluster = undefined;

    const away = await graphql(ME, {}, token, 'sv');
    expect(away.data ?? null).toBeNull();
    expect(away.errors?.[0]?.extensions).toMatchObject({ code: 'BUSY', retryAfterSeconds: 1 });
    expect(away.errors?.[0]?.message).toBe('Portalen är upptagen just nu. Försök igen om en stund.');
    expect(await ready()).toBe(503);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);

    const listening = server.output().split('notification listener caught up').length;
    cluster = await startCluster(join(dir, 'postgres'), databasePort);
    // Back: ready again as soon as the pool reaches it (the condition, not a guess at time).
    while ((await ready()) !== 200) await sleep(100);
    expect((await graphql(ME, {}, token)).data?.me).toMatchObject({ email: 'anna.lindqvist@stockholm.example' });
    await server.waitFor(new RegExp(`(notification listener caught up[^]*){${listening}}`), 60_000);
    expect(server.child.exitCode).toBeNull();

    expect(await server.stop()).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toMatch(/"level":"error"/);
  }, 180_000);
});

/**
 * A server may start before its PostgreSQL does (containers started side by side, a database
 * still recovering, a machine too busy to answer within the pool's few seconds): the start waits
 * for it, bounded but generously, instead of giving up at the first refused connection.
 */
describe('a server started before its database', () => {
  let dir: string | undefined;
  let cluster: Cluster | undefined;
  let server: ServerProcess | undefined;

  afterAll(async () => {
    await server?.stop();
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('waits for PostgreSQL to come up, then starts', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cirkel-late-db-'));
    await chmod(dir, 0o755);
    const databasePort = await freePort();
    const port = await freePort();
    // Provisioned once (as an administrator would), then down when the server starts.
    cluster = await startCluster(join(dir, 'postgres'), databasePort);
    const credentials = newCredentials('cirkel');
    await provisionDatabase(cluster.superuserUrl, credentials);
    const superuserUrl = cluster.superuserUrl;
    await cluster.stop();
    cluster = undefined;

    server = startServerProcess({
      NODE_ENV: 'development',
      DEMO_DATA: 'false',
      DATA_DIR: join(dir, 'data'),
      PORT: String(port),
      DATABASE_URL: roleUrl(superuserUrl, credentials.appRole, credentials.appPassword, credentials.database),
      DATABASE_OWNER_URL: roleUrl(superuserUrl, credentials.ownerRole, credentials.ownerPassword, credentials.database),
      CLIENT_DIST_DIR: join(dir, 'no-client'),
    });
    await server.waitFor(/"msg":"PostgreSQL is not reachable yet; waiting"/, 60_000);
    cluster = await startCluster(join(dir, 'postgres'), databasePort);
    await server.waitFor(/"msg":"ready"/, 90_000);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
    expect(await server.stop()).toEqual({ code: 0, signal: null });
  }, 180_000);
});
