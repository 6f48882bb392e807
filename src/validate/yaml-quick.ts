/**
 * The quick way from YAML text to a value, for files that turn out clean.
 *
 * `yaml` (yaml-source.ts) keeps a node tree with ranges, which every message
 * needs to point at a line and column, but it reads only 3–4 MB/s. js-yaml 4
 * builds plain values about ten times as fast (a national dataset's 18 MB:
 * 0.54 s against 5.4 s; js-yaml 5, which builds a list of events first, took
 * 1.35 s) and keeps no positions. Most
 * files of a dataset in daily use have nothing to report, so each file is read
 * here first; a file with anything to report, or with any YAML feature on which
 * the two parsers could disagree, is read again by `yaml`, and a position is
 * looked up only for a message that needs it (locate-pending.ts).
 */
import { FAILSAFE_SCHEMA, load, type LoadOptions, Type } from 'js-yaml';
import type { Limits } from '../dataset/limits.js';
import { withLfLineEnds } from './line-ends.js';
import { inNfc } from './nfc.js';

/**
 * The numbers of YAML 1.2's core schema, read as `yaml` reads them (its tags
 * int, intOct, intHex, float, floatExp, floatNaN): js-yaml's own number tags
 * are left out of the schema, so a plain scalar is a number to both readers
 * or to neither.
 */
const NUMBER_FORMS: readonly [RegExp, (text: string) => number][] = [
  [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
  [/^0o[0-7]+$/, (text) => parseInt(text.slice(2), 8)],
  [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.slice(2), 16)],
  [
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    (text) =>
      text.endsWith('nan') || text.endsWith('NaN') || text.endsWith('NAN')
        ? NaN
        : text.startsWith('-')
          ? -Infinity
          : Infinity,
  ],
  [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/, (text) => parseFloat(text)],
];

const CORE_NUMBER = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string | null) => text !== null && NUMBER_FORMS.some(([form]) => form.test(text)),
  construct: (text: string) => NUMBER_FORMS.find(([form]) => form.test(text))![1](text),
});

/** YAML 1.2's core null and booleans, as `yaml` reads them. */
const CORE_NULL = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string | null) => text === null || /^(?:~|null|Null|NULL)?$/.test(text),
  construct: () => null,
});
const CORE_BOOLEAN = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string | null) =>
    text !== null && /^(?:true|True|TRUE|false|False|FALSE)$/.test(text),
  construct: (text: string) => text.toLowerCase() === 'true',
});

/** YAML 1.2's core schema as `yaml` reads it: strings, lists and mappings (js-yaml's failsafe schema), null, booleans, numbers. */
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [CORE_NULL, CORE_BOOLEAN, CORE_NUMBER] });

/**
 * What a reading met that `yaml` must decide instead, found as js-yaml
 * builds each node (its listener): an anchor (so a value is never shared,
 * and walking it stays linear; an alias needs one), more than the node
 * budget (a file of a million `{}` is handed to `yaml`, which refuses it at
 * its node limit, before js-yaml has spent half a gigabyte building it).
 */
function watcher(budget: number): (event: string, state: object) => void {
  let nodes = 0;
  return (event, state) => {
    if (event === 'open') {
      nodes += 1;
      if (nodes > budget) throw new RangeError('too many nodes: left to yaml');
    } else if ((state as { anchor?: string | null }).anchor != null)
      throw new RangeError('an anchor: left to yaml');
  };
}

/**
 * Keys as `yaml` gives them: js-yaml turns a `null:`/`~:` key into "null"
 * where `yaml` gives "", `__proto__` needs care, and a key longer than 1,024
 * characters is an error to `yaml` alone. A key "null" may have been written
 * `"null"`, which both read alike, but the file goes to `yaml` all the same.
 */
const keyLeftToYaml = (key: string): boolean =>
  key === 'null' || key === '__proto__' || key.length > 1024;

