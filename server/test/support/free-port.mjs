// Plain JavaScript, so that test-database-process.mjs (which Vitest never transforms), the scripts
// and the benchmarks share it with the TypeScript of the tests.
import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that was free a moment ago (the system chose it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
