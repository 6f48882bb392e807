/**
 * Runs a composite action (an action.yml) the way the GitHub runner does, as
 * far as this machine can: each `run:` step as a script file through
 * `bash --noprofile --norc -eo pipefail {0}` (the runner's `shell: bash`), in
 * the workspace, with the runner's variables (GITHUB_WORKSPACE,
 * GITHUB_ACTION_PATH, a fresh GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_PATH
 * and GITHUB_ENV per step, RUNNER_TEMP, RUNNER_OS, CI, GITHUB_ACTIONS), its
 * `env:`, `if:` and `with:` expressions evaluated over the inputs (with their
 * defaults) and the outputs of the steps before. What a step writes to
 * GITHUB_PATH and GITHUB_ENV reaches the steps after it; the first step that
 * fails ends the run. `uses:` steps are other actions, run by the runner on
 * GitHub: they are recorded with their evaluated inputs, not run.
 *
 * The expressions understood are the ones our workflow files use: context
 * paths (`inputs.x`, `steps.id.outputs.x`, `github.action_path`, `runner.os`,
 * `runner.temp`), quoted strings, `==`, `!=` and `||`. Anything else throws,
 * so a new expression in action.yml fails its test until it is handled here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { cleanEnv } from './checkout.js';
import { tempFolder } from './cli.js';

export interface ActionStep {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string | number | boolean>;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

export interface ActionInput {
  description: string;
  default?: string;
  required?: boolean;
}

export interface ActionFile {
  name: string;
  description: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

/** One step as the run went: a script that ran, an action the runner would run, or one skipped by its `if:`. */
export type StepRun =
  | {
      kind: 'run';
      name: string;
      status: number | null;
      stdout: string;
      stderr: string;
      outputs: Record<string, string>;
    }
  | { kind: 'uses'; name: string; uses: string; with: Record<string, string> }
  | { kind: 'skipped'; name: string };

export interface ActionRun {
  steps: StepRun[];
  /** The action's outputs; an output of a step that did not run is '' as on GitHub. */
  outputs: Record<string, string>;
  /** Every step's GITHUB_STEP_SUMMARY, in order: the job summary. */
  summary: string;
  /** Folders the steps added to GITHUB_PATH, latest first, as the next steps of the job see them. */
  path: string[];
  /** Whether a step failed. */
  failed: boolean;
}

export interface RunActionOptions {
  /** The action's folder (GITHUB_ACTION_PATH), holding action.yml. */
  actionPath: string;
  /** The repository checkout (GITHUB_WORKSPACE), the steps' working folder. */
  workspace: string;
  /** The `with:` of the workflow step; inputs left out take their defaults. */
  inputs?: Readonly<Record<string, string>>;
  /** The job's `env:`. */
  env?: Readonly<Record<string, string>>;
  /** Folders in front of PATH, as an earlier step of the job (actions/setup-node, say) leaves them. */
  pathPrepend?: readonly string[];
  /** Kill a step after this many milliseconds. */
  stepTimeoutMs?: number;
}

export function readAction(actionPath: string): ActionFile {
  return parse(readFileSync(path.join(actionPath, 'action.yml'), 'utf8')) as ActionFile;
}

/** The values expressions can name: `inputs.x`, `steps.id.outputs.x`, `github.event.release.tag_name` … */
export interface Contexts {
  inputs: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
  github: Record<string, unknown>;
  runner: Record<string, string>;
}

const CONTEXT_PATH = /^(inputs|steps|github|runner)((?:\.[\w-]+)+)$/;

function operand(text: string, contexts: Contexts): string {
  const quoted = /^'((?:[^']|'')*)'$/.exec(text);
  if (quoted) return quoted[1]!.replaceAll("''", "'");
  const match = CONTEXT_PATH.exec(text);
  if (!match) throw new Error(`action-runner: unsupported expression \`${text}\``);
  let value: unknown = contexts[match[1] as keyof Contexts];
  for (const key of match[2]!.slice(1).split('.')) {
    if (value === null || typeof value !== 'object' || !(key in value)) {
      // An output of a step that did not run, or that did not set it, is empty.
      if (match[1] === 'steps') return '';
      throw new Error(`action-runner: unknown \`${text}\``);
    }
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value !== 'string') throw new Error(`action-runner: \`${text}\` is not a string`);
  return value;
}

/** An expression's value as a string; comparisons give 'true' or 'false', `a || b` the first non-empty. */
export function evaluate(expression: string, contexts: Contexts): string {
  const text = expression.trim();
  const alternatives = text.split(/\s*\|\|\s*/);
  if (alternatives.length > 1)
    return alternatives.map((part) => evaluate(part, contexts)).find((value) => value !== '') ?? '';
  const comparison = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(text);
  if (comparison) {
    const [, left, operator, right] = comparison;
    const equal = operand(left!, contexts) === operand(right!, contexts);
    return String(operator === '==' ? equal : !equal);
  }
  return operand(text, contexts);
}

