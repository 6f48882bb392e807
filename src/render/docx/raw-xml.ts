/**
 * WordprocessingML written as text, for the parts of the briefing that are
 * large and regular (the body's paragraphs and the data tables: an appendix
 * of 20,000 tasks is most of a national report). Building those through the
 * docx package's object tree costs a hundred objects a cell and most of the
 * rendering time; written directly they are strings, escaped and in a fixed
 * order, so the same model still gives the same bytes. A long table is not
 * kept at all: it is written as UTF-8 chunks of rows while the package is
 * zipped, each chunk compressed and dropped before the next is made.
 *
 * Raw blocks travel through the docx package as placeholder paragraphs of a
 * style no text of ours has (`DxRawXml`), numbered; `documentChunks` puts each
 * block's XML in its place when word/document.xml is written into the
 * package (package.ts).
 */
import { Paragraph, TextRun, type Table } from 'docx';

/** XML made on demand, as UTF-8 chunks in order (each call makes it again, the same). */
export type XmlChunks = () => Iterable<Uint8Array>;

/** A block of WordprocessingML (paragraphs, a `<w:tbl>`), written by this renderer. */
export interface RawXml {
  /** The XML as text, or made when it is written. */
  readonly rawXml: string | XmlChunks;
}

export function isRawXml(block: unknown): block is RawXml {
  return typeof block === 'object' && block !== null && 'rawXml' in block;
}

const XML_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const MARKUP = /[&<>"]/;

/** Text for an XML text node or attribute value. */
export function escapeXml(text: string): string {
  return MARKUP.test(text) ? text.replace(/[&<>"]/g, (char) => XML_TEXT[char] ?? char) : text;
}

const utf8 = new TextEncoder();

/** XML text as UTF-8. */
export function encodeXml(text: string): Uint8Array {
  return utf8.encode(text);
}

/** The placeholders' style: no paragraph of the briefing has it, so no text can pass for one. */
const PLACEHOLDER_STYLE = 'DxRawXml';
const PLACEHOLDER =
  /<w:p><w:pPr><w:pStyle w:val="DxRawXml"\/><\/w:pPr><w:r><w:t xml:space="preserve">(\d+)<\/w:t><\/w:r><\/w:p>/g;

/**
 * The blocks as the docx package takes them, each run of raw blocks one
 * numbered placeholder whose XML is kept in `parts` (text encoded at once,
 * tables as the functions that write them). A section whose last block is
 * raw gets an empty paragraph after it, where the package writes the
 * section's properties (as it does after a table).
 */
export function withPlaceholders<T extends Paragraph | Table>(
  blocks: readonly (T | RawXml)[],
  parts: XmlChunks[][],
): (T | Paragraph)[] {
  const out: (T | Paragraph)[] = [];
  let sources: XmlChunks[] = [];
  let text: string[] = [];
  const encodeText = () => {
    if (text.length === 0) return;
    const bytes = encodeXml(text.join(''));
    sources.push(() => [bytes]);
    text = [];
  };
  const flush = () => {
    encodeText();
    if (sources.length === 0) return;
    parts.push(sources);
    sources = [];
    out.push(
      new Paragraph({
        style: PLACEHOLDER_STYLE,
        children: [new TextRun(String(parts.length - 1))],
      }),
    );
  };
  for (const block of blocks) {
    if (!isRawXml(block)) {
      flush();
      out.push(block);
    } else if (typeof block.rawXml === 'string') text.push(block.rawXml);
    else {
      encodeText();
      sources.push(block.rawXml);
    }
  }
  const endsRaw = text.length + sources.length > 0;
  flush();
  if (endsRaw) out.push(new Paragraph({}));
  return out;
}

/**
 * word/document.xml as UTF-8 chunks: the docx package's, each placeholder
 * replaced by its blocks, made as they are asked for. Each placeholder must
 * be there once.
 */
export function* documentChunks(
  document: string,
  parts: readonly (readonly XmlChunks[])[],
): Generator<Uint8Array> {
  const seen = new Set<number>();
  let from = 0;
  for (const match of document.matchAll(PLACEHOLDER)) {
    const number = Number(match[1]);
    const part = parts[number];
    if (part === undefined || seen.has(number))
      throw new Error(`Stray Word placeholder ${match[1]}`);
    seen.add(number);
    yield encodeXml(document.slice(from, match.index));
    for (const source of part) yield* source();
    from = match.index + match[0].length;
  }
  yield encodeXml(document.slice(from));
  if (seen.size !== parts.length)
    throw new Error(`${parts.length - seen.size} Word placeholder(s) not found`);
}
