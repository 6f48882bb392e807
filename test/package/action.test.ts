/**
 * action.yml, the GitHub Action, run as the runner runs it (test/helpers/
 * action-runner.ts): from a copy of the repository as GitHub checks an action
 * out (no node_modules, no dist/), so its install step really installs and
 * builds; then on good and bad data, with the example workflow's inputs and
 * with none.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAction, runAction, substitute, type ActionRun } from '../helpers/action-runner.js';
import { cleanEnv, sourceCopy } from '../helpers/checkout.js';
import { BUILT_FORMATS, sameBytes } from '../helpers/formats.js';
import {
  DONE_AT_80,
  MISSPELT_DEADLINE,
  REPO,
  read,
  removeTempFolders,
  runCli,
  tempFolder,
  workspace,
} from '../helpers/cli.js';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';

afterAll(removeTempFolders);

const action = readAction(REPO);
const { version } = JSON.parse(read(path.join(REPO, 'package.json'))) as { version: string };

/** Each step as [name, what happened]: an exit status, `uses` or `skipped`. */
const trace = (run: ActionRun) =>
  run.steps.map((step) => [step.name, step.kind === 'run' ? step.status : step.kind]);

/** The output of the step named `name`. */
function stepOf(run: ActionRun, name: string) {
  const step = run.steps.find((candidate) => candidate.name === name);
  if (step?.kind !== 'run') throw new Error(`step ${name} did not run`);
  return step;
}

let actionPath = '';
let first: ActionRun;
let firstWorkspace = '';

beforeAll(() => {
  actionPath = sourceCopy();
  firstWorkspace = workspace();
  first = runAction({
    actionPath,
    workspace: firstWorkspace,
    inputs: { period: '2024-H1', formats: BUILT_FORMATS.join(','), out: 'reports' },
  });
}, 400_000);

describe('action.yml', () => {
  it('is a composite action with the inputs and outputs docs/ci.md names', () => {
    expect(action.runs.using).toBe('composite');
    expect(
      Object.fromEntries(
        Object.entries(action.inputs).map(([name, input]) => [name, input.default]),
      ),
    ).toEqual({
      data: 'data',
      period: 'current',
      'period-kind': '',
      formats: '',
      out: '',
      strict: 'false',
      'node-version': '',
    });
    expect(Object.keys(action.outputs)).toEqual(['period', 'out', 'files']);
  });

  it('passes inputs to its scripts through env only, never spliced into the script', () => {
    for (const step of action.runs.steps.filter((candidate) => candidate.run !== undefined)) {
      expect(step.shell).toBe('bash');
      expect(step.run).not.toContain('${{');
    }
  });

  it('installs dx-report from its own files and caches npm downloads by the lock file', () => {
    const lock = createHash('sha256')
      .update(readFileSync(path.join(REPO, 'package-lock.json')))
      .digest('hex');
    const npmCache = spawnSync('npm', ['config', 'get', 'cache'], {
      env: cleanEnv(),
      encoding: 'utf8',
    }).stdout.trim();
    expect(first.steps.find((step) => step.kind === 'uses')).toEqual({
      kind: 'uses',
      name: "Restore npm's downloads",
      uses: 'actions/cache@v5',
      with: { path: npmCache, key: `dx-report-npm-Linux-${lock}` },
    });
    expect(existsSync(path.join(actionPath, 'dist', 'cli', 'main.js'))).toBe(true);
    expect(stepOf(first, 'Check Node.js and the inputs').stdout).toBe(
      `Node.js ${process.version}, dx-report ${version}\n`,
    );
  });
});

