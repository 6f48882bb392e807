/**
 * A Markdown template that cannot be compiled or rendered: a syntax error, a
 * field the report model does not have (templates run in strict mode, helper
 * arguments included), an unknown helper, or a helper given the wrong kind of
 * value. It is the user's template that is wrong, not the program, so the
 * pipeline turns it into a usage error naming the template's line and column,
 * worded in the user's language (pipeline/usage-error.ts words each problem).
 */

/** What is wrong, as a code; the args the message needs come with it. */
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
  /** A built-in block used wrongly, as Handlebars words it (args: its message). */
  | 'templateBlockUse';

/** The kinds of value helpers expect, named in the message. */
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
