/**
 * A YAML syntax error as a clerk can act on it. The parser's own messages are
 * English and often point at a consequence ("Nested mappings are not allowed
 * in compact mappings" on the line before a badly indented one); here each
 * is turned into a code of our own, at the place to fix, with what the fix
 * needs: a colon inside text is quoted, a line is indented to its siblings'
 * column, an unclosed quote or bracket is closed where it opened.
 */
import type { CST, ErrorCode, LineCounter, YAMLParseError } from 'yaml';
import { YAML_REASONS, type YamlReason } from '../diagnostics/codes.js';

/** What the parser could not read, in our words; every YAML error code maps to one. */
export type YamlProblem =
  | { code: 'yaml-tab-indent'; offset: number }
  | { code: 'yaml-colon-in-text'; offset: number }
  | { code: 'yaml-bad-indent'; offset: number; column: number; expected: number }
  | { code: 'yaml-unclosed-quote'; offset: number; quote: string }
  | { code: 'yaml-unclosed-bracket'; offset: number; bracket: string; closing: string }
  | { code: 'yaml-syntax'; offset: number; reason: YamlReason };

// Every reason we word is one of the parser's error codes.
const REASONS: readonly ErrorCode[] = YAML_REASONS;

interface Line {
  /** Offset of the line's first character. */
  start: number;
  text: string;
  /** Spaces before the first other character. */
  indent: number;
}

function lineAt(text: string, lineCounter: LineCounter, number: number): Line | undefined {
  const start = lineCounter.lineStarts[number - 1];
  if (start === undefined) return undefined;
  const next = lineCounter.lineStarts[number];
  const raw = text.slice(start, next ?? text.length).replace(/\r?\n$/, '');
  return { start, text: raw, indent: raw.length - raw.trimStart().length };
}

const isContent = (line: Line) => line.text.trim() !== '' && !line.text.trimStart().startsWith('#');

/** The next (or previous) line with content from `number`, `step` lines at a time. */
function nearestContent(
  text: string,
  lineCounter: LineCounter,
  number: number,
  step: 1 | -1,
): { line: Line; number: number } | undefined {
  for (let current = number + step; current >= 1; current += step) {
    const line = lineAt(text, lineCounter, current);
    if (line === undefined) return undefined;
    if (isContent(line)) return { line, number: current };
  }
  return undefined;
}

