import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../src/core/config/config.js';
import { embeddedSite, parentOf, portOpen, running, type EmbeddedSite } from '../support/embedded-server.js';
import type { ServerProcess } from '../support/server-process.js';

const ORGANISATIONS = 'SELECT count(*)::int AS n FROM organisation';

/**
 * What an out-of-memory kill leaves behind: the server gone without a word, its embedded
 * PostgreSQL still running as an orphan on the data folder. The next start must stop that
 * cluster safely and start — and must never touch a PostgreSQL that a live server still runs,
 * nor any process that merely inherited a stale pid.
 */
describe('the real server after kill -9', () => {
  let site: EmbeddedSite;
  const servers: ServerProcess[] = [];
  const start = (extra?: Record<string, string>) => {
    const server = site.start(extra);
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    site = await embeddedSite('cirkel-kill-');
  });

  afterAll(async () => {
    for (const server of servers) await server.stop();
    // Whatever a failed test left running on the folder goes with the folder.
    const pid = site?.postmasterPid();
    if (pid && running(pid)) process.kill(pid, 'SIGINT');
    while (pid && running(pid)) await sleep(50);
    if (site) await rm(site.dataDir, { recursive: true, force: true });
  });

  it('the next start stops the orphaned PostgreSQL, serves the same data, and leaves none behind when it stops', async () => {
    const first = start();
    await first.waitFor(/"msg":"ready"/, 90_000);
    const organisations = (await site.sql<{ n: number }>(ORGANISATIONS))[0]!.n;
    expect(organisations).toBeGreaterThan(0);
    const orphan = site.postmasterPid()!;

    process.kill(first.child.pid!, 'SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // The cluster outlived its server: adopted by another process, and still answering.
    expect(running(orphan)).toBe(true);
    expect(parentOf(orphan)).not.toBe(first.child.pid);
    expect(await portOpen(site.databasePort)).toBe(true);

    const second = start();
    await second.waitFor(/"msg":"ready"/, 90_000);
    expect(second.output()).toContain('stopping the embedded PostgreSQL that a server which did not stop left running');
    expect(running(orphan)).toBe(false);
    const postmaster = site.postmasterPid()!;
    expect(postmaster).not.toBe(orphan);
    expect(parentOf(postmaster)).toBe(second.child.pid);
    // The same data, not seeded again, and the demo logins still work.
    expect(second.output()).not.toMatch(/demo data seeded/);
    expect((await site.sql<{ n: number }>(ORGANISATIONS))[0]!.n).toBe(organisations);
    expect(await site.login('anna.lindqvist@stockholm.example')).toMatch(/^ey/);

    expect(await second.stop()).toEqual({ code: 0, signal: null });
    expect(running(postmaster)).toBe(false);
    expect(existsSync(site.pidFile)).toBe(false);
    expect(await portOpen(site.databasePort)).toBe(false);
  }, 240_000);

  it('refuses to start on a folder whose PostgreSQL another live server runs, and leaves both alone', async () => {
    const first = start();
    await first.waitFor(/"msg":"ready"/, 90_000);
    const postmaster = site.postmasterPid()!;

    const { freePort } = await import('../support/global-setup.js');
    const second = start({ PORT: String(await freePort()) });
    const result = await second.exited;
    expect(result.code).toBe(1);
    expect(second.output()).toContain(`belongs to another running Cirkel server (process ${first.child.pid})`);

    expect(running(postmaster)).toBe(true);
    expect(site.postmasterPid()).toBe(postmaster);
    expect((await fetch(`http://127.0.0.1:${site.port}/ready`)).status).toBe(200);
    expect(await first.stop()).toEqual({ code: 0, signal: null });
  }, 240_000);

  it('starts over a stale postmaster.pid, whether its pid is dead or now another process — which lives on', async () => {
    const first = start();
    await first.waitFor(/"msg":"ready"/, 90_000);
    const lockFile = readFileSync(site.pidFile, 'utf8');
    expect(await first.stop()).toEqual({ code: 0, signal: null });

    // A pid that has ended, and one that now belongs to an unrelated process (pid reuse).
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    // PostgreSQL takes a pid it may not signal for a dead one: as root, the bystander runs as
    // the user PostgreSQL runs as, so that only the start's own check stands between them.
    const asPostgres = process.getuid?.() === 0 ? Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })) : undefined;
    const bystander = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore', ...(asPostgres ? { uid: asPostgres } : {}) });
    try {
      for (const pid of [ended, bystander.pid!]) {
        writeFileSync(site.pidFile, lockFile.replace(/^\d+\n/, `${pid}\n`));
        const server = start();
        await server.waitFor(/"msg":"ready"/, 90_000);
        expect(site.postmasterPid()).not.toBe(pid);
        expect(running(bystander.pid!)).toBe(true);
        expect(await server.stop()).toEqual({ code: 0, signal: null });
        expect(existsSync(site.pidFile)).toBe(false);
      }
    } finally {
      bystander.kill('SIGKILL');
    }
  }, 240_000);

  it('a PostgreSQL killed under the running server: the server still stops cleanly, and the next start recovers the data', async () => {
    const first = start();
    await first.waitFor(/"msg":"ready"/, 90_000);
    const organisations = (await site.sql<{ n: number }>(ORGANISATIONS))[0]!.n;
    const postmaster = site.postmasterPid()!;
    process.kill(postmaster, 'SIGKILL');
    while (running(postmaster)) await sleep(50);

    // Its stop does not wait for an exit that already happened (that would end in the 10 s bound and 1).
    expect(await first.stop()).toEqual({ code: 0, signal: null });
    expect(first.output()).toMatch(/"msg":"stopped"/);

    const second = start();
    await second.waitFor(/"msg":"ready"/, 90_000);
    expect((await site.sql<{ n: number }>(ORGANISATIONS))[0]!.n).toBe(organisations);
    expect(await second.stop()).toEqual({ code: 0, signal: null });
  }, 240_000);

  it('gives up on a PostgreSQL that does not become ready in time with a sentence that says so, and leaves none running', () => {
    // The bound is a parameter of the start; the portal's own is generous (minutes).
    const module = pathToFileURL(join(repositoryRoot, 'server', 'dist', 'core', 'database', 'embedded-postgres.js')).href;
    const script = `
      const { startEmbeddedPostgres } = await import(${JSON.stringify(module)});
      try {
        await startEmbeddedPostgres({ dir: ${JSON.stringify(join(site.dataDir, 'postgres'))}, port: ${site.databasePort}, readyWithinMs: 1 });
        console.log('started');
      } catch (error) {
        console.log(error.message);
      }`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout).toMatch(/did not become ready within 0\.001 s \(is the machine overloaded\?\)/);
    expect(existsSync(site.pidFile) && running(site.postmasterPid()!)).toBe(false);
  }, 90_000);
});
