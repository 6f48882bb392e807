/**
 * Times whole processes: wall-clock milliseconds measured around spawn, and
 * peak resident memory and CPU time (user + system) read from GNU time
 * (`/usr/bin/time -f "%M %U %S"`) or, where that is missing, from a
 * `--require` hook that reports the child's process.resourceUsage(). CPU time
 * is shown beside wall time because it is far less disturbed by other work on
 * a shared machine; the targets are judged on wall time, which users feel.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const GNU_TIME_FORMAT = '%M %U %S';
const RSS_HOOK = join(dirname(fileURLToPath(import.meta.url)), '..', 'rss-hook.cjs');
const OUTPUT_TAIL = 4000;

/** @typedef {'gnu-time' | 'node-hook'} RssMethod */

/**
 * GNU time when it is installed and understands `-f %M -o FILE`, else the node hook.
 * @returns {RssMethod}
 */
export function detectRssMethod() {
  if (!existsSync(GNU_TIME)) return 'node-hook';
  const scratch = mkdtempSync(join(tmpdir(), 'dx-bench-'));
  try {
    const probe = spawnSync(GNU_TIME, ['-f', GNU_TIME_FORMAT, '-o', join(scratch, 'rss'), 'true']);
    const written = existsSync(join(scratch, 'rss'))
      ? readFileSync(join(scratch, 'rss'), 'utf8')
      : '';
    return probe.status === 0 && parseUsage(written) !== null ? 'gnu-time' : 'node-hook';
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * @typedef {object} RunResult
 * @property {number} ms wall-clock time from spawn to exit
 * @property {number | null} rssKb peak resident set size, when it could be read
 * @property {number | null} cpuMs user + system CPU time, when it could be read
 * @property {number | null} exitCode
 * @property {string | null} signal
 * @property {string} stdout the last few kilobytes
 * @property {string} stderr the last few kilobytes
 */

/**
 * Runs one node process to completion and measures it.
 * @param {string[]} nodeArgs arguments after the node executable
 * @param {{ cwd: string, method: RssMethod, timeoutMs: number }} options
 * @returns {Promise<RunResult>}
 */
export function runOnce(nodeArgs, options) {
  const scratch = mkdtempSync(join(tmpdir(), 'dx-bench-'));
  const usageFile = join(scratch, 'rss');
  const [command, args, env] =
    options.method === 'gnu-time'
      ? [
          GNU_TIME,
          ['-f', GNU_TIME_FORMAT, '-o', usageFile, process.execPath, ...nodeArgs],
          process.env,
        ]
      : [
          process.execPath,
          ['--require', RSS_HOOK, ...nodeArgs],
          { ...process.env, DX_BENCH_RSS_FILE: usageFile },
        ];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let ended = started;
    // A process group of its own, so a timeout or Ctrl-C also stops node under GNU time.
    const child = spawn(command, args, {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const stopGroup = () => killGroup(child.pid);
    const interrupt = () => {
      stopGroup();
      process.exit(130);
    };
    process.once('SIGINT', interrupt);
    const stdout = tailCollector(child.stdout);
    const stderr = tailCollector(child.stderr);
    const timer = setTimeout(stopGroup, options.timeoutMs);
    child.on('exit', () => {
      ended = performance.now();
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      process.off('SIGINT', interrupt);
      rmSync(scratch, { recursive: true, force: true });
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.off('SIGINT', interrupt);
      const usage = existsSync(usageFile) ? parseUsage(readFileSync(usageFile, 'utf8')) : null;
      rmSync(scratch, { recursive: true, force: true });
      resolve({
        ms: ended - started,
        rssKb: usage?.rssKb ?? null,
        cpuMs: usage?.cpuMs ?? null,
        // GNU time passes the child's status on; a child killed by a signal shows as 128 + n.
        exitCode: code,
        signal,
        stdout: stdout(),
        stderr: stderr(),
      });
    });
  });
}

/**
 * Kills a measured process and everything it started.
 * @param {number | undefined} pid leader of the group
 */
function killGroup(pid) {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group has already exited.
  }
}

/**
 * Peak RSS (kB) and CPU seconds from the last line of GNU time's or the hook's
 * file, "RSS USER SYSTEM" (GNU time writes "Command exited with non-zero
 * status N" before it on failure); null when the line is not there.
 * @param {string} text
 * @returns {{ rssKb: number, cpuMs: number } | null}
 */
function parseUsage(text) {
  const last = text.trim().split('\n').at(-1) ?? '';
  const match = /^(\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(last);
  if (!match) return null;
  return {
    rssKb: Number(match[1]),
    cpuMs: Math.round((Number(match[2]) + Number(match[3])) * 1000),
  };
}

/**
 * Keeps only the end of a stream: enough to show an error without holding a whole report.
 * @param {import('node:stream').Readable} stream
 * @returns {() => string}
 */
function tailCollector(stream) {
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    text = (text + chunk).slice(-OUTPUT_TAIL);
  });
  return () => text;
}

/**
 * The median of a non-empty list (the mean of the middle two for an even count).
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? /** @type {number} */ (sorted[middle])
    : /** @type {number} */ (sorted[middle - 1] + /** @type {number} */ (sorted[middle])) / 2;
}
