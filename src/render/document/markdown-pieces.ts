/**
 * A long Markdown text cut into pieces that markdown-it reads one at a time
 * (parse-markdown.ts), so that the tokens of a national briefing — tables of
 * 6,000 task rows, lists of 5,000 items — are never all alive at once.
 *
 * A piece ends where a block surely begins: before a directive, before a
 * heading (which ends any paragraph, list or table), between two rows of a table (the next
 * piece repeats the table's header and delimiter rows, and is marked as
 * continuing it), or between two one-line items of a list (marked likewise).
 * Nothing is cut inside a fenced block or an HTML block. Each piece read on
 * its own gives the blocks the whole text gives, once a continuing piece's
 * first table or list is joined to the one before (parse-markdown.ts).
 */

export interface MarkdownPiece {
  /** Markdown that reads on its own. */
  text: string;
  /** Its first block continues the table or list that ends the piece before. */
  continues: boolean;
}

/** Characters a piece gathers before it is cut at the next place that allows it. */
const PIECE = 1 << 13;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DIRECTIVE = /^<!--\s*dx:/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const HTML_START = /^ {0,3}</;
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** A list item's marker at the start of the line ("- ", "1. "), the marker kept to compare. */
const ITEM = /^(?:([-*+])|\d{1,9}([.)]))[ \t]/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** How an HTML block that starts with this line ends (CommonMark's seven kinds): its closing text, or a blank line. */
function htmlEnd(line: string): string {
  const start = line.trimStart().toLowerCase();
  const raw = /^<(script|pre|style|textarea)(?:[\s>]|$)/.exec(start);
  if (raw !== null) return `</${raw[1]}>`;
  if (start.startsWith('<!--')) return '-->';
  if (start.startsWith('<?')) return '?>';
  if (start.startsWith('<![cdata[')) return ']]>';
  if (/^<![a-z]/.test(start)) return '>';
  return '';
}

/** The kind of list item a line is ("-", "+", "*", "." or ")"), or null. */
function itemKind(line: string): string | null {
  if (THEMATIC_BREAK.test(line)) return null;
  const match = ITEM.exec(line);
  return match === null ? null : (match[1] ?? match[2] ?? null);
}

/**
 * The text in pieces that each read on their own (see the module's comment).
 * A piece is cut once it has `size` characters. `isTableHead(two lines)` says whether a header row and a delimiter row make
 * a table (markdown-it's own answer, so that the cutter never disagrees with it).
 */
export function* markdownPieces(
  text: string,
  isTableHead: (head: string) => boolean,
  size = PIECE,
): Iterable<MarkdownPiece> {
  let start = 0;
  let prefix = '';
  let continues = false;
  let fence: string | null = null;
  /** Inside an HTML block: the text that ends it, or '' when a blank line does. */
  let html: string | null = null;
  /** The open table's header and delimiter rows, or null outside a table. */
  let tableHead: string | null = null;
  /** The line before, when it may be a table's header row (it starts a block with "|"). */
  let header: string | null = null;
  /** The kind of the open list's items while every line since it began is one of them or indented under one. */
  let list: string | null = null;
  /** Whether this line starts a block: the text's first, or after a blank line, a directive or a heading. */
  let blockStart = true;
  for (let at = 0; at < text.length;) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(at, newline === -1 ? text.length : newline).replace(/\r$/, '');
    const blank = line.trim() === '';
    let cut: 'block' | 'table' | 'list' | null = null;
    let starts = false;
    let candidate: string | null = null;
    if (fence !== null) {
      const close = FENCE.exec(line)?.[1] ?? '';
      if (close[0] === fence[0] && close.length >= fence.length && line.trim() === close)
        fence = null;
    } else if (html !== null) {
      if (html === '' ? blank : line.toLowerCase().includes(html)) html = null;
      starts = html === null && blank;
    } else if (tableHead !== null && line.startsWith('|')) {
      cut = 'table';
      list = null;
    } else {
      tableHead = null;
      const open = FENCE.exec(line)?.[1];
      const kind = itemKind(line);
      if (open !== undefined) fence = open;
      else if (HTML_START.test(line)) {
        const closing = htmlEnd(line);
        // One line may open and close a comment (a directive does); a blank line ends the other kinds.
        if (closing === '' || !line.toLowerCase().includes(closing, line.indexOf('<') + 2))
          html = closing;
      }
      if (DIRECTIVE.test(line) || HEADING.test(line)) cut = 'block';
      else if (header !== null && DELIMITER_ROW.test(line) && isTableHead(`${header}\n${line}\n`))
        tableHead = `${header}\n${line}\n`;
      else if (kind !== null && list === kind) cut = 'list';
      if (fence === null && html === null) {
        starts = blank || DIRECTIVE.test(line) || HEADING.test(line);
        if (blockStart && line.startsWith('|')) candidate = line;
        if (kind !== null) list = blockStart || list === kind ? kind : null;
        else if (list !== null && !(/^[ \t]/.test(line) && !blank)) list = null;
      } else list = null;
    }
    if (cut !== null && at - start >= size) {
      yield { text: prefix + text.slice(start, at), continues };
      start = at;
      continues = cut !== 'block';
      prefix = cut === 'table' ? (tableHead ?? '') : '';
    }
    header = candidate;
    blockStart = starts;
    at = end;
  }
  yield { text: prefix + text.slice(start), continues };
}
