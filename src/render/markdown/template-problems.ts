/**
 * Handlebars's errors, as problems a template author can act on, at their
 * place in the template: Handlebars says "Parse error on line 2:" with a
 * caret under a cut of the text, or `"nam" not defined in [object Object] -
 * 5:2`; here they become a TemplateError with a code, the names involved,
 * and a 1-based line and column.
 */
import { suggest } from '../../model/suggest.js';
import { readDirective } from '../document/directives.js';
import { HELPERS, suggestField } from './helpers.js';
import { TemplateError } from '../../errors/known-errors.js';

const BLOCK_TAG = /\{\{~?\s*([#/^])\s*([^\s}~]+)/g;

/** The line and 1-based column of an offset in a text. */
function place(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The first block opened (`{{#each}}`) that no `{{/each}}` closes, where it opened. */
function unclosedBlock(source: string): { name: string; offset: number } | undefined {
  const open: { name: string; offset: number }[] = [];
  for (const match of source.matchAll(BLOCK_TAG)) {
    const [, sign, name] = match;
    if (sign === '#') open.push({ name: name!, offset: match.index });
    else if (sign === '/' && open.at(-1)?.name === name) open.pop();
  }
  return open.at(-1);
}

/**
 * Where a jison parse error stopped: the message shows up to 20 characters
 * before it (newlines removed, "..." when cut) over a caret; the error line is
 * given. The column is where that text ends on the line.
 */
function parseErrorPlace(source: string, message: string): { line: number; column: number } {
  const [first = '', snippet = '', caret = ''] = message.split('\n');
  const line = Number(/line (\d+)/.exec(first)?.[1] ?? 1);
  const before = snippet.slice(0, Math.max(0, caret.length - 1)).replace(/^\.\.\./, '');
  const lines = source.split('\n');
  const flatBefore = lines.slice(0, line - 1).join('');
  const text = lines[line - 1] ?? '';
  for (let column = text.length; column >= 0; column--)
    if ((flatBefore + text.slice(0, column)).endsWith(before)) return { line, column: column + 1 };
  return { line, column: 1 };
}

/** A Handlebars error thrown while parsing a template, as a placed TemplateError. */
export function syntaxProblem(source: string, error: unknown): TemplateError {
  const message = error instanceof Error ? error.message : String(error);
  const mismatch = /^(\S+) doesn't match (\S+) - (\d+):(\d+)/.exec(message);
  if (mismatch) {
    const [, opened, closed, line, column] = mismatch;
    return new TemplateError(
      'templateMismatchedBlock',
      [opened!, closed!],
      Number(line),
      Number(column) + 1,
    );
  }
  if (/got 'EOF'/.test(message)) {
    const block = unclosedBlock(source);
    if (block) {
      const { line, column } = place(source, block.offset);
      return new TemplateError('templateUnclosedBlock', [block.name], line, column);
    }
  }
  const { line, column } = parseErrorPlace(source, message);
  return new TemplateError('templateSyntax', [], line, column);
}

/** Where `{{> name}}` (or `{{#> name}}`) first calls a partial, or the first partial call. */
function partialCall(source: string, name?: string): { line: number; column: number } | undefined {
  for (const match of source.matchAll(/\{\{~?\s*#?>\s*([^\s}~]+)/g))
    if (name === undefined || match[1] === name) return place(source, match.index);
  return undefined;
}

/**
 * An error thrown while rendering, as what it is. Handlebars's own errors
 * (`fromHandlebars`) and a stack overflow in a template that calls partials
 * are the template's: a field the model does not have (strict mode), an
 * unknown helper, a missing partial, a recursion, a block helper used wrongly;
 * each becomes a placed TemplateError. Anything else is a fault of the
 * program and is returned as it is (the CLI reports it as unexpected, exit 3).
 */
export function renderProblem(source: string, error: unknown, fromHandlebars: boolean): unknown {
  if (error instanceof TemplateError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && /call stack/i.test(message)) {
    const call = partialCall(source);
    return call ? new TemplateError('templateRecursion', [], call.line, call.column) : error;
  }
  if (!fromHandlebars) return error;
  const partial = /^The partial (.+) could not be found/.exec(message);
  if (partial) {
    const call = partialCall(source, partial[1]);
    return new TemplateError('templatePartialMissing', [partial[1]!], call?.line, call?.column);
  }
  const found = /"([^"]+)" not defined in .* - (\d+):(\d+)/.exec(message);
  const missingHelper = /Missing helper: "([^"]+)"/.exec(message);
  const details = error as { lineNumber?: number; column?: number };
  const line = found ? Number(found[2]) : details.lineNumber;
  const column = (found ? Number(found[3]) : (details.column ?? 0)) + 1;
  const name = found?.[1] ?? missingHelper?.[1];
  if (name === undefined)
    return new TemplateError(
      'templateBlockUse',
      [message.replace(/ - \d+:\d+$/, '')],
      line,
      line === undefined ? undefined : column,
    );
  const after = (source.split('\n')[(line ?? 1) - 1] ?? '').slice(column - 1 + name.length);
  const called = missingHelper !== null || /^\s+[^\s}~]/.test(after);
  return called
    ? new TemplateError(
        'templateUnknownHelper',
        [name, suggest(name, Object.keys(HELPERS)) ?? ''],
        line,
        column,
      )
    : new TemplateError('templateUnknownField', [name, suggestField(name)], line, column);
}

/** Handlebars comments (`{{!-- … --}}`, `{{! … }}`) blanked, the lines kept where they were. */
function withoutComments(source: string): string {
  return source.replace(/\{\{~?!--[\s\S]*?--~?\}\}|\{\{~?![\s\S]*?\}\}/g, (comment) =>
    comment.replace(/[^\n]/g, ' '),
  );
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The first layout directive the template writes wrongly (document/directives.ts:
 * a name no directive has, a word it does not take, a comment not alone on its
 * line), at its line and column; none inside a fenced block or a Handlebars
 * comment. A directive made by a mustache (`<!-- dx:{{…}} -->`) is judged
 * once rendered, by the printer.
 */
export function directiveProblem(source: string): TemplateError | undefined {
  let fence: string | null = null;
  for (const [index, line] of withoutComments(source).split('\n').entries()) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length)
        fence = null;
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      continue;
    }
    const read = readDirective(line.replace(/\r$/, ''));
    if (read === null || 'directive' in read || line.includes('{{')) continue;
    return new TemplateError(read.problem, read.args, index + 1, read.column + 1);
  }
  return undefined;
}
