/**
 * Ctrl-C, a CI cancel or a closed terminal while a command writes: what the
 * run has made so far and would otherwise leave behind (temp files, the output
 * lock, a half-made starter dataset: write/debris.ts) is removed, then the
 * process ends by the same signal, as the shell and CI expect (exit status 130
 * for SIGINT, 143 for SIGTERM). The reports in place stay as they were: the
 * step that replaces them runs in one go, never interrupted halfway.
 */
import { constants } from 'node:os';
import { removeDebrisSync } from '../write/debris.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

let installed = false;

/**
 * From now on, a stopping signal removes this run's debris before the process
 * ends. The launcher (bin/dx-report.js) calls it: the CLI run in-process by a
 * test leaves the test runner's signals alone.
 */
export function cleanUpOnSignals(): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      removeDebrisSync();
      process.exitCode = 128 + (constants.signals[signal] ?? 0);
      // No listener is left for it now: the signal ends the process as it would have.
      process.kill(process.pid, signal);
    });
  }
}
