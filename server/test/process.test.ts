import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/global-setup.js';
import { ensureServerBuilt, startServerProcess, type ServerProcess } from './support/server-process.js';

function portOpen(port: number): Promise<boolean> {
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
 * The real start-up path of `npm start`: the built server, an embedded PostgreSQL in a data
 * folder of its own, migrations, demo data, and a graceful stop that takes the database along.
 */
describe('the server process', () => {
  let dataDir: string;
  let port: number;
  let databasePort: number;
  let server: ServerProcess;

  beforeAll(async () => {
    ensureServerBuilt();
    dataDir = await mkdtemp(join(tmpdir(), 'cirkel-process-'));
    await chmod(dataDir, 0o755); // as root, PostgreSQL runs as `postgres`, which must reach its folder
    port = await freePort();
    databasePort = await freePort();
    server = startServerProcess({
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_DB_PORT: String(databasePort),
      CLIENT_DIST_DIR: join(dataDir, 'no-client'),
    });
    await server.waitFor(/Demo password: \S+/, 90_000);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts the embedded PostgreSQL, seeds demo data and prints the demo logins', async () => {
    expect(server.output()).toContain(`Cirkel is running at http://localhost:${port}`);
    expect(server.output()).toMatch(/layla\.alrawi@cldd-baghdad\.example/);
    expect(server.output()).toMatch(/"msg":"ready"/);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
    expect(existsSync(join(dataDir, 'postgres', 'cluster', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'jwt-secret'))).toBe(true);
  });

  it('logs JSON lines only (besides the start-up banner) and no secrets', async () => {
    const lines = server.output().split('\n').filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const secret = (await readFile(join(dataDir, 'jwt-secret'), 'utf8')).trim();
    const credentials = JSON.parse(await readFile(join(dataDir, 'postgres', 'credentials.json'), 'utf8')) as Record<string, string>;
    for (const value of [secret, credentials.appPassword!, credentials.ownerPassword!]) expect(server.output()).not.toContain(value);
  });

  it('stops gracefully on SIGTERM, and stops its database with it', async () => {
    const result = await server.stop();
    expect(result).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/"msg":"stopped"/);
    expect(await portOpen(port)).toBe(false);
    expect(await portOpen(databasePort)).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'cluster', 'postmaster.pid'))).toBe(false);
  }, 30_000);

  it('starts again on the same data without seeding twice', async () => {
    server = startServerProcess({
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_DB_PORT: String(databasePort),
      CLIENT_DIST_DIR: join(dataDir, 'no-client'),
    });
    await server.waitFor(/Demo password/, 60_000);
    expect(server.output()).not.toMatch(/demo data seeded/);
    expect(server.output()).not.toMatch(/migrations applied/);
  }, 90_000);

  it('refuses to start with a malformed setting, naming it in one sentence', async () => {
    const bad = startServerProcess({ DATA_DIR: dataDir, PORT: 'eighty' });
    const result = await bad.exited;
    expect(result.code).toBe(78);
    expect(bad.output().trim()).toBe('Cirkel cannot start: PORT must be a whole number from 0 to 65535, but is "eighty".');
  });
});
