/**
 * The one policy for characters that no report should carry, applied once to
 * the report model and the template (render/registry.ts) before any printer
 * runs, so no format can miss it or disagree with another: each control character (C0 but tab and line ends,
 * DEL, C1), each Unicode bidirectional formatting character (the embeddings,
 * overrides and isolates U+202A–U+202E, U+2066–U+2069, and the marks U+200E,
 * U+200F, U+061C), each lone surrogate and the noncharacters U+FFFE, U+FFFF
 * becomes U+FFFD (�). A NUL made Git treat the Markdown as binary, a U+202E
 * reversed the rest of a table row, XML cannot hold C0 controls at all; the
 * visible U+FFFD shows that something was there, and where.
 */

/** The characters above, as a regular expression source (test/render/safe-text.test.ts checks the set). */
export const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every character UNSAFE_CHARACTERS can match is one of these (surrogates, paired or not, included). */
const MAYBE_UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The text with every unsafe character (see above) replaced by U+FFFD. */
export function safeText(text: string): string {
  // One plain scan for the common case, a text with none of them; the full pattern looks around surrogates.
  return MAYBE_UNSAFE.test(text) ? text.replace(UNSAFE_CHARACTERS, '\uFFFD') : text;
}

/** Whether a string holds a character safeText would replace. */
const unsafe = (text: string) => MAYBE_UNSAFE.test(text) && safeText(text) !== text;

/**
 * Whether any string of plain JSON data, keys included, holds a character
 * safeText would replace. Strings are tested where they are met and only
 * objects and arrays wait on the stack (a national model holds some two
 * million values).
 */
function holdsUnsafe(value: unknown): boolean {
  if (typeof value === 'string') return unsafe(value);
  if (value === null || typeof value !== 'object') return false;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (Array.isArray(item)) {
      for (const each of item as unknown[]) {
        if (typeof each === 'string') {
          if (unsafe(each)) return true;
        } else if (each !== null && typeof each === 'object') stack.push(each);
      }
      continue;
    }
    for (const key in item) {
      // Testing a key costs less than remembering which keys were tested (a set lookup each).
      if (unsafe(key)) return true;
      const each = (item as Record<string, unknown>)[key];
      if (typeof each === 'string') {
        if (unsafe(each)) return true;
      } else if (each !== null && typeof each === 'object') stack.push(each);
    }
  }
  return false;
}

/**
 * Plain JSON data (the report model) with safeText applied to every string,
 * keys included: the data itself when no string needs it (the common case:
 * no copy of a national model is made), else a copy. Iterative: no depth of
 * data can overflow it.
 */
export function safeStrings<T>(value: T): T {
  return holdsUnsafe(value) ? copySafe(value) : value;
}

function copySafe<T>(value: T): T {
  if (typeof value === 'string') return safeText(value) as T;
  if (value === null || typeof value !== 'object') return value;
  const root: unknown = Array.isArray(value) ? [] : {};
  const stack: [unknown, Record<string, unknown> | unknown[]][] = [[value, root as never]];
  while (stack.length > 0) {
    const [source, target] = stack.pop()!;
    for (const [key, item] of Object.entries(source as object)) {
      let copy: unknown = item;
      if (typeof item === 'string') copy = safeText(item);
      else if (item !== null && typeof item === 'object') {
        copy = Array.isArray(item) ? [] : {};
        stack.push([item, copy as never]);
      }
      if (Array.isArray(target)) target.push(copy);
      // defineProperty: a key `__proto__` (an id may be one) stays a plain own property.
      else
        Object.defineProperty(target, safeText(key), {
          value: copy,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }
  return root as T;
}
