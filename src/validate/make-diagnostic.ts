import { DIAGNOSTIC_SEVERITY, type DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic, DiagnosticArgs } from '../diagnostics/diagnostic.js';
import { isValueAt, type Where } from './where.js';

/**
 * Builds a diagnostic with the severity its code carries. Empty args are
 * dropped. A place given as a path is looked up before validation returns.
 */
export function diagnostic(
  code: DiagnosticCode,
  file: string,
  at: Where,
  args: Record<string, string | number | undefined> = {},
): Diagnostic {
  const kept: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(args))
    if (value !== undefined && value !== '') kept[key] = value;
  const result: Diagnostic = {
    code,
    severity: DIAGNOSTIC_SEVERITY[code],
    file,
    line: 0,
    column: 0,
    args: kept as DiagnosticArgs,
  };
  if (isValueAt(at)) {
    result.unlocated = { at };
    return result;
  }
  result.line = at.line;
  result.column = at.column;
  if (at.endLine !== undefined) result.endLine = at.endLine;
  if (at.endColumn !== undefined) result.endColumn = at.endColumn;
  return result;
}

/** Adds an arg naming another place as `file:line:column` (looked up later when it is a path). */
export function naming(
  entry: Diagnostic,
  key: string,
  place: { file: string; at: Where },
): Diagnostic {
  const { file, at } = place;
  if (isValueAt(at)) {
    entry.unlocated = {
      ...entry.unlocated,
      places: { ...entry.unlocated?.places, [key]: { file, at } },
    };
  } else entry.args = { ...entry.args, [key]: `${file}:${at.line}:${at.column}` };
  return entry;
}