/** Whether any mapping of the value has a key left to `yaml`; iterative. */
function hasKeyLeftToYaml(root: object): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const key in node) {
      if (keyLeftToYaml(key)) return true;
      const item = (node as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return false;
}

/**
 * A tag (`!!float 1`, `!x`) may be resolved differently by the two parsers, and
 * a directive (`%YAML 1.1`) changes `yaml`'s schema: leave those to `yaml`.
 * A `!` inside text ("Lưu ý!") is not a tag: a tag starts a node, after a space
 * or an indicator.
 */
const TAG_OR_DIRECTIVE = /(?:^|[\s[{,])!|^%/m;

/**
 * A comment line less indented than the content after it (`-`, `#a`, ` 3]`):
 * the two parsers disagree whether that content still belongs to the node
 * opened before the comment (yaml reads `-\n#a\n 3]\n- x` as one item
 * "3] - x", js-yaml as two; yaml refuses `a:\n#c\n 3`, js-yaml reads 3).
 * Leave such text to `yaml`, which every message follows.
 */
/**
 * A list item with nothing after its `-`: js-yaml takes a next item less
 * indented into the same list (` -` then `- x` is `[null, "x"]` to it, an
 * error to `yaml`).
 */
const EMPTY_ITEM = /^[ \t]*-[ \t]*(?:#.*)?$/m;

/**
 * A key that is not a scalar (`? [a, b]`, `[a]: 1`, `{a: 1}: 2`): js-yaml
 * joins a list into "a,b", `yaml` writes "[ a, b ]". An explicit key (`? `),
 * or a closing bracket right before a key's colon, leaves the file to `yaml`.
 */
const COMPLEX_KEY = /(?:^|[\s[{,])\?(?:[ \t]|$)|[\]}][ \t]*:(?:[ \t]|$)/m;

/**
 * A quoted text or a flow collection (`[…]`, `{…}`) whose next lines are
 * not indented past the start of its own line's content (after any `- `):
 * `yaml` requires them indented, js-yaml does not check (`c: "q` or
 * `b: [1,` then text at the margin is an error to `yaml` alone). Such text,
 * a tab before a next line's text, or one that does not end, leaves the file
 * to `yaml`, as does text right after its end. Every quote or bracket that may open one (at a line's start or
 * after a space or an indicator) is followed to its end; one inside plain
 * text that does not end on its line only sends the file to `yaml`.
 */
function hasFlowOverLines(text: string): boolean {
  FLOW_START.lastIndex = 0;
  for (let found = FLOW_START.exec(text); found !== null; found = FLOW_START.exec(text)) {
    // Not in a comment (a `#` after a space or at the line's start, before it on its line).
    const lineStart = text.lastIndexOf('\n', found.index) + 1;
    if (/(?:^|\s)#/.test(text.slice(lineStart, found.index + 1))) continue;
    const end = flowEnd(text, found.index + found[0].length - 1);
    // Text right after its end (`[]#`, `"a"b`) is for `yaml` to judge.
    if (end === -1 || !/[\s,\]}:]/.test(text[end + 1] ?? ' ')) return true;
    FLOW_START.lastIndex = end + 1;
  }
  return false;
}

/**
 * Where the quoted text or flow collection opened at `start` ends, or -1 when
 * it does not, or goes on over a line not indented past its first line's content.
 */
function flowEnd(text: string, start: number): number {
  let quote: string | null = null;
  let depth = 0;
  let margin = -1;
  for (let at = start; at < text.length; at += 1) {
    const char = text[at]!;
    if (char === '\n') {
      if (margin === -1) margin = contentColumn(text, text.lastIndexOf('\n', start - 1) + 1);
      let indent = 0;
      while (text[at + 1 + indent] === ' ') indent += 1;
      const next = text[at + 1 + indent];
      if (next === '\t') return -1;
      if (next !== '\n' && next !== undefined && indent <= margin) return -1;
    } else if (quote !== null) {
      if (quote === '"' && char === '\\') at += 1;
      else if (char === quote && quote === "'" && text[at + 1] === "'") at += 1;
      else if (char === quote) {
        quote = null;
        if (depth === 0) return at;
      }
    } else if (char === '#') {
      const before = text[at - 1] ?? '\n';
      // A comment, to its line's end; a `#` where a node starts (`[#`) is for `yaml` to judge.
      if (/\s/.test(before)) while (text[at + 1] !== undefined && text[at + 1] !== '\n') at += 1;
      else if ('[{,'.includes(before)) return -1;
    } else if (char === '"' || char === "'") {
      // Inside a collection, a quote opens a text only where a node may start.
      if (at === start || /[\s[{,:]/.test(text[at - 1] ?? '')) quote = char;
    } else if (char === '[' || char === '{') depth += 1;
    else if (char === ']' || char === '}') {
      depth -= 1;
      if (depth === 0) return at;
    }
  }
  return -1;
}

/** A quote or a bracket where a quoted text or a flow collection may start. */
const FLOW_START = /(?:^|[\s[{,:])(["'[{])/gm;

/** Where a line's content starts: past its spaces and any `- ` of a list item. */
function contentColumn(text: string, lineStart: number): number {
  let at = lineStart;
  for (;;) {
    while (text[at] === ' ') at += 1;
    if (text[at] === '-' && (text[at + 1] === ' ' || text[at + 1] === '\t')) at += 1;
    else return at - lineStart;
  }
}

/** A line whose first character after spaces and tabs is `#`. */
const COMMENT_LINE = /^[ \t]*#/gm;

export function hasOutdentedComment(text: string): boolean {
  // Only the lines after a comment matter: comments are found by one native scan (most
  // files have none), and the lines after each are read until the first with content.
  COMMENT_LINE.lastIndex = 0;
  for (let found = COMMENT_LINE.exec(text); found !== null; found = COMMENT_LINE.exec(text)) {
    let commentIndent = found[0].length - 1;
    let start = text.indexOf('\n', found.index) + 1;
    while (start > 0 && start < text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      let first = start;
      while (first < end && (text[first] === ' ' || text[first] === '\t')) first += 1;
      if (first < end) {
        const indent = first - start;
        if (text[first] !== '#') {
          if (indent > commentIndent) return true;
          break;
        }
        commentIndent = Math.min(commentIndent, indent);
      }
      start = end + 1;
    }
    // The next search starts at the line that ended this run (or past the end).
    COMMENT_LINE.lastIndex = start > 0 ? start : text.length;
  }
  return false;
}

/**
 * The file's value, or undefined when `yaml` must read it: the text is not one
 * non-empty mapping or list, has a syntax error, a duplicate key (keys that
 * become one in NFC included), an alias (so a value is never shared, and
 * walking it stays linear), a tag or directive, a comment less indented than
 * the content after it, nests near `limits.maxDepth`,
 * or holds more than half of `limits.maxNodes` nodes. Line ends are read as
 * YAML 1.2 defines them, as by `parseYaml`. Strings are NFC, as from
 * `parseYaml`.
 */
export function parseYamlQuickly(source: string, limits: Limits): object | undefined {
  const text = withLfLineEnds(source);
  if (
    TAG_OR_DIRECTIVE.test(text) ||
    COMPLEX_KEY.test(text) ||
    EMPTY_ITEM.test(text) ||
    hasOutdentedComment(text) ||
    hasFlowOverLines(text)
  )
    return undefined;
  let value: unknown;
  try {
    const options: LoadOptions & { maxDepth: number } = {
      schema: SCHEMA,
      // yaml counts the nodes of the text, up to twice the nodes of the value (`- a` is `-` and
      // `a`): past half the limit, yaml decides, so the two readers never disagree on a file.
      listener: watcher(limits.maxNodes / 2),
      // Margin below the limit: near it, `yaml`'s own count decides what to report.
      maxDepth: Math.max(1, limits.maxDepth - 2),
    };
    value = load(text, options);
  } catch {
    // Any failure, a stack overflow included, is for `yaml` to explain with a position.
    return undefined;
  }
  if (value === null || typeof value !== 'object' || hasKeyLeftToYaml(value)) return undefined;
  return inNfc(value, text)?.value as object | undefined;
}
