import { DIAGNOSTIC_SEVERITY, type DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic, DiagnosticArgs } from '../diagnostics/diagnostic.js';

/** Builds a diagnostic with the severity its code carries. Empty args are dropped. */
export function diagnostic(
  code: DiagnosticCode,
  file: string,
  at: { line: number; column: number; endLine?: number; endColumn?: number },
  args: Record<string, string | number | undefined> = {},
): Diagnostic {
  const kept: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(args))
    if (value !== undefined && value !== '') kept[key] = value;
  const result: Diagnostic = {
    code,
    severity: DIAGNOSTIC_SEVERITY[code],
    file,
    line: at.line,
    column: at.column,
    args: kept as DiagnosticArgs,
  };
  if (at.endLine !== undefined) result.endLine = at.endLine;
  if (at.endColumn !== undefined) result.endColumn = at.endColumn;
  return result;
}
