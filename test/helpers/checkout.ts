/**
 * What the slow packaging tests start from: the repository as a clone or a
 * GitHub Action checkout has it (the files git tracks, plus new files not yet
 * committed so that work in progress is what gets tested; no node_modules, no
 * dist/), and an environment for the npm and dx-report they run that nothing
 * of the outer `npm test` or of a surrounding CI job leaks into.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO, tempFolder } from './cli.js';

/** The repository's files as git sees them: tracked or new and not ignored, and present on disk. */
export function sourceFiles(): string[] {
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: REPO,
      encoding: 'utf8',
    },
  );
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  return [...new Set(listed.stdout.split('\0').filter((file) => file !== ''))]
    .filter((file) => existsSync(path.join(REPO, file)) || isLink(path.join(REPO, file)))
    .sort();
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A fresh copy of the repository's files (see sourceFiles) in a temp folder; returns its path. */
export function sourceCopy(): string {
  const root = path.join(tempFolder(), 'dx-report');
  for (const file of sourceFiles()) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(REPO, file), target, { verbatimSymlinks: true });
  }
  return root;
}

// The outer run's settings: what `npm test` passes to its scripts (npm_package_*,
// npm_lifecycle_*, npm_config_local_prefix naming this repository …), GitHub's and the
// runner's, action inputs, and what changes how dx-report prints.
const LEAKS = /^(npm_|GITHUB_|RUNNER_|INPUT_|ACTIONS_)|^(CI|NO_COLOR|FORCE_COLOR|TERM|INIT_CWD)$/i;
// Except where npm keeps its downloads and which registry it asks, if this machine sets them.
const KEPT = /^npm_config_(cache|registry|userconfig)$/i;

/** The environment for a child npm or dx-report: this process's, less LEAKS, plus `extra`. */
export function cleanEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (KEPT.test(name) || !LEAKS.test(name)) env[name] = value;
  return {
    ...env,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  };
}
