/**
 * The flags every command shares and main.ts reads before a command module is
 * loaded. Kept apart from options.ts so the start-up path (`--version`,
 * `--help`) imports nothing from the pipeline.
 */
import type { Language } from '../diagnostics/messages.js';
import type { ReporterName } from '../diagnostics/reporters.js';
import { UsageError } from '../errors/known-errors.js';

export interface GlobalFlags {
  lang?: string;
  reporter?: string;
  quiet?: boolean;
  debug?: boolean;
  /** `--no-color` sets this to false. */
  color?: boolean;
}

/** `--lang vi|en`; undefined when absent, so dx-report.yaml's `defaults.lang` can apply. */
export function parseLanguage(value: string | undefined): Language | undefined {
  if (value === undefined) return undefined;
  if (value === 'vi' || value === 'en') return value;
  throw new UsageError('badLang', value);
}

/** `--reporter text|json|github`; without it, `github` under GitHub Actions and `text` elsewhere. */
export function parseReporter(value: string | undefined, env: NodeJS.ProcessEnv): ReporterName {
  if (value === undefined) return env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
  if (value === 'text' || value === 'json' || value === 'github') return value;
  throw new UsageError('badReporter', value);
}
