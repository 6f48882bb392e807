/**
 * Reads the Markdown a template renders into the document tree (tree.ts), with
 * markdown-it (CommonMark, GFM tables, raw HTML kept so the directives'
 * comments reach us). A long briefing is read a piece at a time: the text is
 * cut before each heading or directive line that starts a block (never inside
 * a fenced block), each piece is parsed and its blocks handed on, so the
 * tokens of a national report's 20,000 task rows are never all alive at once.
 * Chosen over micromark/mdast: on a 5.9-million-character briefing
 * markdown-it took 1.4 s and 335 MB, mdast-util-from-markdown with the GFM
 * table extension 41 s and 1.9 GB (docs/templates.md).
 */
import MarkdownIt from 'markdown-it';
import type { Token } from './markdown-token.js';
import { readChart } from './chart.js';
import { assembleRegions, parseDirective, type Directive } from './directives.js';
import type { Align, Block, ListItem, Span } from './tree.js';

let parser: MarkdownIt | undefined;

function markdownIt(): MarkdownIt {
  parser ??= new MarkdownIt('commonmark', { html: true }).enable('table');
  return parser;
}

/** Lines a piece may start at: a directive, a heading, or a fence (which the cutter steps over). */
const BOUNDARY = /^(?:<!--\s*dx:|#{1,6}[ \t]|```|~~~)/gm;

/** Characters a piece should have before the text is cut again. */
const PIECE = 1 << 16;

/** The text in pieces that each start a block. */
export function* markdownPieces(text: string): Iterable<string> {
  let start = 0;
  let fence: string | null = null;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match !== null; match = BOUNDARY.exec(text)) {
    const at = match.index;
    const marker = match[0];
    if (marker === '```' || marker === '~~~') {
      fence = fence === null ? marker : fence === marker ? null : fence;
      continue;
    }
    if (fence !== null || at - start < PIECE) continue;
    // Only where a block surely begins: after a blank line, or at a directive.
    if (!marker.startsWith('<!--') && !text.startsWith('\n\n', at - 2)) continue;
    yield text.slice(start, at);
    start = at;
  }
  yield text.slice(start);
}

/** The blocks of a Markdown text, regions and sections assembled from its directives. */
export function parseDocument(text: string): Iterable<Block> {
  return assembleRegions(rawBlocks(text));
}

function* rawBlocks(text: string): Iterable<Block | Directive> {
  for (const piece of markdownPieces(text)) {
    const tokens = markdownIt().parse(piece, {}) as Token[];
    yield* blocks(tokens, { at: 0 }, null);
  }
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
  for (const child of token?.children ?? []) {
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
