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
  'yaml-colon-in-text': 'error',
  'yaml-comma-in-text': 'error',
  'yaml-bad-indent': 'error',
  'yaml-unclosed-quote': 'error',
  'yaml-unclosed-bracket': 'error',
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
  'value-date-missing': 'error',
  'value-date-and-period': 'error',
  'indicator-target-duplicate': 'error',
  'indicator-target-same-day': 'error',
  // across files
  'duplicate-id': 'error',
  'unknown-reference': 'error',
  'reference-cycle': 'error',
  // format 0.3: several successors, transfers by decision
  'lead-successors-ambiguous': 'error',
  'transfers-out-of-order': 'error',
  'transfer-lead-inactive': 'error',
  'estimate-before-measured': 'error',
  'active-range-inverted': 'error',
  'grades-order': 'error',
  'assessment-duplicate': 'error',
  'indicator-value-conflict': 'error',
  'notes-duplicate-period': 'error',
  // intake import: workbooks (issue 25)
  'intake-not-workbook': 'error',
  'intake-encrypted': 'error',
  'intake-too-large': 'error',
  'intake-needs-libreoffice': 'error',
  'intake-not-form': 'error',
  'intake-other-dataset': 'error',
  'intake-other-version': 'error',
  'intake-unknown-agency': 'error',
  'intake-file-agency': 'error',
  'intake-other-period': 'error',
  'intake-stale': 'error',
  'intake-duplicate-form': 'error',
  'intake-sheet-missing': 'error',
  'intake-locked-edited': 'error',
  'intake-row-missing': 'error',
  'intake-row-moved': 'error',
  'intake-row-foreign': 'error',
  'intake-number': 'error',
  'intake-progress': 'error',
  'intake-date': 'error',
  'intake-status-missing': 'error',
  'intake-completed-not-done': 'error',
  'intake-unknown-theme': 'error',
  // updates/ files (0.3)
  'updates-duplicate': 'error',
  'update-agency-not-involved': 'error',
  'update-after-figures-day': 'error',
  'update-entry-conflict': 'error',
  'update-before-window': 'warning',
  // collection rounds (rounds.yaml, 0.3)
  'round-due-before-period': 'error',
  'round-duplicate-period': 'error',
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
  // what the briefing will say, checked by build after computing it (issue 27)
  'themes-unmatched': 'warning',
  'notes-missing': 'warning',
  'report-date-early': 'warning',
  'report-date-weekend': 'warning',
  // hostile input, round two (issue 16)
  'yaml-tag': 'error',
  'yaml-version': 'error',
  'yaml-too-many-nodes': 'error',
  'file-duplicate-kind': 'error',
  'data-misnamed': 'error',
  'partner-repeated': 'warning',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_SEVERITY;

/**
 * Why a file is not YAML, for `yaml-syntax`: the YAML parser's error codes
 * that have no more precise diagnostic of their own (validate/yaml-errors.ts
 * checks that each is one of the parser's). Both catalogs word every one.
 */
export const YAML_REASONS = [
  'ALIAS_PROPS',
  'BAD_ALIAS',
  'BAD_DIRECTIVE',
  'BAD_DQ_ESCAPE',
  'BAD_INDENT',
  'BAD_PROP_ORDER',
  'BAD_SCALAR_START',
  'BLOCK_AS_IMPLICIT_KEY',
  'BLOCK_IN_FLOW',
  'IMPOSSIBLE',
  'KEY_OVER_1024_CHARS',
  'MISSING_CHAR',
  'MULTILINE_IMPLICIT_KEY',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_TAGS',
  'NON_STRING_KEY',
  'TAG_RESOLVE_FAILED',
  'UNEXPECTED_TOKEN',
  'BAD_COLLECTION_TYPE',
] as const;

export type YamlReason = (typeof YAML_REASONS)[number];

export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_SEVERITY) as DiagnosticCode[];
