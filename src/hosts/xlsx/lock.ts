import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One writer at a time per workbook: a run that reads, changes and writes a workbook holds
 * `.~perf-review.NAME.lock` beside it from the read to the write, so two runs a moment apart cannot both
 * write from the same original (one's change would be lost). A second run waits briefly, then gives up
 * with a message. A lock whose run is gone (its process ended on this machine, or it is older than any
 * run) is taken over.
 */
export const LOCK_WAIT_MS = 10_000;
const STALE_MS = 10 * 60_000;
const POLL_MS = 50;

export function lockPath(file: string): string {
  const target = path.resolve(file);
  return path.join(path.dirname(target), `.~perf-review.${path.basename(target)}.lock`);
}

interface Holder {
  pid: number;
  host: string;
  at: number;
}

function holderOf(lock: string): Holder | null {
  try {
    const h = JSON.parse(fs.readFileSync(lock, 'utf8')) as Holder;
    return typeof h.pid === 'number' && typeof h.at === 'number' ? h : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function stale(lock: string): boolean {
  const h = holderOf(lock);
  if (!h) {
    // Written this instant by another run, or left half-written: judge by age.
    try {
      return Date.now() - fs.statSync(lock).mtimeMs > STALE_MS;
    } catch {
      return true;
    }
  }
  if (Date.now() - h.at > STALE_MS) return true;
  return h.host === os.hostname() && !alive(h.pid);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export class LockBusyError extends Error {
  constructor(
    readonly file: string,
    readonly holder: Holder | null,
  ) {
    super(`locked: ${file}`);
  }
}

/**
 * Takes the workbook's lock (waiting up to `waitMs` for another run to finish) and returns its release.
 * A folder that cannot hold the lock file (read-only) is not locked: the write will say why it fails.
 */
export function acquireLock(file: string, waitMs = LOCK_WAIT_MS): () => void {
  const lock = lockPath(file);
  const deadline = Date.now() + waitMs;
  const me: Holder = { pid: process.pid, host: os.hostname(), at: Date.now() };
  for (;;) {
    try {
      fs.writeFileSync(lock, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      return () => fs.rmSync(lock, { force: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') return () => undefined;
    }
    if (stale(lock)) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new LockBusyError(file, holderOf(lock));
    sleep(POLL_MS);
  }
}
