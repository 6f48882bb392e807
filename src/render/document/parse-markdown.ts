/**
 * Reads the Markdown a template renders into the document tree (tree.ts), with
 * markdown-it (CommonMark, GFM tables, raw HTML kept so the directives'
 * comments reach us). A long briefing is read a piece at a time
 * (markdown-pieces.ts: cut before headings and directives, and between the
 * rows of a long table or the items of a long list), each piece parsed and its
 * blocks handed on, so the tokens of a national report's 20,000 task rows are
 * never all alive at once.
 * Chosen over micromark/mdast: on a 5.9-million-character briefing
 * markdown-it took 1.4 s and 335 MB, mdast-util-from-markdown with the GFM
 * table extension 41 s and 1.9 GB (docs/templates.md).
 */
import MarkdownIt from 'markdown-it';
import type { Token } from './markdown-token.js';
import { readChart } from './chart.js';
import { assembleRegions, parseDirective, type Directive } from './directives.js';
import { markdownPieces, type MarkdownPiece } from './markdown-pieces.js';
import type { Align, Block, ListItem, Span } from './tree.js';

let parser: MarkdownIt | undefined;

function markdownIt(): MarkdownIt {
  if (parser === undefined) {
    parser = new MarkdownIt('commonmark', { html: true }).enable('table');
    // Line ends and NULs are normalised once for the whole text (normalized), not in each piece.
    parser.core.ruler.disable('normalize');
    parser.core.ruler.at('inline', plainInline);
  }
  return parser;
}

/**
 * What may start inline markup in CommonMark with raw HTML, as markdown-it
 * reads it: an escape, a code span, emphasis, a link or an image, an
 * autolink or HTML, a line break, an entity (`&amp;`, `&#38;`). Brackets and
 * `~` too, to be safe.
 */
