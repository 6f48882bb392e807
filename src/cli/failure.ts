/**
 * The exit policy for what is thrown: usage errors exit 2 with one line in the
 * user's language; anything else is unexpected and exits 3 with one line, the
 * stack only with --debug. Data errors never arrive here: they are diagnostics.
 * Our own errors are known by class (errors/known-errors.ts, light enough to
 * import at start-up); a Node.js system error (ENOENT, EACCES…) by its code.
 */
import { CommanderError } from 'commander';
import { OutputLockedError, ReportTooLargeError, UsageError } from '../errors/known-errors.js';
import { describeUsage } from '../errors/usage-messages.js';
import { say } from './messages.js';
import type { RunContext } from './run-context.js';
import { describeUsageError } from './usage-errors.js';

export const EXIT_CODES_HELP = `
Mã thoát / exit codes:
  0  thành công / success
  1  dữ liệu có lỗi (hoặc cảnh báo khi dùng --strict) / the dataset has errors (or warnings with --strict)
  2  sai cách dùng: lệnh, tùy chọn, kỳ báo cáo, thư mục dữ liệu, mẫu báo cáo / usage error
  3  lỗi ngoài dự kiến (chạy lại với --debug) / unexpected failure (run again with --debug)`;

/** Maps a thrown error to its exit code: usage 2, anything else 3 with one line (the stack only with --debug). */
export function failure(error: unknown, context: RunContext, debug: boolean): number {
  const { terminal, language } = context;
  if (error instanceof CommanderError) {
    const line = describeUsageError(error, language);
    if (line !== undefined) terminal.error(`dx-report: ${line}`);
    // Help and version asked for exit 0; help shown for a missing command is a usage error.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    terminal.error(`dx-report: ${describeUsage(error, language)}`);
    return 2;
  }
  if (error instanceof OutputLockedError) {
    const { outDir, lockFile, holder } = error;
    const who = holder ? `pid ${holder.pid}, ${holder.host}, ${holder.since}` : '?';
    terminal.error(`dx-report: ${say(language, 'outputLocked', outDir, who, lockFile)}`);
    return 3;
  }
  if (error instanceof ReportTooLargeError) {
    terminal.error(`dx-report: ${say(language, 'reportTooLarge', error.format)}`);
    return 3;
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  const key = typeof errno === 'string' && errno.startsWith('E') ? 'ioError' : 'unexpected';
  terminal.error(`dx-report: ${say(language, key, detail)}`);
  if (debug && error instanceof Error && error.stack) terminal.error(error.stack);
  return 3;
}
