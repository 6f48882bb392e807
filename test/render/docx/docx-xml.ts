/**
 * Reads a rendered .docx back for tests, independently of the renderer: the
 * zip's parts (test/helpers/zip-reader.ts), and from word/document.xml the
 * body's paragraphs (style and text) and tables (rows of cell texts), in
 * document order. Enough XML reading for assertions; not a general parser.
 */
import { readFileSync } from 'node:fs';
import { entryText, readZip, type ZipEntry } from '../../helpers/zip-reader.js';

export interface DocxParagraph {
  style: string | null;
  text: string;
  /** The raw XML of the paragraph, for formatting checks. */
  xml: string;
}

export interface DocxTable {
  /** Each row's cells, each cell its paragraphs. */
  rows: DocxParagraph[][][];
  xml: string;
}

export type DocxBlock = ({ kind: 'paragraph' } & DocxParagraph) | ({ kind: 'table' } & DocxTable);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');

export function paragraph(xml: string): DocxParagraph {
  const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null;
  let text = '';
  for (const [, tab, run] of xml.matchAll(/(<w:tab\/>)|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g))
    text += tab === undefined ? decode(run ?? '') : '\t';
  return { style, text, xml };
}

function paragraphsIn(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g)].map((match) =>
    paragraph(match[0]),
  );
}

function table(xml: string): DocxTable {
  const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphsIn(cell[0])),
  );
  return { rows, xml };
}

/** The body's top-level paragraphs and tables, in order (nested tables are not used). */
export function bodyBlocks(documentXml: string): DocxBlock[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? '';
  const blocks: DocxBlock[] = [];
  for (const match of body.matchAll(
    /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g,
  )) {
    blocks.push(
      match[0].startsWith('<w:tbl>')
        ? { kind: 'table', ...table(match[0]) }
        : { kind: 'paragraph', ...paragraph(match[0]) },
    );
  }
  return blocks;
}

/** The texts of a table's cells, row by row. */
export function cellTexts(found: DocxTable): string[][] {
  return found.rows.map((row) => row.map((cell) => cell.map((p) => p.text).join('\n')));
}

export interface ReadDocx {
  entries: ZipEntry[];
  part(name: string): string;
  document: string;
  blocks: DocxBlock[];
  paragraphs: DocxParagraph[];
  tables: DocxTable[];
}

export function readDocx(bytes: Uint8Array): ReadDocx {
  const entries = readZip(bytes);
  const document = entryText(entries, 'word/document.xml');
  const blocks = bodyBlocks(document);
  return {
    entries,
    part: (name) => entryText(entries, name),
    document,
    blocks,
    paragraphs: blocks.filter((block) => block.kind === 'paragraph'),
    tables: blocks.filter((block) => block.kind === 'table'),
  };
}

/** What the briefing's renderers read besides the model: the bundled template. */
export const BRIEFING_INPUT = {
  template: {
    text: readFileSync(new URL('../../../templates/bao-cao.md.hbs', import.meta.url), 'utf8'),
    file: 'bao-cao.md.hbs',
  },
};
