/**
 * examples/github-actions.yml: its triggers and steps, and its dx-report commands
 * run as written (under GITHUB_ACTIONS=true, as on a runner) on a good and a bad
 * dataset.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  MISSPELT_DEADLINE,
  REPO,
  removeTempFolders,
  read,
  runCli,
  workspace,
} from '../helpers/cli.js';

afterAll(removeTempFolders);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, string>;
  jobs: { report: { steps: Step[] } };
}

const workflow = parse(read(path.join(REPO, 'examples', 'github-actions.yml'))) as Workflow;
const steps = workflow.jobs.report.steps;

/** The step's `dx-report …` command as arguments, with its $PERIOD as a scheduled run sets it. */
function dxReportArgs(step: Step): string[] {
  const command = step.run!.trim().replace('"$PERIOD"', 'current');
  expect(command).toMatch(/^dx-report [^\n$"'|&;]+$/);
  return command.split(/\s+/).slice(1);
}

describe('the example GitHub Actions workflow', () => {
  it('runs on dataset changes, pull requests and a schedule, with Node 20', () => {
    expect(workflow.on).toMatchObject({
      push: { paths: ['data/**', '.github/workflows/dx-report.yml'] },
      pull_request: { paths: ['data/**', '.github/workflows/dx-report.yml'] },
      schedule: [{ cron: '0 1 * * 1' }],
    });
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toEqual({
      'node-version': 20,
    });
    expect(workflow.env.DX_REPORT_PACKAGE).toMatch(/^dx-report@\d+\.\d+\.\d+$/);
    expect(steps.find((step) => step.run?.includes('npm install'))?.run).toContain(
      'npm install --no-save --no-audit --no-fund "$DX_REPORT_PACKAGE"',
    );
  });

  it('validates, builds md and xlsx of the current period and uploads reports/', async () => {
    const runs = steps.filter((step) => step.run?.trim().startsWith('dx-report '));
    expect(runs.map((step) => dxReportArgs(step))).toEqual([
      ['validate', '--data', 'data'],
      ['build', '--data', 'data', '--period', 'current', '--format', 'md,xlsx', '--out', 'reports'],
    ]);
    expect(steps.at(-1)).toMatchObject({
      uses: 'actions/upload-artifact@v4',
      with: { path: 'reports/', 'if-no-files-found': 'error' },
    });

    const cwd = workspace();
    const env = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: cwd, TZ: workflow.env.TZ! };
    for (const step of runs) {
      const result = await runCli(dxReportArgs(step), { cwd, env });
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('');
    }
    const names = readdirSync(path.join(cwd, 'reports')).sort();
    expect(names.map((name) => name.replace(/\d{4}-H[12]/, 'PERIOD'))).toEqual([
      'bao-cao-cds-PERIOD.md',
      'bao-cao-cds-PERIOD.xlsx',
    ]);
  });

  it('stops at validate on bad data, with an annotation for the pull request', async () => {
    const cwd = workspace(MISSPELT_DEADLINE);
    const validate = steps.find((step) => step.run?.trim().startsWith('dx-report validate'))!;
    const result = await runCli(dxReportArgs(validate), {
      cwd,
      env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: cwd },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /^::error file=data\/tasks\/a\.yaml,line=7,col=5,endLine=7,endColumn=12,title=dx-report unknown-field::/,
    );
  });
});
