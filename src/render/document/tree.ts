/**
 * The document tree every briefing printer prints (pandoc's model): blocks of
 * spans, read from the Markdown the template renders (parse-markdown.ts). It
 * holds the template's words and nothing else; the frame of Nghị định 30
 * (header, title, "Kính gửi", signature, appendices) arrives as regions the
 * template marks with directives (docs/templates.md).
 */

/** A run of text, bold and/or italic as the Markdown wrote it; or a hard line break. */
export type Span = { text: string; bold: boolean; italic: boolean } | { lineBreak: true };

export type Align = 'left' | 'right' | 'center';

export interface ListItem {
  spans: Span[];
  /** Lists nested under the item. */
  children: Block[];
}

/** A bar chart read from a Mermaid `xychart-beta` block: its title, categories and values. */
export interface BarChart {
  title: string;
  /** The y axis's title ("%"), printed after each value label when it is "%". */
  unit: string;
  categories: string[];
  values: number[];
  /** The y axis's range, when written (`0 --> 100`). */
  range: [number, number] | null;
}

/**
 * The frame regions of Nghị định 30 a template may mark (directives.ts):
 * `header` (two columns, each its first paragraph on the first row and the
 * rest on the second), `title` (the document's kind and title, centred, a
 * rule under them), `addressees` ("Kính gửi"), `signature` and `recipients`
 * (side by side when they follow each other), `appendix-head` (an appendix's
 * label, title and "Kèm theo" line, centred).
 */
export type Role = 'header' | 'title' | 'addressees' | 'signature' | 'recipients' | 'appendix-head';

export type Orientation = 'auto' | 'portrait' | 'landscape';

export type Block =
  | { type: 'heading'; level: number; spans: Span[] }
  | { type: 'paragraph'; spans: Span[] }
  | { type: 'list'; ordered: boolean; items: ListItem[] }
  | { type: 'table'; align: Align[]; head: Span[][]; rows: Span[][][] }
  | { type: 'chart'; chart: BarChart }
  | { type: 'code'; text: string }
  | { type: 'rule' }
  /** A frame region; `columns` holds its blocks, split at `dx:next` (one column when not split). */
  | { type: 'region'; role: Role; columns: Block[][] }
  /** The start of an appendix: a new section from a new page. */
  | { type: 'section'; orientation: Orientation };

/** The text of spans, a line break as "\n". */
export function spanText(spans: readonly Span[]): string {
  let text = '';
  for (const span of spans) text += 'lineBreak' in span ? '\n' : span.text;
  return text;
}

/** Spans split at their hard line breaks: one list per printed line. */
export function spanLines(spans: readonly Span[]): Span[][] {
  const lines: Span[][] = [[]];
  for (const span of spans) {
    if ('lineBreak' in span) lines.push([]);
    else lines.at(-1)?.push(span);
  }
  return lines;
}

/** Whether every span with text is bold (a group row, a lead-in line). */
export function allBold(spans: readonly Span[]): boolean {
  let any = false;
  for (const span of spans) {
    if ('lineBreak' in span || span.text.trim() === '') continue;
    if (!span.bold) return false;
    any = true;
  }
  return any;
}

/** Whether every span with text is italic (a note). */
export function allItalic(spans: readonly Span[]): boolean {
  let any = false;
  for (const span of spans) {
    if ('lineBreak' in span || span.text.trim() === '') continue;
    if (!span.italic) return false;
    any = true;
  }
  return any;
}

const isEmpty = (cell: readonly Span[]) =>
  cell.every((span) => 'lineBreak' in span || span.text.trim() === '');

/**
 * A group's name across the table: the row's one cell with text, in bold
 * (the first, or a later one after empty cells: a theme above its texts), or
 * -1 when the row is an ordinary one.
 */
export function groupCell(row: readonly Span[][]): number {
  if (row.length < 2) return -1;
  let only = -1;
  for (const [index, cell] of row.entries()) {
    if (isEmpty(cell)) continue;
    if (only !== -1) return -1;
    only = index;
  }
  if (only === -1 || only === row.length - 1) return -1;
  return allBold(row[only] ?? []) ? only : -1;
}
