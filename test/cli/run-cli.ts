/**
 * Runs the built CLI (bin/dx-report.js → dist/) as a user would: a child Node
 * process with its own working directory and environment, stdout and stderr
 * captured as pipes. Asynchronous, so a test can run several at once.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(REPO, 'bin', 'dx-report.js');
export const SAMPLE_DATA = path.join(REPO, 'data');

/** `npm test` builds before vitest runs; a lone `npx vitest run test/cli` builds once here. */
export function ensureBuilt(): void {
  if (existsSync(path.join(REPO, 'dist', 'cli', 'main.js'))) return;
  execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

// Variables that change what the CLI prints; each test sets the ones it means.
const MANNERS = [
  'GITHUB_ACTIONS',
  'GITHUB_WORKSPACE',
  'GITHUB_STEP_SUMMARY',
  'CI',
  'NO_COLOR',
  'FORCE_COLOR',
  'TERM',
];

function childEnv(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of MANNERS) delete env[name];
  return { ...env, ...extra };
}

/** Runs `dx-report <args>` in `cwd` with the given extra environment. */
export function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Readonly<Record<string, string>> },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: childEnv(options.env ?? {}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        status,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

const created: string[] = [];

/** A fresh empty folder under the system temp folder, removed by `removeTempFolders`. */
export function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'dx-report-cli-'));
  created.push(folder);
  return folder;
}

/** Removes every folder `tempFolder` and `workspace` made; for `afterAll`. */
export function removeTempFolders(): void {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/**
 * A fresh work folder holding a dataset in `data/` (MINIMAL_FILES with `files`
 * replacing or adding entries). Returns the work folder, so the CLI can run
 * there with `--data data` and print paths as a user in a repository sees them.
 */
export function workspace(files: Readonly<Record<string, string>> = {}): string {
  const root = tempFolder();
  for (const [relative, text] of Object.entries({ ...MINIMAL_FILES, ...files })) {
    const target = path.join(root, 'data', relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
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
