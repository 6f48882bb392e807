/**
 * YAML text → JavaScript value, keeping what later diagnostics need to point at
 * the place to fix. Text is parsed exactly as written (after the BOM is stripped)
 * so columns match the editor; strings are normalised to NFC afterwards.
 */
import {
  Composer,
  CST as Cst,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
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
import { withLfLineEnds } from './line-ends.js';
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
 * Parses one file's text (line ends read as YAML 1.2 defines them). Bad YAML,
 * a `%YAML` directive for another version, more than `limits.maxNodes` nodes,
 * nesting deeper than `limits.maxDepth`, duplicate keys, tags outside the core
 * schema, alias loops and more aliases than `limits.maxAliasCount` are
 * diagnostics (at most MAX_YAML_PROBLEMS), never exceptions, and the work
 * grows no faster than the text.
 */
export function parseYaml(file: string, source: string, limits: Limits): ParsedYaml {
  const text = withLfLineEnds(source);
  const lineCounter = new LineCounter();
  const composed = compose(text, lineCounter, limits);
  const { doc, tokens } = composed;
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

  if (composed.version) {
    const { offset, version } = composed.version;
    return failed([problem('yaml-version', offset, { version })]);
  }
  if (composed.tooManyAt !== undefined) {
    return failed([problem('yaml-too-many-nodes', composed.tooManyAt, { limit: limits.maxNodes })]);
  }
  if (composed.tooDeepAt !== undefined) {
    return failed([problem('yaml-too-deep', composed.tooDeepAt, { limit: limits.maxDepth })]);
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
  const structure = checkStructure(doc, text, limits, MAX_YAML_PROBLEMS);
  if (structure.length > 0) {
    return failed(
      structure.map((found) => problem(found.code, found.offset, structureArgs(found, limits))),
    );
  }
  try {
    const value: unknown = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    const normalized = inNfc(value, text);
    // checkStructure compared keys in NFC already: two keys cannot fold into one here.
    if (normalized === undefined) throw new Error('keys that fold into one in NFC were missed');
    return { value: normalized.value, locate, diagnostics: [] };
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
 * Lexemes that become a node or an entry of one: what the node limit counts.
 * Spaces, line ends and comments are not counted (a real file is mostly
 * those), nor the ends of flow collections (their starts are).
 */
const COUNTED_LEXEMES: ReadonlySet<string> = new Set([
  'scalar',
  'single-quoted-scalar',
  'double-quoted-scalar',
  'block-scalar-header',
  'alias',
  'anchor',
  'tag',
  'flow-map-start',
  'flow-seq-start',
  'comma',
  'seq-item-ind',
  'map-value-ind',
  'explicit-key-ind',
]);

interface Composed {
  doc: Document.Parsed;
  /** A `%YAML` directive for a version other than 1.2, and where it is. */
  version?: { offset: number; version: string };
  /** Where the node past `limits.maxNodes` starts; the text after it was not parsed. */
  tooManyAt?: number;
  tooDeepAt?: number;
  tokens: CST.Token[];
}

/**
 * Lexes and parses the text, checks each document's nesting before yaml
 * composes it (composing is recursive), and keeps the first document: a second
 * one is an error, as in yaml's parseDocument. Lexemes are fed to the parser
 * one by one and counted, so a file with more than `limits.maxNodes` nodes
 * stops where it passes the limit, before its tree takes the memory.
 */
function compose(text: string, lineCounter: LineCounter, limits: Limits): Composed {
  const parser = new Parser(lineCounter.addNewLine);
  // uniqueKeys off: yaml compares each key with all before it; checkStructure does it in one pass.
  const composer = new Composer({ uniqueKeys: false, strict: true, logLevel: 'error' });
  const found: Omit<Composed, 'doc' | 'tokens'> = {};
  function* countedTokens(): Generator<CST.Token> {
    // As Parser.parse does, lexeme by lexeme.
    lineCounter.addNewLine(0);
    let nodes = 0;
    for (const lexeme of new Lexer().lex(text)) {
      const type = Cst.tokenType(lexeme);
      if (type !== null && COUNTED_LEXEMES.has(type) && ++nodes > limits.maxNodes) {
        found.tooManyAt = parser.offset;
        return;
      }
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  // The first document's tokens, kept to explain a syntax error (yaml-errors.ts).
  const kept: CST.Token[] = [];
  function* shallowTokens(tokens: Iterable<CST.Token>): Generator<CST.Token> {
    for (const token of tokens) {
      if (token.type === 'directive' && found.version === undefined) {
        const version = /^%YAML[ \t]+(\S+)/.exec(token.source)?.[1];
        if (version !== undefined && version !== '1.2')
          found.version = { offset: token.offset, version };
      }
      const tooDeepAt = tooDeepOffset(token, limits.maxDepth);
      if (tooDeepAt !== undefined) {
        found.tooDeepAt = tooDeepAt;
        return;
      }
      if (kept.length < 8) kept.push(token);
      yield token;
    }
  }
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(shallowTokens(countedTokens()), true, text.length)) {
    if (!doc) doc = next;
    else {
      const [start, end] = next.range;
      doc.errors.push(new YAMLParseError([start, end], 'MULTIPLE_DOCS', 'Several documents'));
      break;
    }
  }
  // compose(…, forceDoc = true) yields a document even for empty text.
  return { doc: doc!, tokens: kept, ...found };
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
    case 'yaml-tag':
      return { tag: found.tag };
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
  // The line's end from the text: past the node limit, the line counter has not seen it.
  const newline = text.indexOf('\n', from);
  const to = newline === -1 ? text.length : newline;
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
