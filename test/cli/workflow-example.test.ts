/**
 * examples/github-actions.yml: its triggers, jobs and permissions, its use of
 * the action (run as the runner runs it in test/package/action.test.ts), and
 * the scripts of its optional jobs run here as the runner would: the release
 * upload against a stand-in `gh`, the `reports` branch against a real Git
 * remote in a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAction, substitute, type Contexts } from '../helpers/action-runner.js';
import { cleanEnv } from '../helpers/checkout.js';
import { REPO, read, removeTempFolders, tempFolder } from '../helpers/cli.js';

afterAll(removeTempFolders);

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  env: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(read(path.join(REPO, 'examples', 'github-actions.yml'))) as Workflow;
const { version } = JSON.parse(read(path.join(REPO, 'package.json'))) as { version: string };
const { report, release, 'reports-branch': reportsBranch } = workflow.jobs;

const stepNamed = (job: Job | undefined, name: string): Step =>
  job!.steps.find((step) => step.name === name)!;

/** Runs a step's script as the runner runs `run:` (bash -e -o pipefail), its env: evaluated. */
function runStep(step: Step, contexts: Contexts, cwd: string, extraEnv: Record<string, string>) {
  const script = path.join(tempFolder(), 'step.sh');
  writeFileSync(script, step.run!);
  const stepEnv = Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, value]) => [name, substitute(value, contexts)]),
  );
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd,
    env: cleanEnv({ ...workflow.env, CI: 'true', GITHUB_ACTIONS: 'true', ...extraEnv, ...stepEnv }),
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, env: cleanEnv(GIT_ENV), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}
// No user or system configuration: the script must set what it needs.
const GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

describe('the example workflow', () => {
  it('runs on dataset changes, pull requests, a schedule, by hand and on a release', () => {
    expect(workflow.on).toEqual({
      push: { paths: ['data/**', '.github/workflows/dx-report.yml'] },
      pull_request: { paths: ['data/**', '.github/workflows/dx-report.yml'] },
      schedule: [{ cron: '0 1 * * 1' }],
      workflow_dispatch: {
        inputs: {
          period: {
            description: 'Kỳ báo cáo: current, previous, 2024-H1, 2024-Q2, 2024 …',
            default: 'current',
          },
        },
      },
      release: { types: ['published'] },
    });
    expect(workflow.env).toEqual({ TZ: 'Asia/Ho_Chi_Minh' });
  });

  it('sets up Node.js 24, uses the action at this release, and uploads what it wrote', () => {
    expect(report!.steps.map((step) => step.uses)).toEqual([
      'actions/checkout@v5',
      'actions/setup-node@v5',
      `your-org/dx-report@v${version}`,
      'actions/upload-artifact@v6',
    ]);
    expect(report!.steps[1]!.with).toEqual({ 'node-version': 24 });
    const action = report!.steps[2]!;
    const inputs = Object.keys(readAction(REPO).inputs);
    expect(Object.keys(action.with!).filter((name) => !inputs.includes(name))).toEqual([]);
    expect(report!.steps[3]!.with).toEqual({
      name: 'bao-cao-cds-${{ github.run_number }}',
      path: `\${{ steps.${action.id}.outputs.out }}`,
      'if-no-files-found': 'error',
      'retention-days': 90,
    });
  });

  it('reads the repository only, unless an optional job needs to write', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(report!.permissions).toBeUndefined();
    expect(release!.permissions).toEqual({ contents: 'write' });
    expect(reportsBranch!.permissions).toEqual({ contents: 'write' });
    expect([release!.needs, reportsBranch!.needs]).toEqual(['report', 'report']);
    expect(release!.if).toBe("github.event_name == 'release'");
    expect(reportsBranch!.if).toBe(
      "github.event_name == 'schedule' || (github.event_name != 'pull_request' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch))",
    );
  });
});

