/**
 * Issue 28: the action echoes a wrong `strict` input inside its `::error`
 * workflow command; a line break in it must not start a command of its own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action-runner.js';
import { REPO, removeTempFolders, workspace } from '../helpers/cli.js';

afterAll(removeTempFolders);

describe('a strict input holding workflow commands', () => {
  it.each([
    ['yes\n::add-mask::x', 'yes%0A::add-mask::x'],
    ['\r\n::set-env name=A::1', '%0D%0A::set-env name=A::1'],
    ['50%0A::warning::x', '50%250A::warning::x'],
  ])('%j is shown as one line', (strict, shown) => {
    const run = runAction({ actionPath: REPO, workspace: workspace(), inputs: { strict } });
    const step = run.steps.find((each) => each.name === 'Check Node.js and the inputs');
    expect(step).toMatchObject({
      kind: 'run',
      status: 1,
      stdout: `::error title=dx-report::The input strict must be true or false, not '${shown}'.\n`,
    });
  });
});
