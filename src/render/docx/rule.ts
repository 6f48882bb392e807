/**
 * The short solid lines of the NĐ 30 header: under the issuing body (1/3 to
 * 1/2 of its text), under the motto (its own length) and under the title.
 * Each is an empty paragraph with a top border, indented from both sides so
 * that the border is as long as asked, centred in its column: a paragraph
 * rather than a drawn shape, so every reader (Word, LibreOffice, python-docx)
 * keeps it in place.
 */
import { BorderStyle, Paragraph } from 'docx';
import { STYLE } from './styles.js';

/** A centred rule `length` twips long in a column `width` twips wide. */
export function rule(length: number, width: number): Paragraph {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    style: STYLE.rule,
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}
