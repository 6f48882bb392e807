/**
 * YAML text → JavaScript value, keeping what later diagnostics need to point at
 * the place to fix. Text is parsed exactly as written (after the BOM is stripped)
 * so columns match the editor; strings are normalised to NFC afterwards.
 */
import {
  Composer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  YAMLParseError,
  type CST,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { makeDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Limits } from '../dataset/limits.js';
import { inNfc } from './nfc.js';
import type { Position, PositionLocator, ValuePath } from './where.js';
import { explainYamlError } from './yaml-errors.js';
import { checkStructure, tooDeepOffset, type StructureProblem } from './yaml-structure.js';

export interface ParsedYaml {
  /** undefined when the text could not be parsed into a value. */
  value: unknown;
  locate: PositionLocator;
  diagnostics: Diagnostic[];
}

/**
 * Structure problems (duplicate keys) reported per file at most. Of syntax
 * errors only the first is reported: the parser's later ones echo it (one Tab
 * would otherwise give an error for every line after it).
 */
export const MAX_YAML_PROBLEMS = 20;

/** Widest source excerpt shown under a message; a longer line is cut around the column. */
export const EXCERPT_WIDTH = 120;

/**
 * Parses one file's text. Bad YAML, nesting deeper than `limits.maxDepth`,
 * duplicate keys, alias loops and more aliases than `limits.maxAliasCount` are
 * diagnostics (at most MAX_YAML_PROBLEMS), never exceptions, and the work grows
 * no faster than the text.
 */
export function parseYaml(file: string, text: string, limits: Limits): ParsedYaml {
  const lineCounter = new LineCounter();
  const { doc, tooDeepAt, tokens } = compose(text, lineCounter, limits.maxDepth);
  const position = (offset: number, endOffset?: number): Position => {
    const start = lineCounter.linePos(offset);
    if (endOffset === undefined || endOffset <= offset)
      return { line: start.line, column: start.col };
    const end = lineCounter.linePos(endOffset);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  const keyIndex = indexOfKeys();
  const locate: PositionLocator = (path, at = 'value') =>
    locateIn(doc, path, at, position, keyIndex);
  const problem = (code: DiagnosticCode, offset: number, args: Record<string, string | number>) => {
    const at = position(offset);
    return { ...makeDiagnostic(code, file, at, args), ...excerptOf(text, lineCounter, at) };
  };
  const failed = (diagnostics: Diagnostic[]): ParsedYaml => ({
    value: undefined,
    locate,
    diagnostics,
  });

  if (tooDeepAt !== undefined) {
    return failed([problem('yaml-too-deep', tooDeepAt, { limit: limits.maxDepth })]);
  }
  const [error] = doc.errors;
  if (error !== undefined) {
    // yaml catches its own stack overflow; the depth check before composing makes this a last resort.
    if (error.code === 'RESOURCE_EXHAUSTION')
      return failed([problem('yaml-too-deep', error.pos[0], { limit: limits.maxDepth })]);
    if (error.code === 'MULTIPLE_DOCS')
      return failed([problem('yaml-multiple-documents', error.pos[0], {})]);
    const { code, offset, ...args } = explainYamlError(error, text, lineCounter, tokens);
    return failed([problem(code, offset, args)]);
  }
  const structure = checkStructure(doc, limits, MAX_YAML_PROBLEMS);
  if (structure.length > 0) {
    return failed(
      structure.map((found) => problem(found.code, found.offset, structureArgs(found, limits))),
    );
  }
  try {
    const value: unknown = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    return { value: inNfc(value, text), locate, diagnostics: [] };
  } catch (error) {
    // yaml throws a ReferenceError when alias expansion exceeds maxAliasCount.
    if (error instanceof ReferenceError) {
      return failed([
        problem('yaml-alias-limit', firstAliasOffset(doc), { limit: limits.maxAliasCount }),
      ]);
    }
    throw error;
  }
}

/**
 * Lexes and parses the text, checks each document's nesting before yaml composes
 * it (composing is recursive), and keeps the first document: a second one is an
 * error, as in yaml's parseDocument.
 */
function compose(
  text: string,
  lineCounter: LineCounter,
  maxDepth: number,
): { doc: Document.Parsed; tooDeepAt?: number; tokens: CST.Token[] } {
  const parser = new Parser(lineCounter.addNewLine);
  // uniqueKeys off: yaml compares each key with all before it; checkStructure does it in one pass.
  const composer = new Composer({ uniqueKeys: false, strict: true, logLevel: 'error' });
  let tooDeepAt: number | undefined;
  // The first document's tokens, kept to explain a syntax error (yaml-errors.ts).
  const kept: CST.Token[] = [];
  function* shallowTokens(tokens: Iterable<CST.Token>): Generator<CST.Token> {
    for (const token of tokens) {
      tooDeepAt = tooDeepOffset(token, maxDepth);
      if (tooDeepAt !== undefined) return;
      if (kept.length < 8) kept.push(token);
      yield token;
    }
  }
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(shallowTokens(parser.parse(text)), true, text.length)) {
    if (!doc) doc = next;
    else {
      const [start, end] = next.range;
      doc.errors.push(new YAMLParseError([start, end], 'MULTIPLE_DOCS', 'Several documents'));
      break;
    }
  }
  // compose(…, forceDoc = true) yields a document even for empty text.
  return tooDeepAt === undefined
    ? { doc: doc!, tokens: kept }
    : { doc: doc!, tooDeepAt, tokens: kept };
}

function structureArgs(found: StructureProblem, limits: Limits): Record<string, string | number> {
  switch (found.code) {
    case 'yaml-duplicate-key':
      return { detail: 'Map keys must be unique', key: found.key };
    case 'yaml-too-deep':
      return { limit: limits.maxDepth };
    case 'yaml-alias-limit':
      return { limit: limits.maxAliasCount };
    case 'yaml-alias-cycle':
      return { name: found.alias };
  }
}

/**
 * The source line of a position, for the caret under the column. A line wider
 * than EXCERPT_WIDTH (a 30 MB one-line file) is cut around the column, without
 * copying the whole line; `excerptColumn` then places the caret in the cut.
 */
function excerptOf(
  text: string,
  lineCounter: LineCounter,
  at: Position,
): { excerpt: string; excerptColumn?: number } {
  const from = lineCounter.lineStarts[at.line - 1] ?? 0;
  let to = lineCounter.lineStarts[at.line] ?? text.length;
  while (to > from && (text[to - 1] === '\n' || text[to - 1] === '\r')) to--;
  if (to - from <= EXCERPT_WIDTH) return { excerpt: text.slice(from, to) };
  const caret = from + at.column - 1;
  const start = Math.max(from, Math.min(caret - EXCERPT_WIDTH / 2, to - EXCERPT_WIDTH));
  const end = start + EXCERPT_WIDTH;
  const before = start > from ? '…' : '';
  const after = end < to ? '…' : '';
  return {
    excerpt: `${before}${text.slice(start, end)}${after}`,
    excerptColumn: caret - start + 1 + before.length,
  };
}

/** Where the first alias in the text is: the place to start cutting expansion down. */
function firstAliasOffset(doc: Document): number {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node) && node.range) return node.range[0];
    // Last-first onto the stack, so the first alias in the text is found first.
    if (isMap(node) || isSeq(node))
      for (const item of [...node.items].reverse()) stack.push(isPair(item) ? item.value : item);
  }
  return 0;
}

/** A map's pairs by key (NFC), built once per map on first use: locating n keys costs n, not n². */
function indexOfKeys(): (map: YAMLMap) => Map<string, Pair> {
  const cache = new WeakMap<YAMLMap, Map<string, Pair>>();
  return (map) => {
    let index = cache.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value).normalize('NFC');
        if (!index.has(key)) index.set(key, pair);
      }
      cache.set(map, index);
    }
    return index;
  };
}

/** Walks a parsed document along a value path to the deepest node that exists. */
function locateIn(
  doc: Document,
  path: ValuePath,
  at: 'key' | 'value',
  position: (offset: number, endOffset?: number) => Position,
  keyIndex: (map: YAMLMap) => Map<string, Pair>,
): Position {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = keyIndex(node).get(String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
      if (node === null) break;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      keyNode = undefined;
      node = node.items[segment];
    } else break;
  }
  const target = at === 'key' && keyNode ? keyNode : ((node as Node | null) ?? keyNode);
  const range = target?.range;
  if (!range) return keyNode?.range ? position(keyNode.range[0]) : { line: 1, column: 1 };
  return position(range[0], range[1]);
}
