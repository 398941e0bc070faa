import { existsSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A PostgreSQL left running on our data folder is normal after the server was killed outright
 * (`kill -9`, the out-of-memory killer): its child, the postmaster, lives on as an orphan and
 * holds postmaster.pid, so the next start fails. Before starting, this decides from the lock
 * file and /proc what that file stands for, and never signals a process that is not the
 * postmaster of this very folder.
 */

/** A running process as /proc shows it; a zombie (exited, not yet reaped) does not run. */
interface ProcessInfo {
  ppid: number;
  /** Clock ticks after boot: with the pid, names one process even when pids are reused. */
  startTime: string;
  args: string[];
}

/** undefined: no such process. 'unknown': it runs, but /proc does not tell us what it is. */
export function processInfo(pid: number): ProcessInfo | 'unknown' | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    if (existsSync('/proc/self/stat')) return undefined;
    // No /proc (macOS): whether it runs is all there is to know.
    try {
      process.kill(pid, 0);
      return 'unknown';
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM' ? 'unknown' : undefined;
    }
  }
  // "pid (comm) state ppid … starttime …": comm may hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields[0] === 'Z' || fields[0] === 'X') return undefined;
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { ppid: Number(fields[1]), startTime: fields[19] ?? '', args };
  } catch {
    return 'unknown';
  }
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Whether the process is a postmaster started with `-D clusterDir`. */
function isPostmasterOf(info: ProcessInfo, clusterDir: string): boolean {
  const data = info.args.indexOf('-D');
  return basename(info.args[0] ?? '') === 'postgres' && data >= 0 && samePath(info.args[data + 1] ?? '', clusterDir);
}

/** Who started the cluster running now: written once it runs, removed when it stops. */
export interface ClusterParent {
  pid: number;
  startTime: string;
}

export function recordParent(file: string): void {
  const self = processInfo(process.pid);
  if (!self || self === 'unknown') return;
  writeFileSync(file, `${JSON.stringify({ pid: process.pid, startTime: self.startTime } satisfies ClusterParent)}\n`, { mode: 0o600 });
}

export function forgetParent(file: string): void {
  rmSync(file, { force: true });
}

function readParent(file: string): ClusterParent | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ClusterParent>;
    return typeof parsed.pid === 'number' && typeof parsed.startTime === 'string' ? { pid: parsed.pid, startTime: parsed.startTime } : undefined;
  } catch {
    return undefined;
  }
}

export type Leftover =
  /** No lock file, or one PostgreSQL removes by itself (its process is gone). */
  | { kind: 'none' }
  /** The pid in the lock file now belongs to some other process: the file is stale. */
  | { kind: 'stale'; pid: number }
  /** Our cluster's postmaster, whose parent (the server that started it) is gone. */
  | { kind: 'orphan'; pid: number; startTime: string }
  /** Our cluster's postmaster, still the child of a live server: not ours to touch. */
  | { kind: 'in use'; pid: number; parent: number }
  /** A live process that /proc does not let us identify: leave it alone. */
  | { kind: 'unknown'; pid: number };

/** What the lock file in `clusterDir` stands for; `parentFile` is where recordParent() wrote. */
export function inspectLeftover(clusterDir: string, parentFile: string): Leftover {
  let lines: string[];
  try {
    lines = readFileSync(`${clusterDir}/postmaster.pid`, 'utf8').split('\n');
  } catch {
    return { kind: 'none' };
  }
  const pid = Number.parseInt(lines[0] ?? '', 10);
  if (!(pid > 0) || pid === process.pid) return { kind: 'none' };
  const info = processInfo(pid);
  if (info === undefined) return { kind: 'none' };
  if (info === 'unknown') return { kind: 'unknown', pid };
  // The file's own data-directory line and the process's arguments must both name this folder.
  if (!samePath(lines[1] ?? '', clusterDir) || !isPostmasterOf(info, clusterDir)) return { kind: 'stale', pid };
  const parent = readParent(parentFile);
  const starter = parent && parent.pid === info.ppid ? processInfo(parent.pid) : undefined;
  const starterLives = starter !== undefined && starter !== 'unknown' && starter.startTime === parent!.startTime;
  // Without a record (a cluster started before there were records), only a postmaster adopted
  // by init is surely an orphan.
  if (starterLives || (!parent && info.ppid !== 1)) return { kind: 'in use', pid, parent: info.ppid };
  return { kind: 'orphan', pid, startTime: info.startTime };
}

function gone(pid: number, startTime: string): boolean {
  const info = processInfo(pid);
  return info === undefined || (info !== 'unknown' && info.startTime !== startTime);
}

async function waitUntilGone(pid: number, startTime: string, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (!gone(pid, startTime)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/**
 * Stops an orphaned postmaster the way `pg_ctl stop -m fast` does (SIGINT: roll back open
 * transactions, checkpoint, remove the lock file), and if it does not end in time, with
 * SIGQUIT (immediate: the next start recovers from the write-ahead log).
 */
export async function stopOrphan(leftover: Extract<Leftover, { kind: 'orphan' }>, options: { fastWithinMs: number; immediateWithinMs: number }): Promise<void> {
  const { pid, startTime } = leftover;
  const signal = (name: NodeJS.Signals) => {
    if (!gone(pid, startTime)) process.kill(pid, name);
  };
  signal('SIGINT');
  if (await waitUntilGone(pid, startTime, options.fastWithinMs)) return;
  signal('SIGQUIT');
  if (await waitUntilGone(pid, startTime, options.immediateWithinMs)) return;
  throw new Error(`The PostgreSQL left running (process ${pid}) did not stop after SIGINT and SIGQUIT.`);
}
