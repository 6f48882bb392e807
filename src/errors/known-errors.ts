/**
 * Every error dx-report throws on purpose, in one light module (it imports
 * only its messages), so that whoever must recognise one, the pipeline or the
 * CLI's exit policy at start-up, does so by class (`instanceof`) without
 * loading the stage that throws it. Each carries data (a code, the values its
 * message needs), not prose: the user's language is chosen where it is shown
 * (usage-messages.ts, cli/messages.ts). Data problems are never thrown: they
 * are diagnostics (diagnostics/diagnostic.ts).
 *
 * Usage errors exit 2. The pipeline turns the errors that a user's input
 * causes (a missing data folder, a template or reference document that cannot
 * be used, a PDF LibreOffice cannot make) into UsageErrors; OutputLockedError
 * and ReportTooLargeError exit 3 with a sentence of their own; anything else
 * is a bug (exit 3, the stack with --debug).
 */
import { englishUsage, type UsageCode } from './usage-messages.js';

export type { UsageCode } from './usage-messages.js';

/** A usage error (exit 2): bad options, a missing folder, an unreadable template. `message` is English. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly args: string[];
  constructor(
    readonly code: UsageCode,
    ...args: string[]
  ) {
    super(englishUsage(code, args));
    this.args = args;
  }
}

/** The data folder itself is missing (load/): a usage error, not a data error. */
export class DataFolderError extends Error {
  override readonly name = 'DataFolderError';
  constructor(readonly folder: string) {
    super(`data folder not found: ${folder}`);
  }
}

/** Why a file was not read (load/read-regular-file.ts): not a regular file, or larger than allowed. */
export class NotRegularFileError extends Error {
  override readonly name = 'NotRegularFileError';
  constructor(
    readonly reason: 'not-a-file' | 'too-large',
    readonly size: number,
  ) {
    super(reason);
  }
}

/** What is wrong with a Markdown template, as a code; the args the message needs come with it. */
export type TemplateProblem =
  /** Handlebars cannot parse the template (args: none). */
  | 'templateSyntax'
  /** A block `{{#name}}` never closed (args: name). */
  | 'templateUnclosedBlock'
  /** `{{#a}} … {{/b}}` (args: opened, closed). */
  | 'templateMismatchedBlock'
  /** A field the model does not have (args: field, suggestion or ''). */
  | 'templateUnknownField'
  /** A helper that does not exist (args: helper, suggestion or ''). */
  | 'templateUnknownHelper'
  /** A helper given the wrong kind of value (args: helper, expected kind, value as JSON). */
  | 'templateHelperArgument'
  /** `{{> name}}` names a partial the template does not define (args: name). */
  | 'templatePartialMissing'
  /** Partials that call each other without end (args: none; placed at the first partial call). */
  | 'templateRecursion'
  /** The template writes more than counted-output.ts allows (args: the limit in millions of characters). */
  | 'templateOutputTooLarge'
  /** A built-in block used wrongly, as Handlebars words it (args: its message). */
  | 'templateBlockUse'
  /** `<!-- dx:name -->` with a name no directive has (args: name, suggestion or '', the directives). */
  | 'templateUnknownDirective'
  /** A directive given a word it does not take (args: directive, word, suggestion or '', the words it takes or ''). */
  | 'templateDirectiveWord'
  /** A `<!-- dx:` comment not written as a directive: not alone on its line, or not closed there (args: the text). */
  | 'templateDirectiveForm';

/** The kinds of value template helpers expect, named in the message. */
export type ExpectedKind =
  | 'ratio'
  | 'number'
  | 'roman'
  | 'text'
  | 'agency'
  | 'agencies'
  | 'index'
  | 'indicators'
  | 'figures'
  | 'target'
  | 'list'
  | 'deadline'
  | 'document'
  | 'word'
  | 'field'
  | 'data'
  | 'date';

/**
 * A Markdown template that cannot be compiled or rendered (render/markdown/):
 * a syntax error, a field the report model does not have, an unknown helper,
 * a helper given the wrong kind of value. The user's template is wrong, not
 * the program: `templateUsageError` makes it a usage error at its line and column.
 */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    readonly problem: TemplateProblem,
    readonly args: readonly string[],
    /** 1-based line and column in the template, when known. */
    readonly line?: number,
    readonly column?: number,
  ) {
    super(
      `${problem}: ${args.join(', ')}${line === undefined ? '' : ` at ${line}:${column ?? 1}`}`,
    );
  }

  /** The same problem, placed at a line and column (when it has no place yet). */
  at(line: number, column: number): TemplateError {
    return this.line === undefined
      ? new TemplateError(this.problem, this.args, line, column)
      : this;
  }
}

