/**
 * A bound on what a template writes, checked while it writes. A template of
 * a few hundred KB can nest loops over the tasks, or call partials in loops,
 * and write hundreds of MB (a 570 KB template wrote 457 MB using 2.4 GB);
 * checking the text once it is built would come after the memory is spent.
 *
 * Templates are compiled so that every piece of text put into the output
 * (each run of the template's own text, each `{{value}}` printed) passes
 * through one counter first. What a block or a partial returns is made of
 * pieces already counted, so it is not counted again: the count is the
 * length of the output itself. Past MAX_OUTPUT_CHARS the render stops with a
 * TemplateError (`templateOutputTooLarge`) at the piece that passed it.
 * The bundled briefing is some 20,000 characters; a province's, under 1 MB.
 */
import type HandlebarsModule from 'handlebars';
import { TemplateError } from '../../errors/known-errors.js';

type Handlebars = typeof HandlebarsModule;

/** The most characters (UTF-16 code units) a template may write: 64 million. */
export const MAX_OUTPUT_CHARS = 64_000_000;

/** The counter's name among the helpers: no template names it by accident, and calling it only counts. */
export const OUTPUT_COUNTER = 'dx-report output';

/** Characters the render under way may still write; undefined outside a render. */
let left: number | undefined;

/** Runs a render (synchronous, as Handlebars's are) with a fresh allowance of MAX_OUTPUT_CHARS. */
export function withOutputLimit<T>(render: () => T): T {
  const outer = left;
  left = MAX_OUTPUT_CHARS;
  try {
    return render();
  } finally {
    left = outer;
  }
}

/** The helper every piece of output passes through: counts it and hands it on unchanged. */
export function countOutput(value: unknown, line: unknown, column: unknown): unknown {
  if (value == null || left === undefined) return value;
  // Counted as Handlebars prints it (`'' + value`): a list prints its items joined.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  left -= typeof value === 'string' ? value.length : String(value).length;
  if (left < 0)
    throw new TemplateError(
      'templateOutputTooLarge',
      [String(MAX_OUTPUT_CHARS / 1_000_000)],
      typeof line === 'number' && line > 0 ? line : undefined,
      typeof column === 'number' ? column : undefined,
    );
  return value;
}

/** The parts of Handlebars's compilers used here (they have no typings). */
interface Location {
  start: { line: number; column: number };
}
interface JavaScriptCompilerInstance {
  source: {
    currentLocation?: Location;
    quotedString(text: string): unknown;
    push(source: unknown): void;
  };
  pendingContent: string | undefined;
  pendingLocation: Location | undefined;
  aliasable(name: string): unknown;
  popStack(): unknown;
  push(expression: unknown[]): unknown;
  append(): void;
  appendToBuffer(source: unknown[], location: Location | undefined): unknown;
  pushSource(source: unknown): void;
}
interface JavaScriptCompilerPrototype {
  compiler: unknown;
  appendCounted(this: JavaScriptCompilerInstance): void;
  pushSource(this: JavaScriptCompilerInstance, source: unknown): void;
}
interface CompilerInstance {
  SubExpression(node: unknown): void;
  opcode(name: string): void;
}
interface CompilerPrototype {
  compiler: unknown;
  MustacheStatement(this: CompilerInstance, mustache: unknown): void;
}
type Class<P> = (new () => unknown) & { prototype: P };

/**
 * The counter as the environment holds it, under OUTPUT_COUNTER among the
 * helpers: an object, not a function, because Handlebars wraps every function
 * helper at each render in a function that copies its arguments and adds to
 * an options object (a national briefing passes 500,000 pieces through it:
 * 70 MB of garbage); what is not a function it leaves as it is.
 */
export const OUTPUT_COUNTER_ENTRY = { count: countOutput } as const;

/** `counter.count(value, line, column)`. */
function counted(
  compiler: JavaScriptCompilerInstance,
  value: unknown,
  location: Location | undefined,
): unknown[] {
  const line = location?.start.line ?? 0;
  const column = (location?.start.column ?? 0) + 1;
  const counter = [
    compiler.aliasable('container.helpers'),
    `[${JSON.stringify(OUTPUT_COUNTER)}].count`,
  ];
  return [...counter, '(', value, `, ${line}, ${column})`];
}

/**
 * Makes `handlebars` (a full environment, not the runtime) compile templates
 * whose output is counted as above; the environment that runs them needs
 * the OUTPUT_COUNTER helper (render-markdown.ts `environment`).
 */
export function useCountedOutput(handlebars: Handlebars): Handlebars {
  const environment = handlebars as unknown as {
    Compiler: Class<CompilerPrototype>;
    JavaScriptCompiler: Class<JavaScriptCompilerPrototype>;
  };
  // The subclassing Handlebars documents: an instance of the base as prototype, `compiler` for nested programs.
  const BaseCompiler = environment.Compiler;
  function CountingCompiler(): void {}
  const compilerPrototype = new BaseCompiler() as CompilerPrototype;
  CountingCompiler.prototype = compilerPrototype;
  compilerPrototype.compiler = CountingCompiler;
  // `{{value}}`: a printed value is counted; a block's or a partial's result (made of counted pieces) is not.
  compilerPrototype.MustacheStatement = function (mustache) {
    this.SubExpression(mustache);
    this.opcode('appendCounted');
  };

  const BaseJavaScript = environment.JavaScriptCompiler;
  function CountingJavaScriptCompiler(): void {}
  const prototype = new BaseJavaScript() as JavaScriptCompilerPrototype;
  CountingJavaScriptCompiler.prototype = prototype;
  prototype.compiler = CountingJavaScriptCompiler;
  prototype.appendCounted = function () {
    const location = this.source.currentLocation;
    this.push(counted(this, this.popStack(), location));
    this.append();
  };
  // The template's own text, flushed into the output here (Handlebars's pushSource, counted).
  prototype.pushSource = function (source) {
    if (this.pendingContent) {
      const text = this.source.quotedString(this.pendingContent);
      this.source.push(
        this.appendToBuffer(counted(this, text, this.pendingLocation), this.pendingLocation),
      );
      this.pendingContent = undefined;
    }
    BaseJavaScript.prototype.pushSource.call(this, source);
  };

  environment.Compiler = CountingCompiler as unknown as Class<CompilerPrototype>;
  environment.JavaScriptCompiler =
    CountingJavaScriptCompiler as unknown as Class<JavaScriptCompilerPrototype>;
  return handlebars;
}
