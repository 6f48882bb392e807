/**
 * An office's reference document (`--docx-reference`, like pandoc's
 * `--reference-doc`): its word/styles.xml replaces the briefing's styles. Its
 * styles win; a style of ours that it does not define (by id) is kept, so a
 * reference made in any Word still gives every paragraph a look. Pure: the
 * file arrives as bytes.
 */
import { strFromU8, unzipSync } from 'fflate';
import { DocxReferenceError } from './reference-error.js';

export { DocxReferenceError } from './reference-error.js';

export interface ReferenceStyles {
  /** The reference's word/styles.xml. */
  xml: string;
  /** The ids of the styles it defines. */
  ids: ReadonlySet<string>;
  /** Whether it sets document defaults (fonts, sizes) of its own. */
  hasDefaults: boolean;
}

const STYLES_PART = 'word/styles.xml';

export function readReferenceStyles(bytes: Uint8Array): ReferenceStyles {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => file.name === STYLES_PART || file.name === 'word/document.xml',
    });
  } catch {
    throw new DocxReferenceError('not-zip');
  }
  const styles = files[STYLES_PART];
  if (files['word/document.xml'] === undefined || styles === undefined)
    throw new DocxReferenceError('not-word');
  const xml = strFromU8(styles);
  if (!/<w:styles[\s>]/.test(xml)) throw new DocxReferenceError('no-styles');
  const ids = new Set(
    [...xml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"/g)].map((match) => match[1] ?? ''),
  );
  return { xml, ids, hasDefaults: /<w:docDefaults[\s>]/.test(xml) };
}