describe('the docs', () => {
  it('pin this version wherever they name a release', () => {
    const pages = ['README.md', 'docs/ci.md', 'action.yml', 'examples/github-actions.yml'];
    const named = pages.flatMap((page) =>
      [...read(path.join(REPO, page)).matchAll(/dx-report(?:[@#]v|-)(\d+\.\d+\.\d+)\b/g)].map(
        (match) => `${page}: ${match[1]}`,
      ),
    );
    expect(named.length).toBeGreaterThanOrEqual(8);
    expect(named.filter((entry) => !entry.endsWith(`: ${version}`))).toEqual([]);
  });
});

describe('the release job', () => {
  it('uploads every report to the published release', () => {
    const cwd = tempFolder();
    mkdirSync(path.join(cwd, 'reports'));
    for (const name of ['bao-cao-cds-2024-H1.md', 'bao-cao-cds-2024-H1.xlsx'])
      writeFileSync(path.join(cwd, 'reports', name), name);
    // A stand-in for the GitHub CLI that says what it was asked.
    const bin = path.join(tempFolder(), 'bin');
    mkdirSync(bin);
    writeFileSync(
      path.join(bin, 'gh'),
      '#!/bin/sh\nprintf "%s\\n" "GH_TOKEN=$GH_TOKEN" "$@" > "$GH_CALL"\n',
    );
    chmodSync(path.join(bin, 'gh'), 0o755);
    const call = path.join(tempFolder(), 'gh-call');
    const contexts: Contexts = {
      inputs: {},
      steps: {},
      github: { token: 'token-1', event: { release: { tag_name: 'bao-cao-2024-H1' } } },
      runner: {},
    };
    const result = runStep(stepNamed(release, 'Attach the reports to the release'), contexts, cwd, {
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
      GH_CALL: call,
      GITHUB_REPOSITORY: 'so-tttt/du-lieu-cds',
    });
    expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(read(call).split('\n')).toEqual([
      'GH_TOKEN=token-1',
      'release',
      'upload',
      'bao-cao-2024-H1',
      'reports/bao-cao-cds-2024-H1.md',
      'reports/bao-cao-cds-2024-H1.xlsx',
      '--clobber',
      '--repo',
      'so-tttt/du-lieu-cds',
      '',
    ]);
  });
});

describe('the reports-branch job', () => {
  const step = stepNamed(reportsBranch, 'Commit the reports to the reports branch');

  /** A remote with the data repository's main branch, and a checkout of it as actions/checkout leaves one. */
  function repository(): { origin: string; checkout: string } {
    const origin = path.join(tempFolder(), 'origin.git');
    git(tempFolder(), 'init', '--quiet', '--bare', '--initial-branch=main', origin);
    const seed = tempFolder();
    git(seed, 'init', '--quiet', '--initial-branch=main');
    mkdirSync(path.join(seed, 'data'));
    writeFileSync(path.join(seed, 'data', 'dx-report.yaml'), 'schema_version: 1\n');
    git(seed, 'add', '.');
    git(
      seed,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.org',
      'commit',
      '--quiet',
      '-m',
      'data',
    );
    git(seed, 'push', '--quiet', origin, 'main');
    const checkout = path.join(tempFolder(), 'checkout');
    git(tempFolder(), 'clone', '--quiet', origin, checkout);
    return { origin, checkout };
  }

  /** The downloaded artifact: the reports in RUNNER_TEMP/reports. */
  function artifact(files: Record<string, string>): Contexts {
    const temp = tempFolder();
    mkdirSync(path.join(temp, 'reports'));
    for (const [name, text] of Object.entries(files))
      writeFileSync(path.join(temp, 'reports', name), text);
    return {
      inputs: {},
      steps: {},
      github: { server_url: 'https://github.com', repository: 'so-tttt/du-lieu-cds', run_id: '42' },
      runner: { temp },
    };
  }

  const reportsOf = (origin: string) => git(origin, 'ls-tree', '-r', '--name-only', 'reports');
  const history = (origin: string) => git(origin, 'log', '--format=%an <%ae>|%B', 'reports').trim();

  it('starts the branch with the reports alone, then commits only when a report changes', () => {
    const { origin, checkout } = repository();
    const first = { 'bao-cao-cds-2024-H1.md': '# Báo cáo\n', 'bao-cao-cds-2024-H1.xlsx': 'xlsx' };
    expect(runStep(step, artifact(first), checkout, GIT_ENV).status).toBe(0);
    expect(reportsOf(origin)).toBe('bao-cao-cds-2024-H1.md\nbao-cao-cds-2024-H1.xlsx\n');
    expect(history(origin)).toBe(
      'github-actions[bot] <41898099+github-actions[bot]@users.noreply.github.com>|Báo cáo CĐS: bao-cao-cds-2024-H1.md bao-cao-cds-2024-H1.xlsx\n\nhttps://github.com/so-tttt/du-lieu-cds/actions/runs/42',
    );

    // The next run starts from a fresh checkout, as every job does.
    const again = path.join(tempFolder(), 'again');
    git(tempFolder(), 'clone', '--quiet', origin, again);
    expect(runStep(step, artifact(first), again, GIT_ENV)).toMatchObject({
      status: 0,
      stdout: 'The reports are unchanged.\n',
    });
    expect(git(origin, 'rev-list', '--count', 'reports')).toBe('1\n');

    const later = path.join(tempFolder(), 'later');
    git(tempFolder(), 'clone', '--quiet', origin, later);
    const changed = { ...first, 'bao-cao-cds-2024-H1.md': '# Báo cáo (sửa)\n' };
    expect(runStep(step, artifact(changed), later, GIT_ENV).status).toBe(0);
    expect(git(origin, 'rev-list', '--count', 'reports')).toBe('2\n');
    expect(git(origin, 'show', 'reports:bao-cao-cds-2024-H1.md')).toBe('# Báo cáo (sửa)\n');
    // main is untouched.
    expect(git(origin, 'ls-tree', '-r', '--name-only', 'main')).toBe('data/dx-report.yaml\n');
  });
});
