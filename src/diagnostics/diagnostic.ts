/**
 * Diagnostics are data: a code from a closed list, a position and the values the
 * message needs. They are turned into words only at the edge (reporters.ts), in
 * the user's language, so the core never throws for bad data.
 */
import { DIAGNOSTIC_SEVERITY, type DiagnosticCode } from './codes.js';

export type Severity = 'error' | 'warning';

/** Values a message needs, e.g. `{ field: 'deadlne', suggestion: 'deadline' }`. */
export type DiagnosticArgs = Readonly<Record<string, string | number>>;

/** A line and column in a file (1-based); line 0 means the whole file. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Diagnostic extends Position {
  code: DiagnosticCode;
  severity: Severity;
  /** Path relative to the dataset folder, `/`-separated. */
  file: string;
  /** 1-based; 0 when the problem concerns a whole file (one that could not be read, or is missing). */
  line: number;
  /** 1-based, counted in UTF-16 code units as editors show them for Vietnamese text. */
  column: number;
  args: DiagnosticArgs;
  /** The source line, kept for YAML syntax errors so the text reporter can put a caret under the column. */
  excerpt?: string;
  /** 1-based column of the caret within `excerpt` when the excerpt is a cut of a long line; else `column`. */
  excerptColumn?: number;
  /** In a workbook (intake import): the sheet, and the cell (`G14`) when the problem is one cell's. */
  sheet?: string;
  cell?: string;
}

/** The position of a problem with a whole file. */
export const WHOLE_FILE: Position = { line: 0, column: 0 };

/** Args without the empty ones: a message tests `args.suggestion`, never an empty string. */
export function keptArgs(args: Record<string, string | number | undefined>): DiagnosticArgs {
  const kept: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(args))
    if (value !== undefined && value !== '') kept[key] = value;
  return kept;
}

/** A diagnostic at a known position, with the severity its code carries. */
export function makeDiagnostic(
  code: DiagnosticCode,
  file: string,
  position: Position,
  args: Record<string, string | number | undefined> = {},
): Diagnostic {
  const result: Diagnostic = {
    code,
    severity: DIAGNOSTIC_SEVERITY[code],
    file,
    line: position.line,
    column: position.column,
    args: keptArgs(args),
  };
  if (position.endLine !== undefined) result.endLine = position.endLine;
  if (position.endColumn !== undefined) result.endColumn = position.endColumn;
  return result;
}

/** Orders diagnostics by file, line, column, then code, so output never depends on discovery order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function hasErrors(diagnostics: readonly { severity: Severity }[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
