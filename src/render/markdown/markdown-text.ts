import { safeText } from '../safe-text.js';

/**
 * Text safety for the Markdown briefing: user text (titles, names, difficulties)
 * must print as written, never as markup, and the finished document is
 * normalised so that the same model gives the same bytes on every platform.
 */

/** Line breaks in any convention (CRLF, CR, LF, Unicode separators). */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Characters that would start inline markup: backslash, emphasis `*`, code
 * spans, raw HTML `<`, links `[`/`]`, GFM strikethrough `~`, `&` when it would
 * read as an entity (`&amp;`), and `_` where it can open or close emphasis
 * (not inside a word, where CommonMark keeps it literal).
 */
const INLINE_MARKUP = /[\\`*<[\]~]|&(?=#?\w+;)|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/**
 * Text escapeInline would change beyond NFC: a markup or line-break character,
 * a tab-like space or two spaces, or space or a block marker at an end.
 */
const NEEDS_WORK = /[\\`*<[\]~&_\r\n\u2028\u2029\t\f\v]| {2}|^[ #>+=\-\d]| $/;

/** What would start a block (heading, quote, list, setext line) when text begins a line. */
const BLOCK_START = /^(#|>|[-+=]|\d+(?=[.)]))/;

/**
 * One line of prose: NFC, line breaks and runs of spaces collapsed to one space,
 * trimmed, and markup characters backslash-escaped so "Sở KH&CN" or
 * "*Ghi chú*" print literally. A bare `&` ("Sở TT&TT") stays as is: only an
 * entity-like `&amp;` is escaped, so no HTML entity ever reaches the reader.
 */
export function escapeInline(value: string): string {
  // Most names and titles have nothing to escape or collapse: say so in one pass.
  if (!NEEDS_WORK.test(value)) return value.normalize('NFC');
  return value
    .normalize('NFC')
    .replace(LINE_BREAKS, ' ')
    .replace(/[ \t\f\v]+/g, ' ')
    .trim()
    .replace(INLINE_MARKUP, (char) => `\\${char}`)
    .replace(BLOCK_START, (marker) => (/\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/**
 * A GFM table cell: the inline escaping plus `|` → `\|`, since an unescaped pipe
 * ends the cell and a line break ends the row.
 */
export function escapeCell(value: string): string {
  return escapeInline(value).replace(/\|/g, '\\|');
}

/**
 * The finished document: NFC, the characters no report carries replaced
 * (safe-text.ts: the template's text and the data's alike), LF line ends, no
 * trailing spaces, no leading
 * blank lines, at most one blank line in a row, and exactly one final newline.
 * Trailing spaces go because templates are edited by hand and invisible
 * whitespace would make two renders of one model differ; hard line breaks
 * are written with a backslash instead of two spaces.
 */
export function normalizeMarkdown(text: string): string {
  const lines = safeText(text.normalize('NFC'))
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''));
  const kept: string[] = [];
  for (const line of lines) {
    const previous = kept.at(-1);
    if (line === '' && (previous === undefined || previous === '')) continue;
    kept.push(line);
  }
  while (kept.at(-1) === '') kept.pop();
  return `${kept.join('\n')}\n`;
}
