/**
 * The quick way from YAML text to a value, for files that turn out clean.
 *
 * `yaml` (yaml-source.ts) keeps a node tree with ranges, which every message
 * needs to point at a line and column, but it reads only 2–3 MB/s. js-yaml
 * builds plain values about three times as fast and keeps no positions. Most
 * files of a dataset in daily use have nothing to report, so each file is read
 * here first; a file with anything to report, or with any YAML feature on which
 * the two parsers could disagree, is read again by `yaml`, and a position is
 * looked up only for a message that needs it (locate-pending.ts).
 */
import {
  CORE_SCHEMA,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  load,
  NOT_RESOLVED,
} from 'js-yaml';
import type { Limits } from '../dataset/limits.js';
import { withLfLineEnds } from './line-ends.js';
import { inNfc } from './nfc.js';

/**
 * Nodes js-yaml may still build in the current reading, counted as they are
 * built (each collection, key and scalar once, as `yaml` counts them): a file
 * of a million `{}` is handed to `yaml` (which refuses it at its node limit)
 * before js-yaml has spent half a gigabyte building it, and a clean file needs
 * no second walk to be counted. js-yaml reads synchronously, so one counter
 * serves every reading.
 */
let nodeBudget = Number.POSITIVE_INFINITY;

/** A collection value is counted when it is created; a scalar when it is added. */
const scalarNodes = (value: unknown): number =>
  value !== null && typeof value === 'object' ? 0 : 1;

function spend(nodes: number): void {
  nodeBudget -= nodes;
  if (nodeBudget < 0) throw new RangeError('too many nodes: left to yaml');
}

/**
 * Plain `{}` mappings with string keys only. js-yaml turns a `null:`/`~:` key
 * into "null" where `yaml` gives "", `__proto__` needs care, and a key longer
 * than 1,024 characters is an error to `yaml` alone: such a key sends the file
 * to `yaml`, so both readings of a file always agree.
 */
const STRING_KEYED_MAP = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => {
    spend(1);
    return {};
  },
  addPair(map, key, value) {
    // Past 1,024 characters an implicit key is an error to `yaml`, not to js-yaml.
    if (typeof key !== 'string' || key === '__proto__' || key.length > 1024)
      return 'not a plain string key';
    // The key, and the value unless it is a collection (counted when it was made).
    spend(1 + scalarNodes(value));
    map[key] = value;
    return '';
  },
  has: (map, key) => typeof key === 'string' && Object.hasOwn(map, key),
  keys: (map) => Object.keys(map),
  get: (map, key) => map[String(key)],
  identify: () => false,
});

/** Plain lists, their items counted like a mapping's values. */
const COUNTED_SEQUENCE = defineSequenceTag<unknown[]>('tag:yaml.org,2002:seq', {
  create: () => {
    spend(1);
    return [];
  },
  addItem(list, item) {
    spend(scalarNodes(item));
    list.push(item);
  },
  identify: () => false,
});

/** The YAML 1.2 core schema's numbers, as `yaml` reads them. */
const CORE_NUMBER =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+)$/;

/**
 * A plain number too large for a double (`1e400`) is Infinity to `yaml` and
 * text to js-yaml. Tried after js-yaml's own int and float tags, so only such
 * a number gets here: it stops the quick reading, and `yaml` reads the file.
 */
const NUMBER_OUT_OF_RANGE = defineScalarTag<never>('tag:dx-report,2026:number-out-of-range', {
  implicit: true,
  implicitFirstChars: ['-', '+', '.', ...'0123456789'],
  resolve(source) {
    if (CORE_NUMBER.test(source)) throw new RangeError('a number out of range: left to yaml');
    return NOT_RESOLVED;
  },
  identify: () => false,
});

const SCHEMA = CORE_SCHEMA.withTags(STRING_KEYED_MAP, COUNTED_SEQUENCE, NUMBER_OUT_OF_RANGE);

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
  if (TAG_OR_DIRECTIVE.test(text) || hasOutdentedComment(text)) return undefined;
  let value: unknown;
  // yaml counts the nodes of the text, up to twice the nodes of the value (`- a` is `-` and `a`):
  // past half the limit, yaml decides, so the two readers never disagree on a file.
  nodeBudget = limits.maxNodes / 2;
  try {
    value = load(text, {
      schema: SCHEMA,
      maxAliases: 0,
      // Margin below the limit: near it, `yaml`'s own count decides what to report.
      maxDepth: Math.max(1, limits.maxDepth - 2),
    });
  } catch {
    // Any failure, a stack overflow included, is for `yaml` to explain with a position.
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  return inNfc(value, text)?.value as object | undefined;
}
