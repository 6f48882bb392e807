/**
 * The commands the harness measures, as node arguments, run from the
 * repository root. dx-report is run through its launcher, bin/dx-report.js,
 * exactly as `npx dx-report` would.
 */
import { join } from 'node:path';

/**
 * @typedef {object} BenchCommand
 * @property {string} id stable key used in JSON results and targets
 * @property {string} label what the table shows
 * @property {string[]} args arguments after `node`
 * @property {string} [outDir] emptied before every run, so each build writes afresh
 * @property {number} [exitCode] the exit code of a run that went as planned; default 0
 */

const CLI = 'bin/dx-report.js';
export const REPORT_PERIOD = '2024-H1';

/**
 * Start-up rows: bare node and the two commands that must not load the pipeline.
 * @returns {BenchCommand[]}
 */
export function startupCommands() {
  return [
    { id: 'node', label: 'node -e 0', args: ['-e', '0'] },
    { id: 'version', label: 'dx-report --version', args: [CLI, '--version'] },
    { id: 'help', label: 'dx-report --help', args: [CLI, '--help'] },
  ];
}

/** Row ids of the two parse floors; every other row of a size is shown as a ratio to both. */
export const FLOOR_JS_YAML = 'floor-js';
export const FLOOR_YAML = 'floor';

/**
 * Rows run against one dataset: the two parse floors first (every ratio refers
 * to them), then validate and the builds; the province's full build (every
 * format but pdf, which is LibreOffice's conversion time) on that size only.
 * @param {string} size
 * @param {string} dataDir
 * @param {string} outRoot folder under which each build gets its own output folder
 * @returns {BenchCommand[]}
 */
export function datasetCommands(size, dataDir, outRoot) {
  /** @param {string} id @param {string} formats @returns {BenchCommand} */
  const build = (id, formats) => {
    const outDir = join(outRoot, size, id);
    return {
      id,
      label: `dx-report build --format ${formats}`,
      args: [
        CLI,
        'build',
        '--data',
        dataDir,
        '--period',
        REPORT_PERIOD,
        '--format',
        formats,
        '--out',
        outDir,
      ],
      outDir,
    };
  };
  return [
    {
      id: FLOOR_JS_YAML,
      label: 'floor: read + parse YAML (js-yaml)',
      args: ['bench/floor-js-yaml.mjs', dataDir],
    },
    {
      id: FLOOR_YAML,
      label: 'floor: read + parse YAML (yaml)',
      args: ['bench/floor.mjs', dataDir],
    },
    { id: 'validate', label: 'dx-report validate', args: [CLI, 'validate', '--data', dataDir] },
    build('build-md-json', 'md,json'),
    build('build-xlsx', 'xlsx'),
    build('build-docx', 'docx'),
    ...(size === 'province' ? [build('build-all', 'md,json,xlsx,docx')] : []),
  ];
}

/**
 * The row of a case (generate.mjs CASES): one cost, measured on its own dataset.
 * long-ids: validate, whose 1,000 unknown references are errors (exit 1), each
 * with its "did you mean".
 * @param {string} dataDir
 * @returns {BenchCommand}
 */
export function longIdsCommand(dataDir) {
  return {
    id: 'did-you-mean',
    label: 'dx-report validate: 1,000 misspelt ids of 64 characters among 1,500',
    args: [CLI, 'validate', '--data', dataDir],
    exitCode: 1,
  };
}

/**
 * Every row id the harness knows, in the order it measures them (for `--only`).
 * @returns {string[]}
 */
export function commandIds() {
  return [
    ...startupCommands(),
    ...datasetCommands('province', '', ''),
    longIdsCommand(''),
    { id: 'intake-make', label: '', args: [] },
    { id: 'intake-import', label: '', args: [] },
  ].map((command) => command.id);
}

/**
 * Whether a row runs dx-report (and so is worth a CPU profile), not a floor or bare node.
 * @param {BenchCommand} command
 * @returns {boolean}
 */
export function runsDxReport(command) {
  return command.args[0] === CLI;
}
