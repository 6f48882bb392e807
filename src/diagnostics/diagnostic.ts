/**
 * Diagnostics are data: a code from a closed list, a position and the values the
 * message needs. They are turned into words only at the edge (`format.ts`), in
 * the user's language, so the core never throws for bad data.
 */
import type { DiagnosticCode } from './codes.js';

export type Severity = 'error' | 'warning';

/** Values a message needs, e.g. `{ field: 'deadlne', suggestion: 'deadline' }`. */
export type DiagnosticArgs = Readonly<Record<string, string | number>>;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Path relative to the dataset folder, `/`-separated. */
  file: string;
  /** 1-based; 0 when the problem concerns a whole file that could not be read. */
  line: number;
  /** 1-based, counted in UTF-16 code units as editors show them for Vietnamese text. */
  column: number;
  endLine?: number;
  endColumn?: number;
  args: DiagnosticArgs;
  /** The source line, kept for YAML syntax errors so the text reporter can put a caret under the column. */
  excerpt?: string;
  /** 1-based column of the caret within `excerpt` when the excerpt is a cut of a long line; else `column`. */
  excerptColumn?: number;
  /**
   * Only while a dataset is being validated, for files read without positions:
   * the place still to look up (line and column are 0 until then) and args that
   * name another place as `file:line:column`. Never present in results.
   */
  unlocated?: {
    at?: PathInFile;
    places?: Record<string, { file: string; at: PathInFile }>;
  };
}

/** A value (or its key) by its path of keys and list indexes in a file. */
export interface PathInFile {
  path: readonly (string | number)[];
  at: 'key' | 'value';
}

/** Orders diagnostics by file, line, column, then code, so output never depends on discovery order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
