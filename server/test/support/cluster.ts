import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureServerBuilt } from './server-process.js';

export interface Cluster {
  superuserUrl: string;
  pid: number;
  /** Stops PostgreSQL (a fast shutdown) and keeps its folder. */
  stop(): Promise<void>;
}

/** Starts PostgreSQL on `dir` and `port` in a process of its own (cluster-process.mjs). */
export async function startCluster(dir: string, port: number): Promise<Cluster> {
  ensureServerBuilt();
  const child = fork(fileURLToPath(new URL('./cluster-process.mjs', import.meta.url)), [dir, String(port)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: [],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const superuserUrl = await new Promise<string>((resolve, reject) => {
    child.on('message', (message: { ready?: string; failed?: string }) => {
      if (message.ready) resolve(message.ready);
      else if (message.failed) reject(new Error(`PostgreSQL did not start: ${message.failed}`));
    });
    void exited.then((code) => reject(new Error(`PostgreSQL's process exited (code ${code}) before it was ready.`)));
  });
  return {
    superuserUrl,
    pid: child.pid!,
    async stop() {
      if (child.connected) child.send('stop');
      const code = await exited;
      if (code !== 0) throw new Error(`PostgreSQL's process did not stop cleanly (exit code ${code}).`);
    },
  };
}
