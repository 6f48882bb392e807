/**
 * Step outputs for GitHub Actions: `dx-report build` appends them to the file
 * that $GITHUB_OUTPUT names, as it appends figures to $GITHUB_STEP_SUMMARY, so
 * a later step of the job reads `steps.<id>.outputs.files` (action.yml passes
 * them on as the action's own outputs).
 */
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';

/** What a step that wrote reports tells the next ones. */
export interface StepOutputs {
  /** The period's code, `2024-H1`, also when the run asked for `current`. */
  period: string;
  /** The files written, in the order they were written. */
  files: readonly { path: string }[];
}

/** A path as the next steps use it: relative to the working folder (the repository root in Actions) when inside it. */
function shownPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? file
    : relative.split(path.sep).join('/');
}

/**
 * The text appended to $GITHUB_OUTPUT: `period`, `out` (the reports' folder)
 * and `files` (one path a line), each in the multi-line form
 * `name<<delimiter`, value, `delimiter`, which holds any value that does not
 * contain the delimiter.
 */
export function formatStepOutputs(outputs: StepOutputs, cwd: string, delimiter: string): string {
  const [first] = outputs.files;
  const values: [string, string][] = [
    ['period', outputs.period],
    ['out', first === undefined ? '' : shownPath(path.dirname(first.path), cwd)],
    ['files', outputs.files.map((file) => shownPath(file.path, cwd)).join('\n')],
  ];
  return values.map(([name, value]) => `${name}<<${delimiter}\n${value}\n${delimiter}\n`).join('');
}

/** Appends the outputs to the file $GITHUB_OUTPUT names, with a fresh random delimiter; paths shown from `cwd`. */
export async function appendStepOutputs(
  file: string,
  outputs: StepOutputs,
  cwd: string,
): Promise<void> {
  const delimiter = `dx-report-${randomUUID()}`;
  await appendFile(path.resolve(cwd, file), formatStepOutputs(outputs, cwd, delimiter));
}