/** A string with every `${{ … }}` replaced by its value. */
export function substitute(text: string, contexts: Contexts): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_all, expression: string) =>
    evaluate(expression, contexts),
  );
}

/** A step's `if:`: an expression, with or without `${{ }}`. */
function shouldRun(step: ActionStep, contexts: Contexts): boolean {
  if (step.if === undefined) return true;
  const bare = /^\s*\$\{\{(.*)\}\}\s*$/.exec(step.if)?.[1] ?? step.if;
  const value = evaluate(bare, contexts);
  return value !== '' && value !== 'false';
}

/** The values a step wrote to a GITHUB_OUTPUT or GITHUB_ENV file: `name=value` or `name<<delimiter` lines. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter!, index + 1);
      if (end < 0) throw new Error(`action-runner: no closing ${delimiter} for ${name}`);
      values[name!] = lines.slice(index + 1, end).join('\n');
      index = end;
      continue;
    }
    const equals = line.indexOf('=');
    if (equals < 0) throw new Error(`action-runner: not a command-file line: ${line}`);
    values[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return values;
}

const read = (file: string) => readFileSync(file, 'utf8');

/** Runs the action at options.actionPath; see the module comment for what "runs" means here. */
export function runAction(options: RunActionOptions): ActionRun {
  const action = readAction(options.actionPath);
  const given = options.inputs ?? {};
  for (const name of Object.keys(given))
    if (!(name in action.inputs)) throw new Error(`action-runner: unexpected input ${name}`);
  const temp = tempFolder();
  const contexts: Contexts = {
    inputs: Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [
        name,
        given[name] ?? input.default ?? '',
      ]),
    ),
    steps: {},
    github: { action_path: options.actionPath, workspace: options.workspace },
    runner: { os: 'Linux', temp },
  };
  const addedPath: string[] = [];
  const jobEnv: Record<string, string> = { ...options.env };
  const steps: StepRun[] = [];
  let summary = '';
  let failed = false;

  for (const [index, step] of action.runs.steps.entries()) {
    const name = substitute(step.name ?? step.uses ?? step.run ?? `step ${index}`, contexts);
    if (!shouldRun(step, contexts)) {
      steps.push({ kind: 'skipped', name });
      continue;
    }
    if (step.uses !== undefined) {
      const inputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([key, value]) => [
          key,
          substitute(String(value), contexts),
        ]),
      );
      steps.push({ kind: 'uses', name, uses: step.uses, with: inputs });
      continue;
    }
    if (step.shell !== 'bash') throw new Error(`action-runner: step ${name} is not shell: bash`);
    const files = {
      script: path.join(temp, `step-${index}.sh`),
      output: path.join(temp, `output-${index}`),
      summary: path.join(temp, `summary-${index}`),
      path: path.join(temp, `path-${index}`),
      env: path.join(temp, `env-${index}`),
    };
    writeFileSync(files.script, substitute(step.run ?? '', contexts));
    for (const file of [files.output, files.summary, files.path, files.env])
      writeFileSync(file, '');
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [key, substitute(value, contexts)]),
    );
    const outer = cleanEnv();
    const env = cleanEnv({
      ...jobEnv,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_ACTION_PATH: options.actionPath,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_PATH: files.path,
      GITHUB_ENV: files.env,
      RUNNER_TEMP: temp,
      RUNNER_OS: 'Linux',
      PATH: [...addedPath, ...(options.pathPrepend ?? []), outer.PATH ?? ''].join(path.delimiter),
      ...stepEnv,
    });
    const cwd = step['working-directory']
      ? path.resolve(options.workspace, substitute(step['working-directory'], contexts))
      : options.workspace;
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', files.script], {
      cwd,
      env,
      encoding: 'utf8',
      timeout: options.stepTimeoutMs ?? 300_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const outputs = parseCommandFile(read(files.output));
    if (step.id !== undefined) contexts.steps[step.id] = { outputs };
    addedPath.unshift(...read(files.path).split('\n').filter(Boolean).reverse());
    Object.assign(jobEnv, parseCommandFile(read(files.env)));
    summary += read(files.summary);
    steps.push({
      kind: 'run',
      name,
      status: result.status,
      stdout: result.stdout,
      stderr: result.stderr,
      outputs,
    });
    if (result.status !== 0) {
      failed = true;
      break;
    }
  }
  const outputs = Object.fromEntries(
    Object.entries(action.outputs).map(([name, output]) => [
      name,
      substitute(output.value, contexts),
    ]),
  );
  return { steps, outputs, summary, path: addedPath, failed };
}