/** `key: value` on a block line (after an optional `- `): the key's column and the plain value, if any. */
function keyValue(
  line: Line,
): { keyColumn: number; valueOffset: number; value: string } | undefined {
  const match = /^(\s*(?:-\s+)*)([^\s#'"{[][^:#]*?):(?:\s+(.*))?$/.exec(line.text);
  if (!match) return undefined;
  const value = match[3] ?? '';
  return {
    keyColumn: match[1]!.length,
    valueOffset: line.start + line.text.length - value.length,
    value,
  };
}

/** A plain (unquoted) value holding `: ` or ending in `:`, which YAML reads as a new key. */
function colonInText(line: Line): number | undefined {
  const found = keyValue(line);
  if (!found || /^['"[{|>&*!]/.test(found.value)) return undefined;
  const value = found.value.replace(/\s+#.*$/, '');
  return /:(\s|$)/.test(value) ? found.valueOffset : undefined;
}

/**
 * A line indented unlike its siblings: deeper than the line before it when that
 * one already has its value, or shallower than it but not back at an enclosing
 * level. `expected` is the siblings' column (1-based).
 */
function badIndent(
  text: string,
  lineCounter: LineCounter,
  number: number,
): { offset: number; column: number; expected: number } | undefined {
  const here = lineAt(text, lineCounter, number);
  if (here === undefined) return undefined;
  const before = nearestContent(text, lineCounter, number, -1);
  const after = nearestContent(text, lineCounter, number, 1);
  const sibling = before && keyValue(before.line);
  // The line after one with a value is indented deeper: it reads as the value's continuation.
  const own = keyValue(here);
  if (own && own.value !== '' && after && after.line.indent > own.keyColumn) {
    const next = keyValue(after.line);
    if (next)
      return {
        offset: after.line.start + after.line.indent,
        column: after.line.indent + 1,
        expected: own.keyColumn + 1,
      };
  }
  if (
    sibling &&
    isContent(here) &&
    here.indent !== sibling.keyColumn &&
    here.indent < sibling.keyColumn
  )
    return {
      offset: here.start + here.indent,
      column: here.indent + 1,
      expected: sibling.keyColumn + 1,
    };
  return undefined;
}

/** Every token of a CST document, depth first (its own iterative walk: no recursion on input). */
function* tokensOf(root: CST.Token): Generator<CST.Token> {
  const stack: CST.Token[] = [root];
  while (stack.length > 0) {
    const token = stack.pop()!;
    yield token;
    if (token.type === 'document' && token.value) stack.push(token.value);
    if ('items' in token && Array.isArray(token.items)) {
      for (const item of [...(token.items as CST.CollectionItem[])].reverse()) {
        if (item.value) stack.push(item.value);
        if (item.key) stack.push(item.key);
      }
    }
  }
}

/** The quoted scalar that never closes, where its quote opened. */
function unclosedQuote(
  documents: readonly CST.Token[],
): { offset: number; quote: string } | undefined {
  for (const document of documents) {
    for (const token of tokensOf(document)) {
      if (token.type !== 'double-quoted-scalar' && token.type !== 'single-quoted-scalar') continue;
      const quote = token.type === 'double-quoted-scalar' ? '"' : "'";
      const source = token.source;
      const closed =
        source.length >= 2 &&
        source.endsWith(quote) &&
        (quote === "'" || !/(^|[^\\])(\\\\)*\\"$/.test(source));
      if (!closed) return { offset: token.offset, quote };
    }
  }
  return undefined;
}

/** The flow collection (`[` or `{`) that never closes, where it opened. */
function unclosedBracket(
  documents: readonly CST.Token[],
): { offset: number; bracket: string } | undefined {
  for (const document of documents) {
    for (const token of tokensOf(document)) {
      if (token.type === 'flow-collection' && token.end.length === 0)
        return { offset: token.offset, bracket: token.start.source };
    }
  }
  return undefined;
}

/** Our explanation of a parser error; `documents` are the CST documents of the text. */
export function explainYamlError(
  error: YAMLParseError,
  text: string,
  lineCounter: LineCounter,
  documents: readonly CST.Token[],
): YamlProblem {
  const offset = error.pos[0];
  const { line } = lineCounter.linePos(offset);
  const here = lineAt(text, lineCounter, line);
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { code: 'yaml-tab-indent', offset };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const colon = here && colonInText(here);
      if (colon !== undefined) return { code: 'yaml-colon-in-text', offset: colon };
      const indent = badIndent(text, lineCounter, line);
      if (indent) return { code: 'yaml-bad-indent', ...indent };
      break;
    }
    case 'MISSING_CHAR': {
      const quote = unclosedQuote(documents);
      if (quote) return { code: 'yaml-unclosed-quote', ...quote };
      const indent = badIndent(text, lineCounter, line);
      if (indent) return { code: 'yaml-bad-indent', ...indent };
      break;
    }
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN': {
      const bracket = unclosedBracket(documents);
      if (bracket)
        return {
          code: 'yaml-unclosed-bracket',
          ...bracket,
          closing: bracket.bracket === '[' ? ']' : '}',
        };
      const indent = badIndent(text, lineCounter, line);
      if (indent) return { code: 'yaml-bad-indent', ...indent };
      break;
    }
    default:
      break;
  }
  const reason = REASONS.includes(error.code) ? (error.code as YamlReason) : 'UNEXPECTED_TOKEN';
  return { code: 'yaml-syntax', offset, reason };
}
