/** Prints diagnostics through the chosen reporter and decides the exit code for them. */
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../diagnostics/messages.js';
import {
  formatCounts,
  formatGithub,
  formatJson,
  formatText,
  type ReporterName,
} from '../diagnostics/reporters.js';
import type { Terminal } from './terminal.js';

export interface ReportContext {
  terminal: Terminal;
  language: Language;
  reporter: ReporterName;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** The working folder: the repository root outside Actions. */
  cwd: string;
  /** With --strict, warnings fail the run, so --quiet keeps them too. */
  strict: boolean;
}

/** Exit code for a dataset's diagnostics: 1 on errors, or on warnings with --strict; else 0. */
export function exitCodeFor(diagnostics: readonly Diagnostic[], strict: boolean): 0 | 1 {
  return hasErrors(diagnostics) || (strict && diagnostics.length > 0) ? 1 : 0;
}

/**
 * text: one line per problem on stderr. json: one document on stdout, every
 * problem whatever --quiet says (a tool asked for it). github: workflow commands
 * on stdout, then the text form on stderr, because GitHub shows only the first
 * few annotations of a step and the log must hold them all.
 */
export function reportDiagnostics(
  diagnostics: readonly Diagnostic[],
  context: ReportContext,
): void {
  const { terminal, language } = context;
  if (context.reporter === 'json') {
    terminal.out(formatJson(diagnostics, language).trimEnd());
    return;
  }
  const shown =
    terminal.quiet && !context.strict
      ? diagnostics.filter((entry) => entry.severity === 'error')
      : diagnostics;
  if (context.reporter === 'github') {
    const prefix = repositoryPrefix(context.dataDir, context.env, context.cwd);
    for (const entry of shown) terminal.command(formatGithub(entry, language, prefix));
  }
  const paint = (severity: Diagnostic['severity'], word: string) =>
    severity === 'error' ? terminal.paint.red.bold(word) : terminal.paint.yellow(word);
  for (const entry of shown) terminal.error(formatText(entry, language, paint));
}

export function countsLine(diagnostics: readonly Diagnostic[], language: Language): string {
  return formatCounts(diagnostics, language);
}

/** The data folder relative to the repository root (GITHUB_WORKSPACE in Actions, else the working directory). */
function repositoryPrefix(dataDir: string, env: NodeJS.ProcessEnv, cwd: string): string {
  const root = path.resolve(cwd, env.GITHUB_WORKSPACE ?? '.');
  const relative = path.relative(root, dataDir).split(path.sep).join('/');
  return relative === '' ? '' : `${relative}/`;
}