const INLINE_MARKUP = /[\\`*_[\]!<\n~]|&(?:#|[a-z][a-z0-9]*;)/i;

type StateCore = Parameters<MarkdownIt['core']['process']>[0];

/**
 * markdown-it's core rule `inline`, with a shortcut: a text in which nothing
 * can start inline markup (most cells of a national briefing's 180,000: a
 * code, a date, a status, a name) reads as itself, one text token, exactly
 * what the inline parser would make of it, without building its state.
 */
export function plainInline(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue;
    if (token.content === '') continue;
    if (INLINE_MARKUP.test(token.content)) {
      state.md.inline.parse(token.content, state.md, state.env, (token.children ??= []));
      continue;
    }
    const text = new state.Token('text', '', 0);
    text.content = token.content;
    token.children = [text];
  }
}

/** Whether a header row and a delimiter row make a table, as markdown-it reads them. */
function isTableHead(head: string): boolean {
  return markdownIt().parse(head, {})[0]?.type === 'table_open';
}

/** The blocks of a Markdown text, regions and sections assembled from its directives. */
export function parseDocument(text: string, pieceSize?: number): Iterable<Block> {
  return assembleRegions(rawBlocks(text, pieceSize));
}

/**
 * The text with markdown-it's own normalisation (rules_core/normalize.mjs):
 * every line end LF, every NUL U+FFFD. A rendered briefing has neither.
 */
function normalized(text: string): string {
  return /[\r\0]/.test(text) ? text.replace(/\r\n?|\n/g, '\n').replace(/\0/g, '\uFFFD') : text;
}

/** The text in pieces that each read on their own (markdown-pieces.ts). */
export function documentPieces(text: string, size?: number): Iterable<MarkdownPiece> {
  return markdownPieces(normalized(text), isTableHead, size);
}

/**
 * The blocks of every piece in turn; a piece that continues a table or a list
 * gives its first block's rows or items to the one the piece before ended with.
 */
function* rawBlocks(text: string, pieceSize?: number): Iterable<Block | Directive> {
  let held: Block | Directive | null = null;
  for (const piece of documentPieces(text, pieceSize)) {
    const rows = piece.continues ? continuedTable(piece.text) : null;
    let first = piece.continues;
    for (const block of rows !== null
      ? [rows]
      : blocks(markdownIt().parse(piece.text, {}), { at: 0 }, null)) {
      if (first && held !== null && join(held, block)) {
        first = false;
        continue;
      }
      first = false;
      if (held !== null) yield held;
      held = block;
    }
  }
  if (held !== null) yield held;
}

/** A line that is only spaces and tabs (markdown-it's blank line), or several. */
const BLANK = /^[ \t\n]*$/;

/** What markdown-it's table rule allows before it stops autocompleting missing cells. */
const MAX_AUTOCOMPLETED_CELLS = 0x10000;

/**
 * The table of a piece that continues a long one and holds nothing else (its
 * header and delimiter rows, then rows to its end: most of a national
 * briefing's text), read as markdown-it reads it without building its
 * tokens: the header and delimiter by markdown-it itself, then each row as
 * its table rule splits a row that starts with "|" and holds no backslash
 * (at each "|", an empty first and last cell dropped, each cell trimmed,
 * missing cells empty, extra ones left out), each cell's text as the inline
 * rule reads it (plainInline). Null for any other piece, which markdown-it
 * reads whole; a test compares the two readings.
 */
export function continuedTable(text: string): Block | null {
  const first = text.indexOf('\n');
  const second = first === -1 ? -1 : text.indexOf('\n', first + 1);
  if (second === -1) return null;
  const headTokens = markdownIt().parse(text.slice(0, second + 1), {}) as Token[];
  if (headTokens[0]?.type !== 'table_open') return null;
  const found = table(headTokens, { at: 1 });
  if (found.type !== 'table' || found.rows.length > 0) return null;
  const columns = found.head.length;
  let autocompleted = 0;
  for (let at = second + 1; at < text.length;) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(at, end);
    if (line.charCodeAt(0) !== 0x7c || line.includes('\\')) {
      // A blank line ends the table; anything else after it is markdown-it's to read.
      return BLANK.test(text.slice(at)) ? found : null;
    }
    const cells = line.trim().split('|');
    if (cells.length > 0 && cells[0] === '') cells.shift();
    if (cells.length > 0 && cells.at(-1) === '') cells.pop();
    autocompleted += columns - cells.length;
    if (autocompleted > MAX_AUTOCOMPLETED_CELLS) return null;
    const row: Span[][] = [];
    for (let index = 0; index < columns; index += 1)
      row.push(cellSpans(cells[index]?.trim() ?? ''));
    found.rows.push(row);
    at = end + 1;
  }
  return found;
}

/** A table cell's spans, as plainInline and inline() make them. */
function cellSpans(content: string): Span[] {
  if (content === '') return [];
  if (!INLINE_MARKUP.test(content)) return [{ text: content, bold: false, italic: false }];
  return inline(markdownIt().parseInline(content, {})[0]);
}

/** Appends `next`'s rows or items to `open` when it continues it; false when it does not. */
function join(open: Block | Directive, next: Block | Directive): boolean {
  if ('directive' in open || 'directive' in next) return false;
  if (open.type === 'table' && next.type === 'table' && open.head.length === next.head.length) {
    for (const row of next.rows) open.rows.push(row);
    return true;
  }
  if (open.type === 'list' && next.type === 'list' && open.ordered === next.ordered) {
    for (const item of next.items) open.items.push(item);
    return true;
  }
  return false;
}

interface Cursor {
  at: number;
}

/** Blocks from `cursor` until the token of type `close` (or the end). */
function* blocks(
  tokens: Token[],
  cursor: Cursor,
  close: string | null,
): Iterable<Block | Directive> {
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at]!;
    if (close !== null && token.type === close) {
      cursor.at += 1;
      return;
    }
    cursor.at += 1;
    switch (token.type) {
      case 'heading_open': {
        const spans = inline(tokens[cursor.at]);
        cursor.at += 2;
        yield { type: 'heading', level: Number(token.tag.slice(1)), spans };
        break;
      }
      case 'paragraph_open': {
        const spans = inline(tokens[cursor.at]);
        cursor.at += 2;
        yield { type: 'paragraph', spans };
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        yield list(tokens, cursor, token.type === 'ordered_list_open');
        break;
      case 'table_open':
        yield table(tokens, cursor);
        break;
      case 'fence':
      case 'code_block': {
        const chart = token.info.trim() === 'mermaid' ? readChart(token.content) : null;
        yield chart === null ? { type: 'code', text: token.content } : { type: 'chart', chart };
        break;
      }
      case 'hr':
        yield { type: 'rule' };
        break;
      case 'html_block': {
        const directive = parseDirective(token.content);
        if (directive !== null) yield directive;
        break;
      }
      case 'blockquote_open':
        yield* blocks(tokens, cursor, 'blockquote_close');
        break;
      default:
        break;
    }
  }
}

function list(tokens: Token[], cursor: Cursor, ordered: boolean): Block {
  const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
  const items: ListItem[] = [];
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at]!;
    cursor.at += 1;
    if (token.type === close) break;
    if (token.type !== 'list_item_open') continue;
    const inside = [...blocks(tokens, cursor, 'list_item_close')].filter(
      (block): block is Block => 'type' in block,
    );
    const first = inside[0];
    if (first?.type === 'paragraph') items.push({ spans: first.spans, children: inside.slice(1) });
    else items.push({ spans: [], children: inside });
  }
  return { type: 'list', ordered, items };
}

function table(tokens: Token[], cursor: Cursor): Block {
  const align: Align[] = [];
  const head: Span[][] = [];
  const rows: Span[][][] = [];
  let row: Span[][] | null = null;
  let inHead = false;
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at]!;
    cursor.at += 1;
    switch (token.type) {
      case 'table_close':
        return { type: 'table', align, head, rows };
      case 'thead_open':
        inHead = true;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_open':
        row = inHead ? head : [];
        break;
      case 'tr_close':
        if (!inHead && row !== null) rows.push(row);
        row = null;
        break;
      case 'th_open':
        align.push(alignOf(token));
        break;
      case 'inline':
        row?.push(inline(token));
        break;
      default:
        break;
    }
  }
  return { type: 'table', align, head, rows };
}

function alignOf(token: Token): Align {
  const style = token.attrs?.find(([name]) => name === 'style')?.[1] ?? '';
  return style.includes('right') ? 'right' : style.includes('center') ? 'center' : 'left';
}

/** The spans of an inline token: emphasis as flags, soft breaks as spaces, HTML left out. */
function inline(token: Token | undefined): Span[] {
  const children = token?.children ?? [];
  // Most cells and many paragraphs are one plain text (plainInline): one span, nothing to track.
  const only = children.length === 1 ? children[0] : undefined;
  if (only !== undefined && only.type === 'text')
    return only.content === '' ? [] : [{ text: only.content, bold: false, italic: false }];
  const spans: Span[] = [];
  let bold = 0;
  let italic = 0;
  const add = (text: string) => {
    if (text === '') return;
    const last = spans.at(-1);
    if (
      last !== undefined &&
      !('lineBreak' in last) &&
      last.bold === bold > 0 &&
      last.italic === italic > 0
    )
      last.text += text;
    else spans.push({ text, bold: bold > 0, italic: italic > 0 });
  };
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        add(child.content);
        break;
      case 'softbreak':
        add(' ');
        break;
      case 'hardbreak':
        spans.push({ lineBreak: true });
        break;
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italic += 1;
        break;
      case 'em_close':
        italic -= 1;
        break;
      case 'image':
        add(child.content);
        break;
      default:
        break;
    }
  }
  return spans;
}

export type { Directive };
