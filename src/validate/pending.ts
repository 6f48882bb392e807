/**
 * Diagnostics while a dataset is being validated. A file read without
 * positions (yaml-quick.ts) knows where a problem is only as a path of keys,
 * so validation gathers pending diagnostics; the step that places them
 * (locate-pending.ts) turns each into a located Diagnostic, the only kind
 * validation returns.
 */
import { DIAGNOSTIC_SEVERITY, type DiagnosticCode } from '../diagnostics/codes.js';
import { keptArgs, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import type { Place, Where } from './where.js';

export interface PendingDiagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly file: string;
  /** A line and column already (line 0: the whole file), or a path still to look up. */
  readonly at: Where;
  args: Record<string, string | number>;
  /** Args that name another place, written as `file:line:column` once it is located. */
  places?: Record<string, Place>;
  excerpt?: string;
  excerptColumn?: number;
}

/** Builds a pending diagnostic with the severity its code carries; empty args are dropped. */
export function diagnostic(
  code: DiagnosticCode,
  file: string,
  at: Where,
  args: Record<string, string | number | undefined> = {},
): PendingDiagnostic {
  return { code, severity: DIAGNOSTIC_SEVERITY[code], file, at, args: { ...keptArgs(args) } };
}

/** Adds an arg naming another place as `file:line:column` (looked up with the rest). */
export function naming(entry: PendingDiagnostic, key: string, place: Place): PendingDiagnostic {
  entry.places = { ...entry.places, [key]: place };
  return entry;
}

/** A diagnostic that is already located (from loading) joins the pending ones as it is. */
export function pendingFrom(located: Diagnostic): PendingDiagnostic {
  const { code, severity, file, line, column, endLine, endColumn, args } = located;
  const at = {
    line,
    column,
    ...(endLine === undefined ? {} : { endLine }),
    ...(endColumn === undefined ? {} : { endColumn }),
  };
  const pending: PendingDiagnostic = { code, severity, file, at, args: { ...args } };
  if (located.excerpt !== undefined) pending.excerpt = located.excerpt;
  if (located.excerptColumn !== undefined) pending.excerptColumn = located.excerptColumn;
  return pending;
}
