/**
 * Makes the packed .docx the same bytes whenever the same model is rendered.
 * The docx package names the parts it adds (a chart, its workbook) with
 * random relationship ids, stamps its document properties and every zip
 * entry with the clock, and zips the chart's embedded workbook the same way.
 * It also counts drawings across documents. Here the random ids become
 * numbered ones in order of appearance, drawings are numbered from 1, the
 * document properties carry the report's date, the blocks written as XML
 * (raw-xml.ts) take their placeholders' places, and the package is zipped
 * again (zip-writer.ts) with every entry, the embedded workbook's included,
 * dated that day (zip-timestamps.ts).
 */
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { IsoDate } from '../../model/types.js';
import { pinZipTimestamps } from '../zip-timestamps.js';
import { documentChunks, escapeXml, type XmlChunks } from './raw-xml.js';
import { writeZip, type ZipEntryChunks } from './zip-writer.js';

export interface PackageProperties {
  title: string;
  /** Creator and last modifier. */
  organization: string;
  /** Created and modified, at 00:00 UTC; also every zip entry's date. */
  date: IsoDate;
}

/** docProps/core.xml with fixed dates (the docx package writes the clock's). */
export function corePropertiesXml(properties: PackageProperties): string {
  const stamp = `${properties.date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(properties.title)}</dc:title>` +
    `<dc:creator>${escapeXml(properties.organization)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(properties.organization)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** Relationship ids that are not Word's own numbered ones (rId1, rId2 …). */
const RELATIONSHIP_ID = /\bId="([^"]+)"/g;
const NUMBERED = /^rId\d+$/;

/** Random relationship ids → rIdPart1, rIdPart2 …, in the order the relationship parts list them. */
function renameRandomIds(texts: Map<string, string>): void {
  const names = new Map<string, string>();
  for (const [path, text] of texts) {
    if (!path.endsWith('.rels')) continue;
    for (const [, id = ''] of text.matchAll(RELATIONSHIP_ID))
      if (!NUMBERED.test(id) && !names.has(id)) names.set(id, `rIdPart${names.size + 1}`);
  }
  if (names.size === 0) return;
  const pattern = new RegExp(
    `"(${[...names.keys()].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})"`,
    'g',
  );
  for (const [path, text] of texts)
    texts.set(
      path,
      text.replace(pattern, (_, id: string) => `"${names.get(id) ?? id}"`),
    );
}

/**
 * Drawing ids (`<wp:docPr id>`) come from a counter the docx package keeps for
 * the whole process, so a second document starts where the first stopped:
 * numbered again from 1, in document order.
 */
function renumberDrawings(texts: Map<string, string>): void {
  let next = 0;
  for (const [path, text] of texts)
    if (path.startsWith('word/') && text.includes('<wp:docPr '))
      texts.set(
        path,
        text.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++next}"`),
      );
}

const isText = (path: string) => /\.(xml|rels)$/.test(path);
const DOCUMENT = 'word/document.xml';

/**
 * The package, made deterministic, with its core properties set and the
 * blocks written as XML (`raw`, raw-xml.ts) in place of their placeholders.
 */
export function finishPackage(
  docx: Uint8Array,
  properties: PackageProperties,
  raw: readonly (readonly XmlChunks[])[] = [],
): Uint8Array {
  const files = unzipSync(docx);
  const texts = new Map<string, string>();
  for (const [path, bytes] of Object.entries(files))
    if (isText(path)) texts.set(path, strFromU8(bytes));
  texts.set('docProps/core.xml', corePropertiesXml(properties));
  renameRandomIds(texts);
  renumberDrawings(texts);
  const entries = Object.entries(files).map(([path, bytes]): ZipEntryChunks => {
    const text = texts.get(path);
    // After the ids are renamed: the raw blocks hold none, and need not be searched.
    if (path === DOCUMENT) return { name: path, chunks: documentChunks(text ?? '', raw) };
    const data =
      text !== undefined
        ? strToU8(text)
        : path.endsWith('.xlsx')
          ? pinZipTimestamps(bytes, properties.date)
          : bytes;
    return { name: path, chunks: [data] };
  });
  return writeZip(entries, properties.date);
}
