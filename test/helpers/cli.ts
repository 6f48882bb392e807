/**
 * The one harness for tests of the command line. `runCli` runs it in-process,
 * as `main(argv, io)` of the built CLI (dist/cli/main.js: the e2e project's
 * global setup, test/setup/build.ts, builds it first, so these tests never run
 * stale code), with its own working folder and environment, stdout and stderr
 * captured as text. `spawnCli` runs bin/dx-report.js as a real child process:
 * only for what must be a process (the launcher itself, signals, another
 * user, the package). Datasets are written to fresh temp folders.
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
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { main as Main } from '../../src/cli/main.js';
import { MINIMAL_FILES } from './temp-dataset.js';
import { OFFICE_PARTS } from '../../src/compute/report-notices.js';
import { describe as describeDiagnostic } from '../../src/diagnostics/messages.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(REPO, 'bin', 'dx-report.js');
export const SAMPLE_DATA = path.join(REPO, 'data');
export const FIXTURES = path.join(REPO, 'test', 'fixtures', 'hostile');

/** A run still going after this has hung: its test fails (a spawned one is killed). */
export const KILL_MS = 100_000;

/** What a test compares whole: the exit status and both streams. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A spawned run, with the signal that ended it, if one did. */
export interface Run extends CliResult {
  signal: NodeJS.Signals | null;
}

export interface RunOptions {
  /** Working folder; default the repository. */
  cwd?: string;
  /** Added to the environment, after the variables that change what the CLI prints are removed. */
  env?: Readonly<Record<string, string | undefined>>;
  /** A hang after this many milliseconds; default KILL_MS. */
  timeoutMs?: number;
}

export interface SpawnOptions extends RunOptions {
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

function cliEnv(extra: RunOptions['env'] = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of MANNERS) delete env[name];
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

let loaded: Promise<typeof Main> | undefined;

/** The built CLI's main, loaded once per test file. */
function builtMain(): Promise<typeof Main> {
  loaded ??= import(pathToFileURL(path.join(REPO, 'dist', 'cli', 'main.js')).href).then(
    (module: { main: typeof Main }) => module.main,
  );
  return loaded;
}

/** A stream that keeps what is written, as a pipe would (not a TTY). */
function captured(): { write(text: string): boolean; readonly isTTY: false; text(): string } {
  const chunks: string[] = [];
  return {
    isTTY: false,
    write: (text) => chunks.push(String(text)) > 0,
    text: () => chunks.join(''),
  };
}

/**
 * Runs `dx-report <args>` in-process and resolves to its exit status and
 * output; several may run at once. A run still going after `timeoutMs`
 * rejects, so a hang fails its test.
 */
export async function runCli(
  args: readonly string[],
  options: RunOptions = {},
): Promise<CliResult> {
  const main = await builtMain();
  const stdout = captured();
  const stderr = captured();
  const io = { stdout, stderr, env: cliEnv(options.env), cwd: options.cwd ?? REPO };
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`dx-report ${args.join(' ')} did not finish (a hang?)`)),
      options.timeoutMs ?? KILL_MS,
    );
  });
  try {
    const status = await Promise.race([main(args, io), hung]);
    return { status, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs bin/dx-report.js as a child process, for what only a real process
 * shows (the launcher, signals, another user). A run killed after `timeoutMs`
 * rejects.
 */
export function spawnCli(args: readonly string[], options: SpawnOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? REPO,
      env: cliEnv(options.env),
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
      if (child.killed) reject(new Error(`dx-report ${args.join(' ')} was killed: a hang?`));
      else
        resolve({
          status,
          signal,
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8'),
        });
    });
  });
}

/** spawnCli, waiting: for the package's own runs (test/package), one at a time. */
export function spawnCliSync(args: readonly string[], options: SpawnOptions = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: cliEnv(options.env),
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
  };
}

const buildArgs = (dataDir: string, outDir: string, extra: readonly string[]) => [
  ...['build', '--data', dataDir, '--period', '2024-H1', '--format', 'md,json'],
  ...['--out', outDir, ...extra],
];

/** `dx-report build` of 2024-H1 (md, json) into a folder that does not exist yet, in-process. */
export async function runBuild(
  dataDir: string,
  extra: readonly string[] = [],
  options: RunOptions = {},
): Promise<CliResult & { outDir: string }> {
  const outDir = path.join(tempFolder(), 'reports');
  return { ...(await runCli(buildArgs(dataDir, outDir, extra), options)), outDir };
}

/** runBuild as a child process (as another user, say). */
export async function spawnBuild(
  dataDir: string,
  extra: readonly string[] = [],
  options: SpawnOptions = {},
): Promise<Run & { outDir: string }> {
  const outDir = path.join(tempFolder(), 'reports');
  return { ...(await spawnCli(buildArgs(dataDir, outDir, extra), options)), outDir };
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

/**
 * The warning `build` prints when the period has no notes/ (issue 27), as the
 * text reporter prints it: "notes/  cảnh báo  Chưa có notes/ cho kỳ 2024-H1: …  [notes-missing]".
 */
export function notesMissingLine(period: string, language: 'vi' | 'en' = 'vi'): string {
  const warning = {
    code: 'notes-missing',
    severity: 'warning',
    file: 'notes/',
    line: 0,
    column: 0,
    args: { period, parts: OFFICE_PARTS.join(',') },
  } as const;
  const word = language === 'vi' ? 'cảnh báo' : 'warning';
  return `notes/  ${word}  ${describeDiagnostic(warning, language)}  [notes-missing]`;
}

/** The same warning as `shownDiagnostics` gives it. */
export const NOTES_MISSING_SHOWN: Shown = {
  file: 'notes/',
  severity: 'cảnh báo',
  code: 'notes-missing',
};
