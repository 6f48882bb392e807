/**
 * Diagnostic reporters: the same diagnostics as text for people, JSON for tools,
 * and GitHub workflow commands for pull-request annotations. Pure: strings out.
 */
import type { Diagnostic } from './diagnostic.js';
import { describe, severityWord, type Language } from './messages.js';
import { visibleLines, visibleText } from './visible-text.js';

export type ReporterName = 'text' | 'json' | 'github';

/** `path:LINE:COL`, `workbook › Sheet!G14` in a workbook, or just the path for problems with a whole file. */
export function location(diagnostic: Diagnostic): string {
  if (diagnostic.sheet !== undefined) return `${diagnostic.file} › ${sheetPlace(diagnostic)}`;
  return diagnostic.line > 0
    ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`
    : diagnostic.file;
}

/** `Sheet!G14`, or the sheet's name alone. */
function sheetPlace(diagnostic: Diagnostic): string {
  return diagnostic.cell === undefined
    ? diagnostic.sheet!
    : `${diagnostic.sheet!}!${diagnostic.cell}`;
}

/**
 * `path/to/file.yaml:LINE:COL  lỗi  <message>  [code]`, and for YAML syntax errors
 * the source line with a caret under the column. `paint` colours the severity word.
 * What comes from the data (the file name, values in the message, the source
 * line) is shown with every control character visible (visible-text.ts): a
 * value can neither start a line of its own nor send an escape to the terminal.
 */
export function formatText(
  diagnostic: Diagnostic,
  language: Language,
  paint: (severity: Diagnostic['severity'], word: string) => string = (_s, word) => word,
): string {
  const head = `${visibleText(location(diagnostic))}  ${paint(diagnostic.severity, severityWord(diagnostic.severity, language))}  ${visibleText(describe(diagnostic, language))}  [${diagnostic.code}]`;
  if (diagnostic.excerpt === undefined) return head;
  const gutter = `${diagnostic.line} | `;
  const column = diagnostic.excerptColumn ?? diagnostic.column;
  const excerpt = diagnostic.excerpt.replace(/\t/g, ' ');
  // The caret under the same character once the characters before it are made visible.
  const before = visibleText(excerpt.slice(0, Math.max(0, column - 1))).length;
  const caret = `${' '.repeat(gutter.length + before)}^`;
  return `${head}\n${gutter}${visibleText(excerpt)}\n${caret}`;
}

/** The closing line: "2 lỗi, 1 cảnh báo" / "2 errors, 1 warning". */
export function formatCounts(diagnostics: readonly Diagnostic[], language: Language): string {
  const errors = diagnostics.filter((entry) => entry.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (language === 'vi') return `${errors} lỗi, ${warnings} cảnh báo`;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/**
 * Machine-readable diagnostics: one JSON document with every field and the
 * message in the chosen language; `extra` adds keys of the command's own
 * (the figures of `summary`), so stdout stays one document.
 */
export function formatJson(
  diagnostics: readonly Diagnostic[],
  language: Language,
  extra: Record<string, unknown> = {},
): string {
  const items = diagnostics.map((entry) => ({
    file: entry.file,
    line: entry.line,
    column: entry.column,
    ...(entry.endLine !== undefined ? { endLine: entry.endLine, endColumn: entry.endColumn } : {}),
    ...(entry.sheet !== undefined ? { sheet: entry.sheet } : {}),
    ...(entry.cell !== undefined ? { cell: entry.cell } : {}),
    severity: entry.severity,
    code: entry.code,
    message: describe(entry, language),
    args: entry.args,
  }));
  const errors = diagnostics.filter((entry) => entry.severity === 'error').length;
  const document = { errors, warnings: diagnostics.length - errors, diagnostics: items, ...extra };
  return `${JSON.stringify(document, null, 2)}\n`;
}

// GitHub workflow commands: data escapes %, CR, LF; property values also : and ,.
const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `::error file=<path>,line=<n>,col=<n>,title=<code>::<message>`. `pathPrefix` turns
 * dataset-relative paths into repository-relative ones (e.g. `data/`).
 */
export function formatGithub(
  diagnostic: Diagnostic,
  language: Language,
  pathPrefix: string,
): string {
  const properties = [`file=${escapeProperty(visibleText(pathPrefix + diagnostic.file))}`];
  if (diagnostic.line > 0) {
    properties.push(`line=${diagnostic.line}`, `col=${diagnostic.column}`);
    if (diagnostic.endLine !== undefined)
      properties.push(`endLine=${diagnostic.endLine}`, `endColumn=${diagnostic.endColumn}`);
  }
  properties.push(`title=${escapeProperty(`dx-report ${diagnostic.code}`)}`);
  const place = diagnostic.sheet === undefined ? '' : `${sheetPlace(diagnostic)}: `;
  return `::${diagnostic.severity} ${properties.join(',')}::${escapeData(visibleLines(place + describe(diagnostic, language)))}`;
}
