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
  // Tested once in NFC: normalising can make markup (U+1FEF GREEK VARIA becomes a backtick).
  const text = value.normalize('NFC');
  // Most names and titles have nothing to escape or collapse: say so in one pass.
  if (!NEEDS_WORK.test(text)) return text;
  return text
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
 * The finished document: NFC, LF line ends, no trailing spaces, no leading
 * blank lines, at most one blank line in a row, and exactly one final newline.
 * Trailing spaces go because templates are edited by hand and invisible
 * whitespace would make two renders of one model differ; hard line breaks
 * are written with a backslash instead of two spaces. The characters no
 * report carries were taken out of the model and the template before
 * (safe-text.ts, once for every format).
 */
export function normalizeMarkdown(text: string): string {
  // Whole-text passes: a national briefing has 40,000 lines, and no line is made on its own.
  let body = text.normalize('NFC');
  if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');
  body = body.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
  // The ends by position: a pattern anchored at the end is tried at each of the 40,000 line ends.
  let end = body.length;
  while (end > 0 && (body.charCodeAt(end - 1) === 0x0a || isBlank(body.charCodeAt(end - 1))))
    end -= 1;
  let start = 0;
  while (start < end && body.charCodeAt(start) === 0x0a) start += 1;
  return `${body.slice(start, end)}\n`;
}

/** A space or a tab. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Lines without leading or repeated blank lines, ending in one newline. */
function joinLines(lines: Iterable<string>): string {
  const kept: string[] = [];
  for (const line of lines) {
    const previous = kept.at(-1);
    if (line === '' && (previous === undefined || previous === '')) continue;
    kept.push(line);
  }
  while (kept.at(-1) === '') kept.pop();
  return `${kept.join('\n')}\n`;
}

/** A line that is a layout directive (`<!-- dx:… -->`, document/directives.ts). */
const DIRECTIVE_LINE = /^<!--\s*dx:[^\n]*-->$/;

/**
 * The Markdown file as a reader sees it: the normalised text without its
 * directive lines, which only the printers of Word and HTML read (each
 * becomes a blank line, and blank lines in a row one).
 */
export function withoutDirectives(text: string): string {
  if (!text.includes('<!--')) return text;
  // A directive line becomes a blank one: it may have been all that parted two paragraphs.
  return joinLines(text.split('\n').map((line) => (DIRECTIVE_LINE.test(line) ? '' : line)));
}
