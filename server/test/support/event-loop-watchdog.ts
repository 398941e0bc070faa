import { Worker } from 'node:worker_threads';

// Runs on a thread of its own, whose timers still fire while the main thread is stuck.
const watcher = `
const { parentPort, workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
let last = Date.now();
parentPort.on('message', (message) => {
  if (message === 'stop') process.exit(0);
  last = Date.now();
});
setInterval(() => {
  if (Date.now() - last <= workerData.limitMs) return;
  writeSync(2, '\\nThe event loop was blocked for more than ' + workerData.limitMs + ' ms (' + workerData.what + '): ending this test process.\\n');
  process.kill(process.pid, 'SIGKILL');
}, 200);
`;

/**
 * A test whose server blocks the event loop can never time out: Vitest's timer runs on that same
 * loop, and the run would hang for good. While this watchdog runs, a loop blocked longer than
 * `limitMs` ends the test process loudly instead (Vitest reports "Worker exited unexpectedly").
 * It asserts nothing about speed: the limit is far above any real request.
 */
export function watchEventLoop(what: string, limitMs = 20_000): { stop(): void } {
  const worker = new Worker(watcher, { eval: true, workerData: { limitMs, what } });
  worker.unref();
  const beat = setInterval(() => worker.postMessage('beat'), 100);
  beat.unref();
  return {
    stop() {
      clearInterval(beat);
      worker.postMessage('stop');
    },
  };
}
