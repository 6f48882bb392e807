/**
 * Global setup of the e2e project: builds dist/ (incrementally: a second run
 * with nothing changed takes about a second) before any test runs the CLI,
 * so an edit in src/ is always what the CLI tests exercise.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildOnce(): void {
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
