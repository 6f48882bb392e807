/**
 * Checks of a YAML file's shape that must run before it becomes a JavaScript
 * value, because the value itself would be the attack: nesting deep enough to
 * overflow the stack, aliases that loop back into themselves or multiply, and
 * (checked here in one linear pass instead of yaml's `uniqueKeys`, which
 * compares every key with every other and takes minutes on a map of 50,000
 * keys) duplicate keys. Every walk is iterative: no input can overflow it.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type CST, type Document, type Node } from 'yaml';
import type { Limits } from '../dataset/limits.js';

/** A problem found in the structure, at a source offset. */
export type StructureProblem =
  | { code: 'yaml-duplicate-key'; offset: number; key: string }
  | { code: 'yaml-too-deep'; offset: number }
  | { code: 'yaml-alias-limit'; offset: number }
  | { code: 'yaml-alias-cycle'; offset: number; alias: string }
  | { code: 'yaml-tag'; offset: number; tag: string };

/**
 * The tags of the YAML 1.2 core schema: plain mappings, lists and scalars,
 * which is all the dataset format is made of. Every other tag builds something
 * else: `!!omap`, `!!pairs` and `!!set` a Map, a list of pairs or a Set (which
 * a schema check sees as an empty object, so every score would vanish),
 * `!!binary` bytes, `!!timestamp` a Date; a local tag (`!x`) means nothing to
 * dx-report.
 */
const CORE_TAGS: ReadonlySet<string> = new Set(
  ['map', 'seq', 'str', 'null', 'bool', 'int', 'float'].map((name) => `tag:yaml.org,2002:${name}`),
);

/** A tag as it is written: `!!omap` for the standard ones, as is otherwise. */
const writtenTag = (tag: string): string => tag.replace(/^tag:yaml\.org,2002:/, '!!');

/**
 * Where a node's tag was written: the `!` that starts the last tag token
 * before the node (yaml's range starts at the value, after its tag and anchor).
 */
