/**
 * An office's reference document (`--docx-reference`, like pandoc's
 * `--reference-doc`): its word/styles.xml replaces the briefing's styles,
 * style by style, and its body's paper size and margins the briefing's
 * (reference-page.ts, read from word/document.xml within the same limits).
 * Its styles and document defaults win; a style of ours that
 * it does not define (by id) is kept, so a reference made in any Word still
 * gives every paragraph a look. Read with care, as any file from outside:
 * only word/styles.xml is unpacked, within limits judged before inflating
 * (reference-zip.ts), and it must be well-formed XML with no DTD under a
 * `w:styles` root (styles-xml.ts). Pure: the file arrives as bytes.
 */
import type { PageSetup } from '../layout/page.js';
import { referencePages } from './reference-page.js';
import { readReferencePart } from './reference-zip.js';
import { readPartXml, readStylesXml } from './styles-xml.js';
import { DOC_DEFAULTS, STYLES, styleElements } from './style-sheet.js';

export { MAX_STYLES_BYTES } from './reference-zip.js';

/** An office's reference document, read: the styles.xml to print with, and the pages. */
export interface Reference {
  styles: string;
  pages: PageSetup;
}

/** Reads a reference document: its styles merged with ours, its body's page (reference-page.ts). */
export function readReference(bytes: Uint8Array): Reference {
  const styles = referenceStylesXml(bytes);
  const document = readReferencePart(bytes, 'word/document.xml', 'word/styles.xml');
  // Well-formed before it is searched: a tag left open made the page's search quadratic.
  readPartXml(document, 'word/document.xml', 'w:document');
  return { styles, pages: referencePages(document) };
}

/** word/styles.xml for the briefing: the reference's, with ours for what it lacks. */
export function referenceStylesXml(bytes: Uint8Array): string {
  const read = readReferencePart(bytes, 'word/styles.xml', 'word/document.xml');
  // Well-formed before withOurIds searches it: a tag left open made that search quadratic.
  readStylesXml(read);
  const xml = withOurIds(read);
  const { ids, hasDocDefaults, contentStart, contentEnd } = readStylesXml(xml);
  const missing = [...styleElements()].filter(([id]) => !ids.has(id)).map(([, style]) => style);
  const defaults = hasDocDefaults ? '' : DOC_DEFAULTS;
  return `${xml.slice(0, contentStart)}${defaults}${xml.slice(contentStart, contentEnd)}${missing.join('')}${xml.slice(contentEnd)}`;
}

/**
 * LibreOffice saves a style under an id it makes from the style's name
 * ("Body Text" becomes TextBody, "Quốc hiệu" Quchiu), so an office's edit of
 * Body Text would not reach the briefing, which names BodyText. A style of
 * the reference whose name is one of ours, under another id, takes our id
 * (and so do the styles based on it, following it or linked to it). One pass
 * over the style tags and exact replacements: linear in the part's size.
 */
function withOurIds(xml: string): string {
  const idsByName = new Map<string, string>();
  const present = new Set<string>();
  for (let at = xml.indexOf('<w:style '); at >= 0; at = xml.indexOf('<w:style ', at + 1)) {
    const end = xml.indexOf('>', at);
    if (end < 0) break;
    const id = /\bw:styleId="([^"]*)"/.exec(xml.slice(at, end))?.[1];
    if (id === undefined) continue;
    present.add(id);
    const name = /^\s*<w:name w:val="([^"]*)"/.exec(xml.slice(end + 1, end + 1 + 512))?.[1];
    if (name !== undefined && !idsByName.has(name)) idsByName.set(name, id);
  }
  let renamed = xml;
  for (const style of STYLES) {
    const found = idsByName.get(style.name);
    if (present.has(style.id) || found === undefined || found === style.id) continue;
    for (const attribute of ['w:styleId', '<w:basedOn w:val', '<w:next w:val', '<w:link w:val'])
      renamed = renamed.replaceAll(`${attribute}="${found}"`, `${attribute}="${style.id}"`);
    present.add(style.id);
  }
  return renamed;
}
