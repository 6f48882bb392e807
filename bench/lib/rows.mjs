/**
 * Measures one command as a table row: warm-up runs, then timed runs; the
 * first failing run stops the row and keeps its output for the report.
 */
import { rmSync } from 'node:fs';
import { median, runOnce } from './measure.mjs';

/**
 * @typedef {object} RowResult
 * @property {string} id
 * @property {string} label
 * @property {string} commandLine
 * @property {boolean} ok
 * @property {number[]} times milliseconds of each timed run
 * @property {number[]} rssKb peak RSS of each timed run (where it could be read)
 * @property {number[]} cpuMs user + system CPU time of each timed run (where it could be read)
 * @property {number} [medianMs]
 * @property {number} [minMs]
 * @property {number} [maxMs]
 * @property {number} [rssMb] median over the runs of each run's peak RSS, in MB (10^6 bytes)
 * @property {number} [medianCpuMs] median CPU time (user + system)
 * @property {{ exitCode: number | null, signal: string | null, output: string }} [failure]
 */

/**
 * @typedef {object} RowOptions
 * @property {string} cwd
 * @property {import('./measure.mjs').RssMethod} method
 * @property {number} runs
 * @property {number} warmup
 * @property {number} timeoutMs
 * @property {(message: string) => void} log progress, on stderr
 */

/**
 * @param {import('./commands.mjs').BenchCommand} command
 * @param {RowOptions} options
 * @returns {Promise<RowResult>}
 */
export async function measureRow(command, options) {
  /** @type {RowResult} */
  const row = {
    id: command.id,
    label: command.label,
    commandLine: ['node', ...command.args].join(' '),
    ok: true,
    times: [],
    rssKb: [],
    cpuMs: [],
  };
  const total = options.warmup + options.runs;
  for (let attempt = 0; attempt < total; attempt++) {
    if (command.outDir) rmSync(command.outDir, { recursive: true, force: true });
    const run = await runOnce(command.args, options);
    const warm = attempt < options.warmup;
    const tag = warm ? 'warm-up' : `run ${attempt - options.warmup + 1}/${options.runs}`;
    options.log(`  ${command.label}: ${tag} ${Math.round(run.ms)} ms`);
    if (run.exitCode !== (command.exitCode ?? 0)) {
      row.ok = false;
      row.failure = {
        exitCode: run.exitCode,
        signal: run.signal,
        output: run.stderr.trim() || run.stdout.trim(),
      };
      return row;
    }
    if (warm) continue;
    row.times.push(Math.round(run.ms * 10) / 10);
    if (run.rssKb !== null) row.rssKb.push(run.rssKb);
    if (run.cpuMs !== null) row.cpuMs.push(run.cpuMs);
  }
  row.medianMs = median(row.times);
  row.minMs = Math.min(...row.times);
  row.maxMs = Math.max(...row.times);
  if (row.cpuMs.length > 0) row.medianCpuMs = median(row.cpuMs);
  if (row.rssKb.length > 0) row.rssMb = (median(row.rssKb) * 1024) / 1e6;
  return row;
}