function tagOffset(text: string, node: Node): number {
  const start = node.range?.[0] ?? 0;
  for (
    let index = text.lastIndexOf('!', start);
    index >= 0;
    index = text.lastIndexOf('!', index - 1)
  ) {
    if (index === 0 || /[\s,[{]/.test(text.charAt(index - 1))) return index;
  }
  return start;
}

/** A problem for a node whose tag is outside the core schema, or undefined. */
function tagProblem(node: Node, text: string): StructureProblem | undefined {
  const { tag } = node;
  if (tag === undefined || CORE_TAGS.has(tag)) return undefined;
  return { code: 'yaml-tag', offset: tagOffset(text, node), tag: writtenTag(tag) };
}

const COLLECTION_TOKENS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * The offset of the first collection nested deeper than `limit` in a parsed
 * (CST) document, or undefined. Runs before yaml composes the document, whose
 * recursion overflows the stack at a few hundred levels of `[[[…` or `- - - …`.
 */
export function tooDeepOffset(document: CST.Token, limit: number): number | undefined {
  const stack: [CST.Token, number][] = [[document, 0]];
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
      continue;
    }
    if (!COLLECTION_TOKENS.has(token.type) || !('items' in token)) continue;
    if (depth + 1 > limit) return token.offset;
    for (const item of token.items as CST.CollectionItem[]) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

interface Frame {
  node: unknown;
  /** Collections enclosing this node, itself included when it is one. */
  depth: number;
  parent: Frame | undefined;
  /** Height of the tallest child finished so far. */
  childHeight: number;
  entered: boolean;
}

/**
 * Duplicate keys and tags outside the core schema (every one, up to
 * `maxProblems`), then the first of: an alias
 * inside the collection it names (a cycle: its value would be infinite), more
 * alias nodes than `limits.maxAliasCount`, or nesting deeper than
 * `limits.maxDepth` once aliases are expanded. Keys are compared as the object
 * keys they become (`1` and `"1"` are one key; null is `""`) and in Unicode NFC,
 * since every key is normalised later: either way one value would silently win.
 */
export function checkStructure(
  doc: Document,
  text: string,
  limits: Limits,
  maxProblems: number,
): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const anchors = new Map<string, Node>();
  const heights = new Map<Node, number>();
  const open = new Set<unknown>();
  let aliases = 0;
  const root = doc.contents;
  const stack: Frame[] = [
    {
      node: root,
      depth: isMap(root) || isSeq(root) ? 1 : 0,
      parent: undefined,
      childHeight: 0,
      entered: false,
    },
  ];
  while (stack.length > 0 && problems.length < maxProblems) {
    const frame = stack.pop()!;
    const { node } = frame;
    const collection = isMap(node) || isSeq(node);
    if (frame.entered) {
      open.delete(node);
      finish(frame, 1 + frame.childHeight, heights);
      continue;
    }
    if (isAlias(node)) {
      aliases += 1;
      const target = anchors.get(node.source);
      const offset = node.range?.[0] ?? 0;
      if (aliases > limits.maxAliasCount)
        return [...problems, { code: 'yaml-alias-limit', offset }];
      if (target && open.has(target))
        return [...problems, { code: 'yaml-alias-cycle', offset, alias: node.source }];
      const height = target ? (heights.get(target) ?? 0) : 0;
      if (frame.depth + height > limits.maxDepth)
        return [...problems, { code: 'yaml-too-deep', offset }];
      finish(frame, height, heights);
      continue;
    }
    const tagged = isScalar(node) || collection ? tagProblem(node, text) : undefined;
    if (tagged) problems.push(tagged);
    if (isScalar(node) && node.anchor) anchors.set(node.anchor, node);
    if (!collection) continue;
    if (node.anchor) anchors.set(node.anchor, node);
    if (frame.depth > limits.maxDepth)
      return [...problems, { code: 'yaml-too-deep', offset: node.range?.[0] ?? 0 }];
    if (isMap(node)) problems.push(...duplicateKeys(node.items, maxProblems - problems.length));
    frame.entered = true;
    open.add(node);
    stack.push(frame);
    // Children are pushed last-first so they are visited in source order, as anchors must be.
    for (let index = node.items.length - 1; index >= 0; index--) {
      const item: unknown = node.items[index];
      const parts = isPair(item) ? [item.value, item.key] : [item];
      for (const part of parts) {
        if (part === null || part === undefined) continue;
        // A plain scalar has no height and names nothing: no need to visit it, only to check its tag.
        if (isScalar(part) && !part.anchor) {
          const tagged = tagProblem(part, text);
          if (tagged) problems.push(tagged);
          continue;
        }
        const depth = isMap(part) || isSeq(part) ? frame.depth + 1 : frame.depth;
        stack.push({ node: part, depth, parent: frame, childHeight: 0, entered: false });
      }
    }
  }
  return problems.slice(0, maxProblems);
}

function finish(frame: Frame, height: number, heights: Map<Node, number>): void {
  const node = frame.node as Node;
  if (node.anchor) heights.set(node, height);
  if (frame.parent) frame.parent.childHeight = Math.max(frame.parent.childHeight, height);
}

/** The object key a scalar key becomes: its text (null becomes ""), as JavaScript makes keys. */
function objectKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value) ?? '';
}

/** Second and later occurrences of a scalar key in one map. */
function duplicateKeys(pairs: readonly unknown[], room: number): StructureProblem[] {
  const found: StructureProblem[] = [];
  const seen = new Set<string>();
  for (const pair of pairs) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const text = objectKey(pair.key.value).normalize('NFC');
    if (!seen.has(text)) {
      seen.add(text);
      continue;
    }
    found.push({ code: 'yaml-duplicate-key', offset: pair.key.range?.[0] ?? 0, key: text || '""' });
    if (found.length >= room) break;
  }
  return found;
}
