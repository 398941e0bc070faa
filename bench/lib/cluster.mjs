// The benchmark's own PostgreSQL: the embedded cluster of a data directory, started through the
// built server's own code (server/dist), provisioned with the portal's two roles as `npm start`
// does. The caller stops it; a process that exits without stopping it sends PostgreSQL its
// fast-shutdown signal (embedded-postgres.ts does that on 'exit').
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

const dist = new URL('../../server/dist/', import.meta.url);

export async function serverModule(path) {
  if (!existsSync(new URL(path, dist))) {
    throw new Error(`server/dist/${path} is missing: run \`npm run build -w server\` first.`);
  }
  return import(new URL(path, dist));
}

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * Settings that the benchmark wants in every cluster it runs (applied with ALTER SYSTEM, as the
 * superuser). pg_stat_statements needs a restart to load; auto_explain is loaded per session and
 * stays silent (log_min_duration -1) until `--explain` turns it on with a reload.
 */
export const clusterSettings = {
  shared_preload_libraries: 'pg_stat_statements',
  session_preload_libraries: 'auto_explain',
  'auto_explain.log_min_duration': '-1',
  'auto_explain.log_analyze': 'on',
  'auto_explain.log_timing': 'off',
  'auto_explain.log_format': 'json',
  'auto_explain.log_nested_statements': 'off',
  'pg_stat_statements.track': 'top',
  'pg_stat_statements.track_utility': 'on',
  'pg_stat_statements.track_planning': 'on',
};

/**
 * Starts the cluster in `<dataDir>/postgres` on a free port. `onLog` sees PostgreSQL's stderr
 * (auto_explain writes its plans there). Returns the URLs, the postmaster's pid and stop().
 */
export async function startCluster(dataDir, { onLog, onWarning } = {}) {
  const { startEmbeddedPostgres } = await serverModule('core/database/embedded-postgres.js');
  const { provisionEmbedded } = await serverModule('core/database/provision.js');
  const dir = join(dataDir, 'postgres');
  const port = await freePort();
  const embedded = await startEmbeddedPostgres({
    dir,
    port,
    onLog: onLog ?? (() => undefined),
    onWarning: onWarning ?? ((message, fields) => process.stderr.write(`${message} ${JSON.stringify(fields)}\n`)),
  });
  try {
    const urls = await provisionEmbedded(embedded.superuserUrl, dir);
    const pid = Number.parseInt((await readFile(join(dir, 'cluster', 'postmaster.pid'), 'utf8')).split('\n')[0], 10);
    return { port, pid, ...urls, stop: () => embedded.stop() };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/** Applies clusterSettings; true when one of them needs a restart to take effect. */
export async function configureCluster(pg, superuserUrl) {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    for (const [name, value] of Object.entries(clusterSettings)) await client.query(`ALTER SYSTEM SET ${name} = '${value}'`);
    const { rows } = await client.query('SHOW shared_preload_libraries');
    const restart = !rows[0].shared_preload_libraries.includes(clusterSettings.shared_preload_libraries);
    await client.query('SELECT pg_reload_conf()');
    return restart;
  } finally {
    await client.end();
  }
}
