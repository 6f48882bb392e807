/**
 * An office's reference document (`--docx-reference`, like pandoc's
 * `--reference-doc`): its word/styles.xml replaces the briefing's styles,
 * style by style. Its styles and document defaults win; a style of ours that
 * it does not define (by id) is kept, so a reference made in any Word still
 * gives every paragraph a look. Read with care, as any file from outside:
 * only word/styles.xml is unpacked, and only up to MAX_STYLES_BYTES; a
 * styles part that declares a DTD or entities is refused. Pure: the file
 * arrives as bytes.
 */
import { strFromU8, unzipSync } from 'fflate';
import { DocxReferenceError } from '../../errors/known-errors.js';
import { DOC_DEFAULTS, styleElements } from './style-sheet.js';

const STYLES_PART = 'word/styles.xml';

/** The largest styles part read (Word's own are 30–300 KB). */
export const MAX_STYLES_BYTES = 8 * 1024 * 1024;

function readStylesPart(bytes: Uint8Array): string {
  const seen = new Set<string>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        seen.add(file.name);
        if (file.name === STYLES_PART && file.originalSize > MAX_STYLES_BYTES)
          throw new DocxReferenceError('too-large');
        return file.name === STYLES_PART;
      },
    });
  } catch (error) {
    if (error instanceof DocxReferenceError) throw error;
    throw new DocxReferenceError('not-zip');
  }
  const styles = files[STYLES_PART];
  if (
    !seen.has('word/document.xml') ||
    styles === undefined ||
    styles.byteLength > MAX_STYLES_BYTES
  )
    throw new DocxReferenceError(
      styles === undefined || !seen.has('word/document.xml') ? 'not-word' : 'too-large',
    );
  return strFromU8(styles);
}

/** word/styles.xml for the briefing: the reference's, with ours for what it lacks. */
export function referenceStylesXml(bytes: Uint8Array): string {
  const xml = readStylesPart(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new DocxReferenceError('unsafe');
  const close = xml.lastIndexOf('</w:styles>');
  if (!/<w:styles[\s>]/.test(xml) || close < 0) throw new DocxReferenceError('no-styles');
  const ids = new Set(
    [...xml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"/g)].map((match) => match[1] ?? ''),
  );
  const missing = [...styleElements()].filter(([id]) => !ids.has(id)).map(([, style]) => style);
  let merged = `${xml.slice(0, close)}${missing.join('')}${xml.slice(close)}`;
  if (!/<w:docDefaults[\s>]/.test(xml))
    merged = merged.replace(/(<w:styles\b[^>]*>)/, `$1${DOC_DEFAULTS}`);
  return merged;
}
