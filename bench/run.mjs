/**
 * The benchmark harness (`npm run bench`, after `npm run build`). Generates
 * the datasets if needed, times whole processes (median of the timed runs
 * after warm-up, peak RSS), prints a table per size with each figure's ratio
 * to both parse floors (js-yaml's and yaml's), and checks the targets of
 * issue 18. With --profile, runs each dx-report command of the sizes run once
 * more under `node --cpu-prof` and prints where its time went, by module.
 *
 * Exit code: 0 when every command ran (targets missed are reported, not
 * fatal); 1 when a command failed, after printing its output; 2 on bad usage.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CASES, SIZES, ensureDataset } from './generate.mjs';
import {
  commandIds,
  datasetCommands,
  longIdsCommand,
  runsDxReport,
  startupCommands,
} from './lib/commands.mjs';
import { describeMachine } from './lib/machine.mjs';
import { detectRssMethod } from './lib/measure.mjs';
import { profileCommand } from './lib/profile.mjs';
import * as report from './lib/report.mjs';
import { measureRow } from './lib/rows.mjs';
import { ensureIntakeRound, intakeCommands } from './lib/intake.mjs';
import { evaluateTargets } from './lib/targets.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const OUT_ROOT = join(BENCH_DIR, '.out');
/** Modules shown per profiled command; the rest are summed in each thread's total. */
const PROFILE_TOP = 12;

const USAGE = `usage: node bench/run.mjs [options]
  --sizes a,b      sizes to run: ${Object.keys(SIZES).join(',')} (default: all)
  --runs N         timed runs per command, after the warm-up (default 5)
  --warmup N       untimed runs first (default 1)
  --timeout S      seconds before a run is killed (default 1800)
  --only a,b       measure only these rows (default: all), of
                   ${commandIds().join(',')}
  --profile DIR    then run each dx-report command of the sizes run once more
                   under node --cpu-prof, profiles in DIR/<size>/<row>/, and
                   print self time by module
  --json FILE      also write every measurement as JSON
  --markdown       print Markdown tables ready for BENCHMARKS.md
  --smoke          CI check: province and the long-ids case only, 2 runs, no
                   warm-up, no targets`;

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
  const commands = datasetCommands(dataset.size, dataset.dir, OUT_ROOT);
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

/** @type {import('./lib/rows.mjs').RowResult[]} */
const cases = [];
const longIds = longIdsCommand(ensureDataset('long-ids').dir);
if (options.selected(longIds)) {
  log(`cases (${Object.keys(CASES).join(', ')})`);
  cases.push(await measureRow(longIds, rowOptions));
}

/** @type {import('./lib/rows.mjs').RowResult[]} */
const intake = [];
const intakeRoot = join(BENCH_DIR, '.data', 'intake-150');
if (!options.smoke && intakeCommands('', '').some(options.selected)) {
  log('intake round (150 agencies)');
  await ensureIntakeRound(intakeRoot, ROOT);
  for (const command of intakeCommands(intakeRoot, OUT_ROOT).filter(options.selected))
    intake.push(await measureRow(command, rowOptions));
}

// Profiled after every timed run, so writing profiles never disturbs a measurement.
/** @type {import('./lib/profile.mjs').ProfileResult[]} */
const profiles = [];
if (options.profile) {
  for (const dataset of datasets) {
    log(`${dataset.size}: CPU profiles`);
    const commands = datasetCommands(dataset.size, dataset.dir, OUT_ROOT);
    for (const command of commands.filter(options.selected).filter(runsDxReport)) {
      const dir = join(options.profile, dataset.size, command.id);
      profiles.push(await profileCommand(command, dataset.size, dir, rowOptions));
    }
  }
}

const targets = options.smoke ? [] : evaluateTargets({ startup, sizes, cases });
printTables();
if (options.json) {
  const results = {
    machine,
    options: options.measure,
    startup,
    sizes,
    cases,
    intake,
    targets,
    profiles,
  };
  writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${options.json}`);
}
const failed = [
  ...startup,
  ...sizes.flatMap((size) => size.rows),
  ...cases,
  ...intake,
  ...profiles,
].filter((row) => !row.ok);
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
      `Node ${machine.node}; yaml ${machine.yaml}; js-yaml ${machine.jsYaml}; ${machine.date}; load average ${machine.loadAverage} at start. ` +
      `Median of ${options.measure.runs} runs after ${options.measure.warmup} warm-up; ` +
      `peak RSS via ${rssMethod === 'gnu-time' ? '/usr/bin/time' : 'process.resourceUsage().maxRSS'}.`,
    `${heading('start-up')}\n\n${render(report.startupTable(startup))}`,
    ...sizes.map(
      (size) => `${heading(report.sizeHeading(size))}\n\n${render(report.sizeTable(size))}`,
    ),
  ];
  if (cases.length > 0) sections.push(`${heading('cases')}\n\n${render(report.caseTable(cases))}`);
  if (intake.length > 0)
    sections.push(
      `${heading('intake round, 150 agencies')}\n\n${render(report.caseTable(intake))}`,
    );
  if (targets.length > 0)
    sections.push(`${heading('targets')}\n\n${render(report.targetsTable(targets))}`);
  for (const profile of profiles) {
    const caption = report.profileCaption(profile);
    const table = profile.ok ? `\n\n${render(report.profileTable(profile, PROFILE_TOP))}` : '';
    sections.push(
      `${heading(`CPU profile, ${profile.size}: ${profile.label}`)}\n\n${caption}${table}`,
    );
  }
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
        profile: { type: 'string' },
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
  // A misspelt id would silently measure nothing.
  const unknownRows = (only ?? []).filter((id) => !commandIds().includes(id));
  if (unknownRows.length > 0) usageError(`unknown row: ${unknownRows.join(', ')}`);
  return {
    selected: (/** @type {{ id: string }} */ command) => !only || only.includes(command.id),
    sizes: /** @type {Array<keyof typeof SIZES>} */ (sizes),
    smoke,
    markdown: values.markdown === true,
    json: typeof values.json === 'string' ? resolve(values.json) : undefined,
    profile: typeof values.profile === 'string' ? resolve(values.profile) : undefined,
    measure: {
      runs: smoke ? 2 : count(values.runs, 5, 1),
      warmup: smoke ? 0 : count(values.warmup, 1, 0),
      timeoutMs: count(values.timeout, 1800, 1) * 1000,
    },
  };
}
