/**
 * How a template's dotted paths are compiled. Handlebars's strict mode (which
 * makes a misspelt field an error) also assumes every object on a path
 * exists: `value.note` compiles to `lookup(lookup(this, "value"), "note")`,
 * which throws a TypeError when `value` is null, and null is how the report
 * model says "no value yet" (an indicator not measured in the period). The
 * bundled template failed so for every dataset with such an indicator.
 *
 * Here a path stops at null or undefined and yields it (as `value?.note`
 * would), while every part of a path a mustache prints is still checked
 * against the object it is read from: a field the model does not have is an
 * error, a field it has with no value is not. Helper arguments are checked
 * by the helpers (an undefined argument names an unknown field).
 */
import type HandlebarsModule from 'handlebars';

type Handlebars = typeof HandlebarsModule;

/** The parts of Handlebars's JavaScriptCompiler used here (it has no typings). */
interface CompilerInstance {
  options: { strict?: boolean };
  source: { currentLocation?: unknown };
  replaceStack(callback: (current: string) => unknown[]): void;
  nameLookup(parent: string, name: string, type: string): unknown;
  aliasable(name: string): unknown;
  quotedString(text: string): unknown;
}
interface CompilerPrototype {
  compiler: unknown;
  resolvePath(
    this: CompilerInstance,
    type: string,
    parts: string[],
    start: number,
    falsy: boolean,
    strict: boolean,
  ): void;
}
type CompilerClass = (new () => CompilerInstance) & { prototype: CompilerPrototype };

/** Makes `handlebars` (a full environment, not the runtime) compile paths as above. */
export function useNullSafePaths(handlebars: Handlebars): Handlebars {
  const environment = handlebars as unknown as { JavaScriptCompiler: CompilerClass };
  const Base = environment.JavaScriptCompiler;
  // The subclassing Handlebars documents: an instance of the base as prototype, `compiler` for nested programs.
  function NullSafeCompiler(): void {}
  const prototype = new Base() as unknown as CompilerPrototype;
  NullSafeCompiler.prototype = prototype;
  prototype.compiler = NullSafeCompiler;
  prototype.resolvePath = function (type, parts, start, falsy, strict) {
    if (!this.options.strict) {
      Base.prototype.resolvePath.call(this, type, parts, start, falsy, strict);
      return;
    }
    const location = JSON.stringify(this.source.currentLocation) ?? 'undefined';
    for (let i = start; i < parts.length; i++) {
      const name = parts[i]!;
      this.replaceStack((current) => {
        // Object(): a text's `length` is found, a number's missing field is reported, not a TypeError.
        const lookup = strict
          ? [
              this.aliasable('container.strict'),
              '(Object(',
              current,
              '), ',
              this.quotedString(name),
              ', ',
              location,
              ')',
            ]
          : this.nameLookup(current, name, type);
        return [' != null ? ', lookup, ' : ', current];
      });
    }
  };
  environment.JavaScriptCompiler = NullSafeCompiler as unknown as CompilerClass;
  return handlebars;
}
