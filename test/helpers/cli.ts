/**
 * The one harness for tests that run the built CLI (bin/dx-report.js → dist/)
 * as a user would: a child Node process with its own working folder and
 * environment, stdout and stderr captured, killed after KILL_MS so a hang
 * fails its test instead of stalling the suite. The e2e project's global
 * setup (test/setup/build.ts) builds dist/ first, so these tests never run
 * stale code. Datasets are written to fresh temp folders.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MINIMAL_FILES } from './temp-dataset.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(REPO, 'bin', 'dx-report.js');
export const SAMPLE_DATA = path.join(REPO, 'data');
export const FIXTURES = path.join(REPO, 'test', 'fixtures', 'hostile');

/** A run slower than this did not "finish within a few seconds". */
export const FINISH_MS = 8_000;
/** A run still going after this is killed: a hang fails its test. */
export const KILL_MS = 10_000;

/** What a test compares whole: the exit status and both streams. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A CliResult with how the run ended: a signal (a kill after KILL_MS) and its duration. */
export interface Run extends CliResult {
  signal: NodeJS.Signals | null;
  ms: number;
}

export interface RunOptions {
  /** Working folder; default the repository. */
  cwd?: string;
  /** Added to the environment, after the variables that change what the CLI prints are removed. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Kill after this many milliseconds; default KILL_MS. */
  timeoutMs?: number;
  uid?: number;
  gid?: number;
}

// Variables that change what the CLI prints; each test sets the ones it means.
const MANNERS = [
  'GITHUB_ACTIONS',
  'GITHUB_WORKSPACE',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_OUTPUT',
  'CI',
  'NO_COLOR',
  'FORCE_COLOR',
  'TERM',
];

function childEnv(extra: RunOptions['env'] = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of MANNERS) delete env[name];
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/**
 * Runs `dx-report <args>`; asynchronous, so a test can run several at once. A
 * run killed after KILL_MS rejects, so a hang fails its test.
 */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? REPO,
      env: childEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? KILL_MS,
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      if (signal !== null) reject(new Error(`dx-report ${args.join(' ')} was killed (${signal})`));
      else
        resolve({
          status,
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8'),
        });
    });
  });
}

/** Runs `dx-report <args>` and waits; for tests that check one run at a time. */
export function runCliSync(args: readonly string[], options: RunOptions = {}): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: childEnv(options.env),
    encoding: 'utf8',
    timeout: options.timeoutMs ?? KILL_MS,
    maxBuffer: 64 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
  });
  return {
    status: result.status,
    signal: result.signal,
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
    ms: performance.now() - started,
  };
}

/** `dx-report build` of 2024-H1 (md, json) into a folder that does not exist yet. */
export function runBuild(
  dataDir: string,
  extra: readonly string[] = [],
  options: RunOptions = {},
): Run & { outDir: string } {
  const outDir = path.join(tempFolder(), 'reports');
  const args = ['build', '--data', dataDir, '--period', '2024-H1', '--format', 'md,json'];
  return { ...runCliSync([...args, '--out', outDir, ...extra], options), outDir };
}

const created: string[] = [];

/** A fresh empty folder under the system temp folder, removed by `removeTempFolders`. */
export function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'dx-report-test-'));
  created.push(folder);
  return folder;
}

/** Removes every folder `tempFolder` made; for `afterAll`. */
export function removeTempFolders(): void {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
}

function writeFiles(root: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** A dataset folder: MINIMAL_FILES with `files` replacing or adding entries. */
export function dataset(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const root = path.join(tempFolder(), 'data');
  writeFiles(root, { ...MINIMAL_FILES, ...files });
  return root;
}

/**
 * A fresh work folder holding a dataset in `data/` (as `dataset` makes it).
 * Returns the work folder, so the CLI can run there with `--data data` and
 * print paths as a user in a repository sees them.
 */
export function workspace(files: Readonly<Record<string, string>> = {}): string {
  return path.dirname(dataset(files));
}

/**
 * A dataset from a folder of test/fixtures/hostile: laid over MINIMAL_FILES, or
 * on its own when the folder holds a whole dataset (its own dx-report.yaml).
 */
export function fixtureDataset(name: string): string {
  const source = path.join(FIXTURES, name);
  const whole = readdirSync(source).includes('dx-report.yaml');
  const root = whole ? path.join(tempFolder(), 'data') : dataset();
  cpSync(source, root, { recursive: true });
  return root;
}

export const read = (file: string): string => readFileSync(file, 'utf8');

/** tasks/a.yaml with `deadline` misspelt at line 7, column 5: one unknown-field error. */
export const MISSPELT_DEADLINE = {
  'tasks/a.yaml': MINIMAL_FILES['tasks/a.yaml']!.replace('deadline:', 'deadlne:'),
};

/** tasks/a.yaml with a `done` update at 80 %: one warning at line 11, column 19. */
export const DONE_AT_80 = {
  'tasks/a.yaml': `${MINIMAL_FILES['tasks/a.yaml']!.replace('in_progress', 'done')}        progress: 80\n`,
};

/** Any ANSI colour escape (ESC [ n m). */
export const ANSI = new RegExp(`${String.fromCharCode(27)}\\[\\d+(;\\d+)*m`);

export interface Shown {
  file: string;
  line?: number;
  column?: number;
  severity: 'lỗi' | 'cảnh báo';
  code: string;
}

const DIAGNOSTIC_LINE = /^(\S+?)(?::(\d+):(\d+))? {2}(lỗi|cảnh báo) {2}.* {2}\[([a-z0-9-]+)\]$/;

/** The diagnostics the text reporter printed: `file:line:col  lỗi  message  [code]`. */
export function shownDiagnostics(stderr: string): Shown[] {
  const shown: Shown[] = [];
  for (const line of stderr.split('\n')) {
    const match = DIAGNOSTIC_LINE.exec(line);
    if (!match) continue;
    const [, file, row, column, severity, code] = match;
    shown.push({
      file: file!,
      ...(row === undefined ? {} : { line: Number(row), column: Number(column) }),
      severity: severity as Shown['severity'],
      code: code!,
    });
  }
  return shown;
}

/** A Node stack frame, or an uncaught error's header ("RangeError: …"). */
export const STACK_TRACE = /^\s+at |^\w*Error:|^node:internal/m;