describe('on good data', () => {
  it('validates, then builds every format into out', () => {
    expect(trace(first)).toEqual([
      ['Set up Node.js', 'skipped'],
      ['Check Node.js and the inputs', 0],
      ["Restore npm's downloads", 'uses'],
      ['Install dx-report', 0],
      ['Put dx-report on the PATH', 0],
      ['Validate the dataset', 0],
      ['Build the reports', 0],
    ]);
    expect(stepOf(first, 'Validate the dataset').stdout).toBe('');
    const names = BUILT_FORMATS.map((format) => `bao-cao-cds-2024-H1.${format}`);
    expect(readdirSync(path.join(firstWorkspace, 'reports')).sort()).toEqual([...names].sort());
  });

  it('gives the period, the folder and the files as outputs for the next step', () => {
    expect(first.outputs).toEqual({
      period: '2024-H1',
      out: 'reports',
      files: BUILT_FORMATS.map((format) => `reports/bao-cao-cds-2024-H1.${format}`).join('\n'),
    });
  });

  it('writes what the CLI writes, and the key figures to the job summary', async () => {
    const reference = workspace();
    const args = ['build', '--data', 'data', '--period', '2024-H1', '--out', 'reports'];
    const summary = path.join(tempFolder(), 'summary.md');
    const cli = await runCli([...args, '--format', BUILT_FORMATS.join(',')], {
      cwd: reference,
      env: { GITHUB_STEP_SUMMARY: summary },
      timeoutMs: 240_000,
    });
    expect(cli.status).toBe(0);
    for (const format of BUILT_FORMATS.filter(sameBytes)) {
      const name = `bao-cao-cds-2024-H1.${format}`;
      expect(readFileSync(path.join(firstWorkspace, 'reports', name))).toEqual(
        readFileSync(path.join(reference, 'reports', name)),
      );
    }
    expect(first.summary).toBe(read(summary));
    expect(first.summary).toMatch(/^### Ban Chỉ đạo Chuyển đổi số tỉnh: 6 tháng đầu năm 2024\n/);
  });

  it('puts dx-report on the PATH of the steps after it', () => {
    expect(first.path).toHaveLength(1);
    const launcher = path.join(first.path[0]!, 'dx-report');
    const result = spawnSync(launcher, ['--version'], { env: cleanEnv(), encoding: 'utf8' });
    expect({ status: result.status, stdout: result.stdout }).toEqual({
      status: 0,
      stdout: `${version}\n`,
    });
  });
});

describe('used again in the same job', () => {
  it("does not install again, and builds the example workflow's formats for the current period", () => {
    const example = parse(read(path.join(REPO, 'examples', 'github-actions.yml'))) as {
      env: Record<string, string>;
      jobs: { report: { steps: { uses?: string; with?: Record<string, string> }[] } };
    };
    const step = example.jobs.report.steps.find((candidate) =>
      candidate.uses?.endsWith(`/dx-report@v${version}`),
    )!;
    // As a scheduled run evaluates them: no workflow_dispatch inputs.
    const contexts = { inputs: { period: '' }, steps: {}, github: {}, runner: {} };
    const inputs = Object.fromEntries(
      Object.entries(step.with!).map(([name, value]) => [name, substitute(value, contexts)]),
    );
    expect(inputs).toEqual({ data: 'data', period: 'current', formats: 'md,xlsx', out: 'reports' });

    const cwd = workspace();
    const run = runAction({ actionPath, workspace: cwd, inputs, env: example.env });
    expect(trace(run)).toEqual([
      ['Set up Node.js', 'skipped'],
      ['Check Node.js and the inputs', 0],
      ["Restore npm's downloads", 'skipped'],
      ['Install dx-report', 'skipped'],
      ['Put dx-report on the PATH', 0],
      ['Validate the dataset', 0],
      ['Build the reports', 0],
    ]);
    const period = run.outputs.period!;
    expect(period).toMatch(/^\d{4}-H[12]$/);
    expect(run.outputs).toEqual({
      period,
      out: 'reports',
      files: `reports/bao-cao-cds-${period}.md\nreports/bao-cao-cds-${period}.xlsx`,
    });
    expect(readdirSync(path.join(cwd, 'reports')).sort()).toEqual([
      `bao-cao-cds-${period}.md`,
      `bao-cao-cds-${period}.xlsx`,
    ]);
  });

  it("with no inputs: the dataset's defaults, else md into reports/", () => {
    const cwd = workspace({
      'dx-report.yaml': `${MINIMAL_FILES['dx-report.yaml']}defaults:\n  formats: [json]\n`,
    });
    const run = runAction({ actionPath, workspace: cwd, inputs: {} });
    expect(run.failed).toBe(false);
    const period = run.outputs.period!;
    expect(run.outputs).toEqual({
      period,
      out: 'reports',
      files: `reports/bao-cao-cds-${period}.json`,
    });
  });
});

describe('on bad data', () => {
  it('stops at validate, with an annotation on the line, and builds nothing', () => {
    const cwd = workspace(MISSPELT_DEADLINE);
    const run = runAction({ actionPath, workspace: cwd, inputs: { period: '2024-H1' } });
    expect(trace(run).slice(-2)).toEqual([
      ['Put dx-report on the PATH', 0],
      ['Validate the dataset', 1],
    ]);
    const validate = stepOf(run, 'Validate the dataset');
    expect(validate.stdout).toMatch(
      /^::error file=data\/tasks\/a\.yaml,line=7,col=5,endLine=7,endColumn=12,title=dx-report unknown-field::/,
    );
    expect(validate.stderr).toContain('tasks/a.yaml:7:5  lỗi  ');
    expect(run.outputs).toEqual({ period: '', out: '', files: '' });
    expect(existsSync(path.join(cwd, 'reports'))).toBe(false);
  });

  it('annotates a warning once and builds; with strict: true, the warning fails validate', () => {
    const cwd = workspace(DONE_AT_80);
    const lenient = runAction({ actionPath, workspace: cwd, inputs: { period: '2024-H1' } });
    expect(lenient.failed).toBe(false);
    const annotations = lenient.steps.map((step) =>
      step.kind === 'run' ? step.stdout.split('\n').filter((line) => line.startsWith('::')) : [],
    );
    expect(annotations.flat()).toHaveLength(1);
    expect(stepOf(lenient, 'Validate the dataset').stdout).toMatch(
      /^::warning file=data\/tasks\/a\.yaml,line=11,col=19,/,
    );
    // The build prints it to the log again, as text.
    expect(stepOf(lenient, 'Build the reports').stderr).toMatch(
      /^tasks\/a\.yaml:11:19 {2}cảnh báo {2}/m,
    );
    const strict = runAction({
      actionPath,
      workspace: workspace(DONE_AT_80),
      inputs: { period: '2024-H1', strict: 'true' },
    });
    expect(trace(strict).at(-1)).toEqual(['Validate the dataset', 1]);
  });
});

describe('refuses before installing', () => {
  it('a strict that is neither true nor false', () => {
    const run = runAction({ actionPath, workspace: workspace(), inputs: { strict: 'yes' } });
    expect(trace(run)).toEqual([
      ['Set up Node.js', 'skipped'],
      ['Check Node.js and the inputs', 1],
    ]);
    expect(stepOf(run, 'Check Node.js and the inputs').stdout).toBe(
      "::error title=dx-report::The input strict must be true or false, not 'yes'.\n",
    );
  });

  it('a Node.js older than 20 on the runner', () => {
    const bin = path.join(tempFolder(), 'old-node');
    mkdirSync(bin);
    // Answers the two questions the step asks, as Node.js 18 would.
    writeFileSync(
      path.join(bin, 'node'),
      '#!/bin/sh\ncase "$*" in\n  --version) echo v18.20.4 ;;\n  *versions.node*) echo 18 ;;\n  *) exit 9 ;;\nesac\n',
    );
    chmodSync(path.join(bin, 'node'), 0o755);
    const run = runAction({ actionPath, workspace: workspace(), pathPrepend: [bin] });
    expect(trace(run).at(-1)).toEqual(['Check Node.js and the inputs', 1]);
    expect(stepOf(run, 'Check Node.js and the inputs').stdout).toBe(
      '::error title=dx-report::dx-report needs Node.js 20 or later; this runner has v18.20.4. Set the input node-version: 24, or use actions/setup-node before this step.\n',
    );
  });

  it('sets up the Node.js asked for with actions/setup-node', () => {
    const run = runAction({
      actionPath,
      workspace: workspace(),
      inputs: { 'node-version': '24', strict: 'no' },
    });
    expect(run.steps[0]).toEqual({
      kind: 'uses',
      name: 'Set up Node.js',
      uses: 'actions/setup-node@v5',
      with: { 'node-version': '24' },
    });
  });
});
