/**
 * An office's reference document (`--docx-reference`, like pandoc's
 * `--reference-doc`): its word/styles.xml replaces the briefing's styles,
 * style by style. Its styles and document defaults win; a style of ours that
 * it does not define (by id) is kept, so a reference made in any Word still
 * gives every paragraph a look. Read with care, as any file from outside:
 * only word/styles.xml is unpacked, within limits judged before inflating
 * (reference-zip.ts), and it must be well-formed XML with no DTD under a
 * `w:styles` root (styles-xml.ts). Pure: the file arrives as bytes.
 */
import { readReferencePart } from './reference-zip.js';
import { readStylesXml } from './styles-xml.js';
import { DOC_DEFAULTS, styleElements } from './style-sheet.js';

export { MAX_STYLES_BYTES } from './reference-zip.js';

/** word/styles.xml for the briefing: the reference's, with ours for what it lacks. */
export function referenceStylesXml(bytes: Uint8Array): string {
  const xml = readReferencePart(bytes, 'word/styles.xml', 'word/document.xml');
  const { ids, hasDocDefaults, contentStart, contentEnd } = readStylesXml(xml);
  const missing = [...styleElements()].filter(([id]) => !ids.has(id)).map(([, style]) => style);
  const defaults = hasDocDefaults ? '' : DOC_DEFAULTS;
  return `${xml.slice(0, contentStart)}${defaults}${xml.slice(contentStart, contentEnd)}${missing.join('')}${xml.slice(contentEnd)}`;
}
