/**
 * Runs the built CLI on hostile datasets the way a clerk would, with a hard
 * timeout so a hang fails the test instead of stalling the suite, and reads its
 * text diagnostics back as data.
 */
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(REPO, 'bin', 'dx-report.js');
export const FIXTURES = path.join(REPO, 'test', 'fixtures', 'hostile');

/** A run slower than this did not "finish within a few seconds". */
export const FINISH_MS = 8_000;
/** A run still going after this is killed: a hang fails its test. */
export const KILL_MS = 10_000;

/** `npm test` builds first; a lone `npx vitest run test/hostile` builds once here. */
export function ensureBuilt(): void {
  if (existsSync(path.join(REPO, 'dist', 'cli', 'main.js'))) return;
  execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
}

const created: string[] = [];

/** A fresh empty folder, removed by `removeTempFolders`. */
export function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'dx-report-hostile-'));
  created.push(folder);
  return folder;
}

export function removeTempFolders(): void {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** A dataset folder: MINIMAL_FILES with `files` replacing or adding entries. */
export function dataset(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const root = path.join(tempFolder(), 'data');
  for (const [relative, content] of Object.entries({ ...MINIMAL_FILES, ...files })) {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
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

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `dx-report <args>` as a child process, killed after KILL_MS. */
export function runCli(args: readonly string[], options: SpawnSyncOptions = {}): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined },
    encoding: 'utf8',
    timeout: KILL_MS,
    maxBuffer: 64 * 1024 * 1024,
    ...options,
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
  options: SpawnSyncOptions = {},
): Run & { outDir: string } {
  const outDir = path.join(tempFolder(), 'reports');
  const args = ['build', '--data', dataDir, '--period', '2024-H1', '--format', 'md,json'];
  return { ...runCli([...args, '--out', outDir, ...extra], options), outDir };
}

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
