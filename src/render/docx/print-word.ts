/** The Word printer's entry: blocks in, the packed .docx out. */
import type { DocumentFrame } from '../document/frame.js';
import type { BarChart, Block } from '../document/tree.js';
import { BRIEFING_PAGES } from '../layout/page.js';
import { readReference } from './reference-styles.js';
import { stylesXml } from './style-sheet.js';
import { documentXml } from './word-document.js';
import { packageDocx } from './word-package.js';

export function printWord(
  blocks: Iterable<Block>,
  frame: DocumentFrame,
  reference?: Uint8Array,
): Uint8Array {
  // The reference is read first: a bad one is refused before any printing.
  const { styles, pages } =
    reference === undefined
      ? { styles: stylesXml(), pages: BRIEFING_PAGES }
      : readReference(reference);
  const charts: BarChart[] = [];
  return packageDocx(documentXml(blocks, charts, pages), charts, styles, frame);
}
