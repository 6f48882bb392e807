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
import { CORE_SCHEMA, defineMappingTag, load } from 'js-yaml';
import type { Limits } from './limits.js';
import { inNfc } from './nfc.js';

/**
 * Plain `{}` mappings with string keys only. js-yaml turns a `null:`/`~:` key
 * into "null" where `yaml` gives "", and `__proto__` needs care: such a key
 * sends the file to `yaml`, so both readings of a file always agree.
 */
const STRING_KEYED_MAP = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => ({}),
  addPair(map, key, value) {
    if (typeof key !== 'string' || key === '__proto__') return 'not a plain string key';
    map[key] = value;
    return '';
  },
  has: (map, key) => typeof key === 'string' && Object.hasOwn(map, key),
  keys: (map) => Object.keys(map),
  get: (map, key) => map[String(key)],
  identify: () => false,
});

const SCHEMA = CORE_SCHEMA.withTags(STRING_KEYED_MAP);

/**
 * A tag (`!!float 1`, `!x`) may be resolved differently by the two parsers, and
 * a directive (`%YAML 1.1`) changes `yaml`'s schema: leave those to `yaml`.
 * A `!` inside text ("Lưu ý!") is not a tag: a tag starts a node, after a space
 * or an indicator.
 */
const TAG_OR_DIRECTIVE = /(?:^|[\s[{,])!|^%/m;

/**
 * The file's value, or undefined when `yaml` must read it: the text is not one
 * non-empty mapping or list, has a syntax error, a duplicate key, an alias (so a
 * value is never shared, and walking it stays linear), a tag or directive, or
 * nests near `limits.maxDepth`. Strings are NFC, as from `parseYaml`.
 */
export function parseYamlQuickly(text: string, limits: Limits): object | undefined {
  if (TAG_OR_DIRECTIVE.test(text)) return undefined;
  let value: unknown;
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
  return inNfc(value, text) as object;
}
