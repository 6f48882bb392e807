/**
 * How a compiled template calls a helper. Handlebars, at each render, wraps
 * every function helper in a function that copies its arguments and adds
 * `lookupProperty` to its options; and each call site builds its options
 * with an empty `hash` and a `loc` of three objects. A national briefing
 * calls helpers some 200,000 times: that was a fifth of the template's time.
 *
 * Here, for the helpers of helpers.ts and Handlebars's block helpers `if`,
 * `unless`, `each` and `with` (which need neither), the template
 * reads the helper from a table of the functions as registered, unwrapped
 * (HELPER_TABLE, an object entry among the helpers, which Handlebars leaves
 * as it is); and every helper call's options, built-in helpers' too, take
 * an empty hash shared by all (EMPTY_HASH_ENTRY, frozen: no helper writes
 * to it) and their
 * place as one text, "line:column-line:column" (Handlebars's own numbers:
 * lines from 1, columns from 0), which only an error reads (helpers.ts).
 * Any other name (a misspelt helper, a built-in) is looked up as before.
 */
import type HandlebarsModule from 'handlebars';

type Handlebars = typeof HandlebarsModule;

/** The table's name among the helpers: no template names it by accident. */
export const HELPER_TABLE = 'dx-report helpers';

/** The hash of every helper call that passes none, and its name among the helpers. */
export const EMPTY_HASH: Readonly<Record<string, never>> = Object.freeze({});
export const EMPTY_HASH_ENTRY = 'dx-report empty hash';

/** A place as Handlebars's compiler knows it. */
interface Location {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** A helper call's place as the options carry it: "3:2-3:20". */
export function placeText(location: Location): string {
  return `${location.start.line}:${location.start.column}-${location.end.line}:${location.end.column}`;
}

/** The parts of Handlebars's JavaScriptCompiler used here (it has no typings). */
interface CompilerInstance {
  source: { currentLocation?: Location };
  setupParams(helper: string, paramSize: number, params: unknown[] | undefined): Options;
  objectLiteral(options: Options): unknown;
  useRegister(name: string): void;
  aliasable(name: string): unknown;
  quotedString(text: string): unknown;
}
type Options = Record<string, unknown>;
interface CompilerPrototype {
  compiler: unknown;
  nameLookup(this: CompilerInstance, parent: string, name: string, type: string): unknown;
  setupHelperArgs(
    this: CompilerInstance,
    helper: string,
    paramSize: number,
    params: unknown[] | undefined,
    useRegister: boolean,
  ): unknown;
}
type CompilerClass = (new () => unknown) & { prototype: CompilerPrototype };

/**
 * Makes `handlebars` (a full environment, not the runtime) compile helper
 * calls as above; `names` are the helpers the table holds, and the
 * environment that runs the templates needs the table (render-markdown.ts).
 */
export function useDirectHelperCalls(handlebars: Handlebars, names: readonly string[]): Handlebars {
  const environment = handlebars as unknown as { JavaScriptCompiler: CompilerClass };
  const table = new Set(names);
  const Base = environment.JavaScriptCompiler;
  // The subclassing Handlebars documents: an instance of the base as prototype, `compiler` for nested programs.
  function DirectCompiler(): void {}
  const prototype = new Base() as CompilerPrototype;
  DirectCompiler.prototype = prototype;
  prototype.compiler = DirectCompiler;
  prototype.nameLookup = function (parent, name, type) {
    if (parent === 'helpers' && type === 'helper' && table.has(name))
      return [
        this.aliasable(`container.helpers[${JSON.stringify(HELPER_TABLE)}]`),
        '[',
        this.quotedString(name),
        ']',
      ];
    return Base.prototype.nameLookup.call(this, parent, name, type);
  };
  // Handlebars's setupHelperArgs, but for the hash and the place.
  prototype.setupHelperArgs = function (helper, paramSize, params, useRegister) {
    const setup = this.setupParams(helper, paramSize, params);
    if (setup.hash === '{}')
      setup.hash = this.aliasable(`container.helpers[${JSON.stringify(EMPTY_HASH_ENTRY)}]`);
    const location = this.source.currentLocation;
    setup.loc = location === undefined ? 'undefined' : this.quotedString(placeText(location));
    const options = this.objectLiteral(setup);
    if (useRegister) {
      this.useRegister('options');
      params!.push('options');
      return ['options=', options];
    }
    if (params) {
      params.push(options);
      return '';
    }
    return options;
  };
  environment.JavaScriptCompiler = DirectCompiler as unknown as CompilerClass;
  return handlebars;
}
