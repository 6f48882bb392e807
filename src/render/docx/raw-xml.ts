/**
 * WordprocessingML written as text, for the parts of the briefing that are
 * large and regular (the body's paragraphs and the data tables: an appendix
 * of 20,000 tasks is most of a national report). Building those through the docx package's object tree
 * costs a hundred objects a cell and most of the rendering time; written
 * directly they are one string, escaped and in a fixed order, so the same
 * model still gives the same bytes.
 *
 * A raw block travels through the docx package as a placeholder paragraph of
 * a style no text of ours has (`DxRawXml`), its number as its text;
 * `spliceRawXml` puts each block's XML in its place in word/document.xml
 * when the package is finished (package.ts).
 */
import { Paragraph, TextRun, type Table } from 'docx';

/** A block of WordprocessingML (a `<w:tbl>`), written by this renderer. */
export interface RawXml {
  readonly rawXml: string;
}

export function isRawXml(block: unknown): block is RawXml {
  return typeof block === 'object' && block !== null && 'rawXml' in block;
}

const XML_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for an XML text node or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => XML_TEXT[char] ?? char);
}

/** The placeholders' style: no paragraph of the briefing has it, so no text can pass for one. */
const PLACEHOLDER_STYLE = 'DxRawXml';
const PLACEHOLDER =
  /<w:p><w:pPr><w:pStyle w:val="DxRawXml"\/><\/w:pPr><w:r><w:t xml:space="preserve">(\d+)<\/w:t><\/w:r><\/w:p>/g;

/**
 * The blocks as the docx package takes them, each run of raw blocks one
 * numbered placeholder whose XML is kept in `parts`. A section whose last
 * block is raw gets an empty paragraph after it, where the package writes the
 * section's properties (as it does after a table).
 */
export function withPlaceholders<T extends Paragraph | Table>(
  blocks: readonly (T | RawXml)[],
  parts: string[],
): (T | Paragraph)[] {
  const out: (T | Paragraph)[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    parts.push(pending.join(''));
    pending = [];
    out.push(
      new Paragraph({
        style: PLACEHOLDER_STYLE,
        children: [new TextRun(String(parts.length - 1))],
      }),
    );
  };
  for (const block of blocks) {
    if (isRawXml(block)) pending.push(block.rawXml);
    else {
      flush();
      out.push(block);
    }
  }
  const endsRaw = pending.length > 0;
  flush();
  if (endsRaw) out.push(new Paragraph({}));
  return out;
}

/** word/document.xml with every placeholder replaced by its block; each must be there once. */
export function spliceRawXml(document: string, parts: readonly string[]): string {
  const seen = new Set<number>();
  const spliced = document.replace(PLACEHOLDER, (_, index: string) => {
    const number = Number(index);
    const part = parts[number];
    if (part === undefined || seen.has(number)) throw new Error(`Stray Word placeholder ${index}`);
    seen.add(number);
    return part;
  });
  if (seen.size !== parts.length)
    throw new Error(`${parts.length - seen.size} Word placeholder(s) not found`);
  return spliced;
}
