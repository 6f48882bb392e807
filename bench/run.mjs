/**
 * The benchmark harness (`npm run bench`, after `npm run build`). Generates
 * the datasets if needed, times whole processes (median of the timed runs
 * after warm-up, peak RSS), prints a table per size with each figure's ratio
 * to the parse floor, and checks the targets of issue 6.
 *
 * Exit code: 0 when every command ran (targets missed are reported, not
 * fatal); 1 when a command failed, after printing its output; 2 on bad usage.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SIZES, ensureDataset } from './generate.mjs';
import { datasetCommands, startupCommands } from './lib/commands.mjs';
import { describeMachine } from './lib/machine.mjs';
import { detectRssMethod } from './lib/measure.mjs';
import * as report from './lib/report.mjs';
import { measureRow } from './lib/rows.mjs';
import { evaluateTargets } from './lib/targets.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');

const USAGE = `usage: node bench/run.mjs [options]
  --sizes a,b      sizes to run: ${Object.keys(SIZES).join(',')} (default: all)
  --runs N         timed runs per command, after the warm-up (default 5)
  --warmup N       untimed runs first (default 1)
  --timeout S      seconds before a run is killed (default 1800)
  --only a,b       measure only these rows: node,version,help,floor,validate,
                   build-md-json,build-xlsx,build-all (default: all)
  --json FILE      also write every measurement as JSON
  --markdown       print Markdown tables ready for BENCHMARKS.md
  --smoke          CI check: province only, 2 runs, no warm-up, no targets`;

const options = readOptions();
const log = (/** @type {string} */ message) => process.stderr.write(`${message}\n`);
const rssMethod = detectRssMethod();
const machine = describeMachine(rssMethod);
const rowOptions = { cwd: ROOT, method: rssMethod, log, ...options.measure };

log(
  `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, node ${machine.node}`,
);
const datasets = options.sizes.map((size) => {
  const dataset = ensureDataset(size);
  log(
    `${size}: ${dataset.files} files in ${dataset.dir}${dataset.reused ? ' (up to date)' : ' (generated)'}`,
  );
  return { size, ...dataset };
});

log('start-up');
/** @type {import('./lib/rows.mjs').RowResult[]} */
const startup = [];
for (const command of startupCommands().filter(options.selected))
  startup.push(await measureRow(command, rowOptions));

/** @type {import('./lib/report.mjs').SizeReport[]} */
const sizes = [];
for (const dataset of datasets) {
  log(dataset.size);
  const rows = [];
  const commands = datasetCommands(dataset.size, dataset.dir, join(BENCH_DIR, '.out'));
  for (const command of commands.filter(options.selected)) {
    rows.push(await measureRow(command, rowOptions));
  }
  sizes.push({
    size: dataset.size,
    tasks: dataset.tasks,
    files: dataset.files,
    bytes: dataset.bytes,
    rows,
  });
}

const targets = options.smoke ? [] : evaluateTargets({ startup, sizes });
printTables();
if (options.json) {
  const results = { machine, options: options.measure, startup, sizes, targets };
  writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${options.json}`);
}
const failed = [...startup, ...sizes.flatMap((size) => size.rows)].filter((row) => !row.ok);
for (const row of failed) {
  log(`\nFAILED: ${row.commandLine}`);
  log(
    `exit ${row.failure?.exitCode ?? '—'}${row.failure?.signal ? `, signal ${row.failure.signal}` : ''}`,
  );
  log(row.failure?.output || '(no output)');
}
process.exitCode = failed.length > 0 ? 1 : 0;

function printTables() {
  const render = options.markdown ? report.renderMarkdown : report.renderText;
  const heading = (/** @type {string} */ text) => (options.markdown ? `### ${text}` : `== ${text}`);
  const sections = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB RAM, ${machine.os}; ` +
      `Node ${machine.node}; yaml ${machine.yaml}; ${machine.date}; load average ${machine.loadAverage} at start. ` +
      `Median of ${options.measure.runs} runs after ${options.measure.warmup} warm-up; ` +
      `peak RSS via ${rssMethod === 'gnu-time' ? '/usr/bin/time' : 'process.resourceUsage().maxRSS'}.`,
    `${heading('start-up')}\n\n${render(report.startupTable(startup))}`,
    ...sizes.map(
      (size) => `${heading(report.sizeHeading(size))}\n\n${render(report.sizeTable(size))}`,
    ),
  ];
  if (targets.length > 0)
    sections.push(`${heading('targets')}\n\n${render(report.targetsTable(targets))}`);
  process.stdout.write(`\n${sections.join('\n\n')}\n`);
}

/**
 * The command line as options; prints the usage and exits 2 when it is wrong.
 */
function readOptions() {
  /** @param {string} message @returns {never} */
  const usageError = (message) => {
    console.error(`${message}\n${USAGE}`);
    process.exit(2);
  };
  /** @type {ReturnType<typeof parseArgs>['values']} */
  let values;
  try {
    values = parseArgs({
      options: {
        sizes: { type: 'string' },
        runs: { type: 'string' },
        warmup: { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'string' },
        only: { type: 'string' },
        markdown: { type: 'boolean' },
        smoke: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = (
    /** @type {unknown} */ text,
    /** @type {number} */ fallback,
    /** @type {number} */ min,
  ) => {
    if (text === undefined) return fallback;
    const value = Number(text);
    return Number.isInteger(value) && value >= min
      ? value
      : usageError(`not a whole number ≥ ${min}: ${text}`);
  };
  const smoke = values.smoke === true;
  const sizes = smoke
    ? ['province']
    : String(values.sizes ?? Object.keys(SIZES).join(',')).split(',');
  const unknown = sizes.filter((size) => !(size in SIZES));
  if (unknown.length > 0) usageError(`unknown size: ${unknown.join(', ')}`);
  const only = typeof values.only === 'string' ? values.only.split(',') : undefined;
  return {
    selected: (/** @type {{ id: string }} */ command) => !only || only.includes(command.id),
    sizes: /** @type {Array<keyof typeof SIZES>} */ (sizes),
    smoke,
    markdown: values.markdown === true,
    json: typeof values.json === 'string' ? resolve(values.json) : undefined,
    measure: {
      runs: smoke ? 2 : count(values.runs, 5, 1),
      warmup: smoke ? 0 : count(values.warmup, 1, 0),
      timeoutMs: count(values.timeout, 1800, 1) * 1000,
    },
  };
}
