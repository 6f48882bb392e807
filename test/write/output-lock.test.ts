/**
 * The output lock's wait, on a clock of the test's own: how long a build
 * waits for another is counted in the sleeps it asks for, not measured.
 */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OutputLockedError } from '../../src/errors/known-errors.js';
import {
  LOCK_NAME,
  LOCK_WAIT_MS,
  lockOutputFolder,
  STALE_MS,
  type LockClock,
} from '../../src/write/output-lock.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function outFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'dx-report-lock-'));
  folders.push(folder);
  return folder;
}

/** A clock that starts now and moves only when the lock sleeps; the sleeps are recorded. */
function fakeClock(start = Date.now()): LockClock & { sleeps: number[] } {
  let time = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: (ms) => {
      sleeps.push(ms);
      time += ms;
      return Promise.resolve();
    },
  };
}

/** A lock file as another build writes it. */
function lockHeldBy(folder: string, pid: number): string {
  const file = path.join(folder, LOCK_NAME);
  writeFileSync(file, JSON.stringify({ pid, host: hostname(), since: '2024-07-01T00:00:00Z' }));
  return file;
}

describe('the output lock', () => {
  it('free: taken at once, released to nothing', async () => {
    const folder = outFolder();
    const clock = fakeClock();
    const release = await lockOutputFolder(folder, clock);
    expect(readdirSync(folder)).toEqual([LOCK_NAME]);
    release();
    expect(readdirSync(folder)).toEqual([]);
    expect(clock.sleeps).toEqual([]);
  });

  it('held by a live process: waits LOCK_WAIT_MS in 50 ms steps, then gives up naming the holder', async () => {
    const folder = outFolder();
    // The parent of this test process is alive, on this host.
    lockHeldBy(folder, process.ppid);
    const clock = fakeClock();
    const error = await lockOutputFolder(folder, clock).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutputLockedError);
    expect((error as OutputLockedError).holder).toEqual({
      pid: process.ppid,
      host: hostname(),
      since: '2024-07-01T00:00:00Z',
    });
    expect(clock.sleeps).toEqual(Array.from({ length: LOCK_WAIT_MS / 50 }, () => 50));
    expect(readdirSync(folder)).toEqual([LOCK_NAME]);
  });

  it('held by another build of this process: the second waits; once released, it is taken', async () => {
    const folder = outFolder();
    const release = await lockOutputFolder(folder, fakeClock());
    const waiting = fakeClock();
    await expect(lockOutputFolder(folder, waiting)).rejects.toBeInstanceOf(OutputLockedError);
    expect(waiting.sleeps).toHaveLength(LOCK_WAIT_MS / 50);
    release();
    const after = fakeClock();
    (await lockOutputFolder(folder, after))();
    expect(after.sleeps).toEqual([]);
  });

  it("with this process's pid but not held by it: left by an earlier process, taken over at once", async () => {
    const folder = outFolder();
    lockHeldBy(folder, process.pid);
    const clock = fakeClock();
    (await lockOutputFolder(folder, clock))();
    expect(clock.sleeps).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('older than STALE_MS: taken over whoever holds it', async () => {
    const folder = outFolder();
    const file = lockHeldBy(folder, process.ppid);
    const modified = new Date('2024-07-01T00:00:00Z');
    utimesSync(file, modified, modified);
    const clock = fakeClock(modified.getTime() + STALE_MS + 1);
    (await lockOutputFolder(folder, clock))();
    expect(clock.sleeps).toEqual([]);
  });
});
