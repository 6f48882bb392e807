/**
 * The closed list of diagnostic codes, each with its severity. Adding a code here
 * without a message in both catalogs (messages-vi.ts, messages-en.ts) fails to compile.
 */
export const DIAGNOSTIC_SEVERITY = {
  // files and YAML syntax
  'file-missing': 'error',
  'file-unreadable': 'error',
  'file-too-large': 'error',
  'dataset-too-large': 'error',
  'file-not-utf8': 'error',
  'file-binary': 'error',
  'file-empty': 'error',
  'file-ignored': 'warning',
  'yaml-syntax': 'error',
  'yaml-duplicate-key': 'error',
  'yaml-tab-indent': 'error',
  'yaml-multiple-documents': 'error',
  'yaml-alias-limit': 'error',
  'yaml-too-deep': 'error',
  'yaml-alias-cycle': 'error',
  // shape (JSON Schema)
  'root-not-mapping': 'error',
  'wrong-type': 'error',
  'missing-field': 'error',
  'unknown-field': 'error',
  'value-not-allowed': 'error',
  'value-out-of-range': 'error',
  'text-empty': 'error',
  'text-too-long': 'error',
  'list-empty': 'error',
  'id-format': 'error',
  'id-is-number': 'error',
  'symbol-format': 'error',
  'schema-version': 'error',
  'invalid-value': 'error',
  // values
  'date-invalid': 'error',
  'period-invalid': 'error',
  'status-invalid': 'error',
  'deadline-invalid': 'error',
  'update-date-missing': 'error',
  'update-date-and-period': 'error',
  'number-not-finite': 'error',
  'score-over-max': 'error',
  // across files
  'duplicate-id': 'error',
  'unknown-reference': 'error',
  'reference-cycle': 'error',
  'active-range-inverted': 'error',
  'grades-order': 'error',
  'assessment-duplicate': 'error',
  // warnings: suspicious, not wrong
  'done-progress-below-100': 'warning',
  'progress-without-work': 'warning',
  'same-day-conflict': 'warning',
  'update-before-start': 'warning',
  'update-after-done': 'warning',
  'deadline-before-start': 'warning',
  'assessment-folder-period': 'warning',
  'assessment-agency-inactive': 'warning',
  'lead-inactive-at-start': 'warning',
  'no-tasks': 'warning',
  'symlink-loop': 'warning',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_SEVERITY;

export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_SEVERITY) as DiagnosticCode[];