/**
 * The usage error that a known error of the user's input amounts to, naming
 * the file at fault (the template, the reference document), or the error
 * itself when it is not one: a missing data folder, a template or reference
 * document that cannot be used, a PDF that LibreOffice cannot make.
 */
export function asUsageError(
  error: unknown,
  files: { template?: string | undefined; docxReference?: string | undefined } = {},
): unknown {
  if (error instanceof DataFolderError) return new UsageError('noDataFolder', error.folder);
  if (error instanceof TemplateError) return templateUsageError(error, files.template ?? '');
  if (error instanceof DocxReferenceError)
    return new UsageError(
      'badDocxReference',
      files.docxReference ?? '',
      error.reason,
      error.detail,
      error.part,
    );
  if (error instanceof ConversionError)
    return error.kind === 'no-converter'
      ? new UsageError('noLibreOffice')
      : new UsageError('pdfFailed', error.message);
  return error;
}

/** A template's problem as the usage error the user sees: the file, and its line and column when known. */
export function templateUsageError(error: TemplateError, file: string): UsageError {
  const where = error.line === undefined ? file : `${file}:${error.line}:${error.column ?? 1}`;
  return new UsageError(error.problem, where, ...error.args);
}

/** What is wrong with a `--docx-reference`; the messages word each in the user's language. */
export type DocxReferenceProblem =
  | 'not-zip'
  /** The ZIP's directory or entry is inconsistent: an entry past the file's end, two of one name, more data than declared, ZIP64, encrypted. */
  | 'damaged'
  | 'too-many-entries'
  | 'not-word'
  | 'no-styles'
  | 'too-large'
  | 'unsafe'
  /** Not well-formed XML (detail: line:column). */
  | 'bad-xml'
  /** The root element is not w:styles (detail: its name). */
  | 'wrong-root'
  /** The page of its last section (w:pgSz, w:pgMar in word/document.xml) leaves no room for text. */
  | 'bad-page'
  /** Elements nested past the limit (detail: line:column). */
  | 'too-deep';

/** What is wrong with a damaged reference archive (render/docx/reference-zip.ts; the detail of 'damaged'). */
export type ZipDamage =
  'past-end' | 'duplicate-name' | 'size-mismatch' | 'zip64' | 'encrypted' | 'method';

/** The office's reference document (`--docx-reference`) is not a Word document the briefing can take styles from. */
export class DocxReferenceError extends Error {
  override readonly name = 'DocxReferenceError';
  constructor(
    readonly reason: DocxReferenceProblem,
    /** Where or what, for the reasons that say it. */
    readonly detail = '',
    /** The part of the package at fault. */
    readonly part = 'word/styles.xml',
  ) {
    super(`unusable Word reference document: ${reason}${detail === '' ? '' : ` (${detail})`}`);
  }
}

/** A conversion that could not run (convert/pdf.ts): LibreOffice is missing, or it failed. */
export class ConversionError extends Error {
  override readonly name = 'ConversionError';
  constructor(
    readonly kind: 'no-converter' | 'failed',
    detail: string,
  ) {
    super(detail);
  }
}

/** Another build holds the output folder's lock (write/output-lock.ts; exit 3, with who and since when). */
export class OutputLockedError extends Error {
  override readonly name = 'OutputLockedError';
  constructor(
    /** The output folder. */
    readonly outDir: string,
    readonly lockFile: string,
    readonly holder: { pid: number; host: string; since: string } | undefined,
  ) {
    super(
      `another dx-report (${holder ? `pid ${holder.pid}` : 'unknown'}) is writing into ${outDir}`,
    );
  }
}

/**
 * A report larger than the longest text JavaScript can hold (about 512 million
 * characters, render/registry.ts): a dataset near its size limit, in a verbose
 * format. Said as such (exit 3, one line) rather than as V8's "Invalid string length".
 */
export class ReportTooLargeError extends Error {
  override readonly name = 'ReportTooLargeError';
  constructor(readonly format: string) {
    super(`the ${format} report is too large to write`);
  }
}
