/**
 * YAML text → JavaScript value, keeping what later diagnostics need to point at
 * the place to fix. Text is parsed exactly as written (after the BOM is stripped)
 * so columns match the editor; strings are normalised to NFC afterwards.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from './make-diagnostic.js';
import type { Limits } from './limits.js';

/** A path into a parsed value: keys and list indexes. */
export type ValuePath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Finds where a value (or its key) was written. */
export interface Locator {
  (path: ValuePath, at?: 'key' | 'value'): Position;
}

export interface ParsedYaml {
  /** undefined when the text could not be parsed into a value. */
  value: unknown;
  locate: Locator;
  diagnostics: Diagnostic[];
}

const YAML_CODES: Partial<Record<string, DiagnosticCode>> = {
  DUPLICATE_KEY: 'yaml-duplicate-key',
  TAB_AS_INDENT: 'yaml-tab-indent',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
};

export function parseYaml(file: string, text: string, limits: Limits): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const position = (offset: number, endOffset?: number): Position => {
    const start = lineCounter.linePos(offset);
    if (endOffset === undefined || endOffset <= offset)
      return { line: start.line, column: start.col };
    const end = lineCounter.linePos(endOffset);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  const lineText = (line: number): string => {
    const from = lineCounter.lineStarts[line - 1] ?? 0;
    const to = lineCounter.lineStarts[line] ?? text.length;
    return text.slice(from, to).replace(/\r?\n$/, '');
  };
  const locate: Locator = (path, at = 'value') => locateIn(doc, path, at, position);

  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const code = YAML_CODES[error.code] ?? 'yaml-syntax';
    const at = position(error.pos[0]);
    const key = code === 'yaml-duplicate-key' ? duplicateKeyName(text, error.pos[0]) : '';
    diagnostics.push({
      ...diagnostic(code, file, at, { detail: firstSentence(error.message), key }),
      excerpt: lineText(at.line),
    });
  }
  if (diagnostics.length > 0) return { value: undefined, locate, diagnostics };

  const depth = maxDepth(doc.contents, limits.maxDepth);
  if (depth > limits.maxDepth) {
    return {
      value: undefined,
      locate,
      diagnostics: [
        diagnostic('yaml-too-deep', file, { line: 1, column: 1 }, { limit: limits.maxDepth }),
      ],
    };
  }
  try {
    const value: unknown = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    return { value: normalizeStrings(value), locate, diagnostics };
  } catch (error) {
    // yaml throws a ReferenceError when alias expansion exceeds maxAliasCount.
    if (error instanceof ReferenceError) {
      const at = firstAliasPosition(doc, position);
      return {
        value: undefined,
        locate,
        diagnostics: [diagnostic('yaml-alias-limit', file, at, { limit: limits.maxAliasCount })],
      };
    }
    throw error;
  }
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/\.$/, '');
}

function duplicateKeyName(text: string, offset: number): string {
  const match = /^\s*["']?([^"':\n]+)/.exec(text.slice(offset, offset + 200));
  return match?.[1]?.trim() ?? '';
}

/** Deepest nesting of collections, walked without recursion; stops counting past `limit`. */
function maxDepth(root: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push([item.key, depth + 1], [item.value, depth + 1]);
      } else stack.push([item, depth + 1]);
    }
  }
  return deepest;
}

/** NFC for every string, keys included; iterative so deep data cannot overflow the stack. */
function normalizeStrings(root: unknown): unknown {
  if (typeof root === 'string') return root.normalize('NFC');
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        if (typeof item === 'string') node[index] = item.normalize('NFC');
        else if (item !== null && typeof item === 'object') stack.push(item);
      });
    } else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = record[key];
        const value = typeof item === 'string' ? item.normalize('NFC') : item;
        const nfcKey = key.normalize('NFC');
        if (nfcKey !== key) delete record[key];
        record[nfcKey] = value;
        if (value !== null && typeof value === 'object') stack.push(value);
      }
    }
  }
  return root;
}

function firstAliasPosition(doc: Document, position: (offset: number) => Position): Position {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node) && node.range) return position(node.range[0]);
    if (isMap(node) || isSeq(node))
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
  }
  return { line: 1, column: 1 };
}

/** Walks a parsed document along a value path to the deepest node that exists. */
function locateIn(
  doc: Document,
  path: ValuePath,
  at: 'key' | 'value',
  position: (offset: number, endOffset?: number) => Position,
): Position {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value).normalize('NFC') === segment,
      );
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
