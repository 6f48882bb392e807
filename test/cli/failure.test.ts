/** The exit policy for thrown errors, including a bug (no errno), which no CLI run can provoke on purpose. */
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { failure } from '../../src/cli/failure.js';
import {
  OutputLockedError,
  ReportTooLargeError,
  UsageError,
} from '../../src/errors/known-errors.js';
import type { RunContext } from '../../src/cli/run-context.js';
import { createTerminal } from '../../src/cli/terminal.js';

function contextCollecting(language: 'vi' | 'en') {
  const errors: string[] = [];
  const silent = { write: () => true };
  const io = { env: {}, stdout: silent, stderr: silent, cwd: '/' };
  const terminal = { ...createTerminal({ quiet: true, ...io }) };
  terminal.error = (text: string) => errors.push(text);
  const context: RunContext = {
    terminal,
    language,
    languageFlag: language,
    reporter: 'text',
    ...io,
  };
  return { context, errors };
}

describe('failure', () => {
  it('a bug: one line naming --debug, exit 3; the stack only with --debug', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const quiet = contextCollecting('vi');
    const debug = contextCollecting('en');
    expect(failure(bug, quiet.context, false)).toBe(3);
    expect(failure(bug, debug.context, true)).toBe(3);
    expect(quiet.errors).toEqual([
      "dx-report: Lỗi ngoài dự kiến: Cannot read properties of undefined (reading 'id'). Chạy lại với --debug để xem chi tiết, và báo lỗi này cho nhóm phát triển.",
    ]);
    expect(debug.errors).toEqual([
      "dx-report: Unexpected failure: Cannot read properties of undefined (reading 'id'). Run again with --debug for details, and report it to the developers.",
      bug.stack,
    ]);
  });

  it('usage errors exit 2 in the language of the run; commander errors keep their own code', () => {
    const { context, errors } = contextCollecting('en');
    expect(failure(new UsageError('badFormat', 'pdf', 'md, json, xlsx'), context, false)).toBe(2);
    const unknownOption = "error: unknown option '--frob'\n(Did you mean one of --from, --fro?)";
    expect(
      failure(new CommanderError(1, 'commander.unknownOption', unknownOption), context, false),
    ).toBe(2);
    // A code this version of dx-report does not know: commander's words, without "error: ".
    const conflict = "error: option '--a' cannot be used with option '--b'";
    expect(
      failure(new CommanderError(1, 'commander.conflictingOption', conflict), context, false),
    ).toBe(2);
    expect(failure(new CommanderError(0, 'commander.version', '0.1.0'), context, false)).toBe(0);
    expect(errors).toEqual([
      'dx-report: Format `pdf` is not supported. Use md, json, xlsx (comma-separated).',
      'dx-report: Unknown option `--frob`. Did you mean `--from`? See: dx-report <command> --help',
      "dx-report: option '--a' cannot be used with option '--b'",
    ]);
  });

  it('known errors are recognised by class, not by a name another error could carry', () => {
    const { context, errors } = contextCollecting('en');
    const holder = { pid: 4242, host: 'ci-runner', since: '2024-07-01T08:00:00.000Z' };
    const locked = new OutputLockedError('/srv/reports', '/srv/reports/.dx-report.lock', holder);
    expect(failure(locked, context, false)).toBe(3);
    expect(failure(new ReportTooLargeError('md'), context, false)).toBe(3);
    // Named like ours, but not ours: an unexpected failure.
    const lookalike = Object.assign(new Error('held'), { name: 'OutputLockedError' });
    expect(failure(lookalike, context, false)).toBe(3);
    expect(errors).toEqual([
      'dx-report: Another dx-report run (pid 4242, ci-runner, 2024-07-01T08:00:00.000Z) is writing reports into `/srv/reports`; wait for it to finish, then run again. If you are sure none is running, delete `/srv/reports/.dx-report.lock`.',
      "dx-report: The md report is too large to make (past Node.js's longest text, about 512 million characters). Choose another format, or split the dataset.",
      'dx-report: Unexpected failure: held. Run again with --debug for details, and report it to the developers.',
    ]);
  });
});
