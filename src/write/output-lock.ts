/**
 * One build at a time writes into an output folder. Two builds into the same
 * folder at once could otherwise each replace some of the reports and leave a
 * mixed set (the Markdown of one run beside the JSON of the other). The lock
 * is a file `.dx-report.lock` in the folder, made with O_EXCL, holding who
 * took it; it is held only while the reports are put in place (well under a
 * second), so a second build waits for it a little, then gives up. A lock left
 * by a build that died (its process gone from this machine, or older than
 * STALE_MS) is taken over. One process may run several builds side by side
 * (a library caller, the CLI tests): the locks it holds are known here, so a
 * lock with this process's pid that it does not hold is one left by an earlier
 * process with the same pid.
 */
import { hostname } from 'node:os';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { OutputLockedError } from '../errors/known-errors.js';
import { trackFile, untrackFile } from './debris.js';

export const LOCK_NAME = '.dx-report.lock';

/** How long a build waits for another to finish writing. */
export const LOCK_WAIT_MS = 3_000;
/** A lock older than this is stale whoever holds it: a write takes seconds. */
export const STALE_MS = 10 * 60_000;
const POLL_MS = 50;

/** Who holds a lock: written into the lock file, named in the error. */
type Holder = NonNullable<OutputLockedError['holder']>;

/** The clock the lock waits by; a test passes its own, so waiting costs no time. */
export interface LockClock {
  /** Milliseconds since some fixed moment (Date.now). */
  now(): number;
  sleep(ms: number): Promise<void>;
}

const REAL_CLOCK: LockClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The lock files this process holds now. */
const held = new Set<string>();

/** Takes the output folder's lock, waiting up to LOCK_WAIT_MS; returns the function that releases it. */
export async function lockOutputFolder(
  outDir: string,
  clock: LockClock = REAL_CLOCK,
): Promise<() => void> {
  const lockFile = path.join(outDir, LOCK_NAME);
  const deadline = clock.now() + LOCK_WAIT_MS;
  for (;;) {
    if (tryLock(lockFile, clock)) {
      held.add(lockFile);
      return () => {
        held.delete(lockFile);
        rmSync(lockFile, { force: true });
        untrackFile(lockFile);
      };
    }
    const holder = readHolder(lockFile);
    if (isStale(lockFile, holder, clock)) {
      rmSync(lockFile, { force: true });
      continue;
    }
    if (clock.now() >= deadline) throw new OutputLockedError(outDir, lockFile, holder);
    await clock.sleep(POLL_MS);
  }
}

function tryLock(lockFile: string, clock: LockClock): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  trackFile(lockFile);
  try {
    const holder: Holder = {
      pid: process.pid,
      host: hostname(),
      since: new Date(clock.now()).toISOString(),
    };
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readHolder(lockFile: string): Holder | undefined {
  try {
    const value = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<Holder>;
    return typeof value.pid === 'number' && typeof value.host === 'string'
      ? { pid: value.pid, host: value.host, since: String(value.since) }
      : undefined;
  } catch {
    // Being written this very moment, or not ours: judged by its age.
    return undefined;
  }
}

function isStale(lockFile: string, holder: Holder | undefined, clock: LockClock): boolean {
  let age: number;
  try {
    age = clock.now() - statSync(lockFile).mtimeMs;
  } catch {
    // Gone meanwhile: try again at once.
    return true;
  }
  if (age > STALE_MS) return true;
  if (holder === undefined || holder.host !== hostname()) return false;
  // Our own pid: held by a build of this process, or left by an earlier process that had the pid.
  if (holder.pid === process.pid) return !held.has(lockFile);
  return !isAlive(holder.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
