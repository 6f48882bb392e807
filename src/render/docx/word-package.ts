/**
 * The .docx package, zipped once with fflate: word/document.xml deflated as
 * it is printed (a national briefing is never one string), then the parts
 * that name what the document turned out to hold (its charts), each entry
 * dated the report's day at 00:00, so the same input gives the same bytes.
 */
import { strToU8, Zip } from 'fflate';
import type { BarChart } from '../document/tree.js';
import type { DocumentFrame } from '../document/frame.js';
import { dateParts } from '../../model/dates.js';
import type { IsoDate } from '../../model/types.js';
import { chartPartXml } from './word-chart.js';
import { DeflatedEntry } from './deflated-entry.js';
import { chartId, FIRST_HEADER_ID, HEADER_ID } from './word-document.js';
import { STYLE } from './style-sheet.js';
import { escapeXml } from './word-text.js';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

function contentTypes(charts: number): string {
  const part = (name: string, type: string) =>
    `<Override PartName="/${name}" ContentType="${type}"/>`;
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    part('word/document.xml', `${WORD}.document.main+xml`) +
    part('word/styles.xml', `${WORD}.styles+xml`) +
    part('word/settings.xml', `${WORD}.settings+xml`) +
    part('word/header1.xml', `${WORD}.header+xml`) +
    part('word/header2.xml', `${WORD}.header+xml`) +
    Array.from({ length: charts }, (_, index) =>
      part(
        `word/charts/chart${index + 1}.xml`,
        'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
      ),
    ).join('') +
    part('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    part(
      'docProps/app.xml',
      'application/vnd.openxmlformats-officedocument.extended-properties+xml',
    ) +
    '</Types>'
  );
}

const relationship = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;

const PACKAGE_RELATIONSHIPS =
  `${XML}<Relationships xmlns="${PACKAGE_REL}">` +
  relationship('rId1', `${REL}/officeDocument`, 'word/document.xml') +
  relationship('rId2', `${PACKAGE_REL}/metadata/core-properties`, 'docProps/core.xml') +
  relationship('rId3', `${REL}/extended-properties`, 'docProps/app.xml') +
  '</Relationships>';

function documentRelationships(charts: number): string {
  return (
    `${XML}<Relationships xmlns="${PACKAGE_REL}">` +
    relationship('rIdStyles', `${REL}/styles`, 'styles.xml') +
    relationship('rIdSettings', `${REL}/settings`, 'settings.xml') +
    relationship(HEADER_ID, `${REL}/header`, 'header1.xml') +
    relationship(FIRST_HEADER_ID, `${REL}/header`, 'header2.xml') +
    Array.from({ length: charts }, (_, index) =>
      relationship(chartId(index + 1), `${REL}/chart`, `charts/chart${index + 1}.xml`),
    ).join('') +
    '</Relationships>'
  );
}

const SETTINGS = `${XML}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

/** The page number, centred at the top; the first page of each section shows none. */
const PAGE_NUMBER_HEADER =
  `${XML}<w:hdr xmlns:w="${W}"><w:p><w:pPr><w:pStyle w:val="${STYLE.header}"/></w:pPr>` +
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>';
const EMPTY_HEADER = `${XML}<w:hdr xmlns:w="${W}"><w:p><w:pPr><w:pStyle w:val="${STYLE.header}"/></w:pPr></w:p></w:hdr>`;

/** docProps/core.xml: the title, the issuer, and the report's day as created and modified. */
export function corePropertiesXml(frame: DocumentFrame): string {
  const stamp = `${frame.date}T00:00:00Z`;
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(frame.title)}</dc:title><dc:creator>${escapeXml(frame.organization)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(frame.organization)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
  );
}

const APP = `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>dx-report</Application></Properties>`;

/** Text gathered to about this many characters before it is encoded and deflated. */
const GATHER = 1 << 18;

/** Midnight of the day as the ZIP's MS-DOS time, which has no zone (1980–2107; a day outside, the nearest end). */
function zipDate(day: IsoDate): Date {
  const { year, month, day: dayOfMonth } = dateParts(day);
  if (year < 1980) return new Date(1980, 0, 1);
  if (year > 2107) return new Date(2107, 11, 31);
  return new Date(year, month - 1, dayOfMonth);
}

/** The package of a document printed as `document` (its charts gathered while it is read), styled by `styles`. */
export function packageDocx(
  document: Iterable<string>,
  charts: readonly BarChart[],
  styles: string,
  frame: DocumentFrame,
): Uint8Array {
  const output: Uint8Array[] = [];
  let failure: unknown = null;
  const zip = new Zip((error, data) => {
    if (error !== null) failure = error;
    else output.push(data);
  });
  const mtime = zipDate(frame.date);
  const add = (name: string, parts: Iterable<string>) => {
    const entry = new DeflatedEntry(name, mtime, 6);
    zip.add(entry);
    let gathered = '';
    for (const part of parts) {
      gathered += part;
      if (gathered.length >= GATHER) {
        entry.push(strToU8(gathered));
        gathered = '';
      }
    }
    entry.push(strToU8(gathered), true);
  };
  add('word/document.xml', document);
  add('[Content_Types].xml', [contentTypes(charts.length)]);
  add('_rels/.rels', [PACKAGE_RELATIONSHIPS]);
  add('word/_rels/document.xml.rels', [documentRelationships(charts.length)]);
  add('word/styles.xml', [styles]);
  add('word/settings.xml', [SETTINGS]);
  add('word/header1.xml', [PAGE_NUMBER_HEADER]);
  add('word/header2.xml', [EMPTY_HEADER]);
  charts.forEach((chart, index) => add(`word/charts/chart${index + 1}.xml`, [chartPartXml(chart)]));
  add('docProps/core.xml', [corePropertiesXml(frame)]);
  add('docProps/app.xml', [APP]);
  zip.end();
  if (failure instanceof Error) throw failure;
  const bytes = new Uint8Array(output.reduce((sum, piece) => sum + piece.byteLength, 0));
  let at = 0;
  for (const piece of output) {
    bytes.set(piece, at);
    at += piece.byteLength;
  }
  return bytes;
}
