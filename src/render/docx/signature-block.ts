/**
 * The end of the body (NĐ 30/2020, ô 7 and 9b) as two columns on one level:
 * left "Nơi nhận:" (12 pt, bold italic) and its list (11 pt, "- …;", the last
 * ending in "."), right the signer: the authority (TM./KT./…) and title in
 * capitals, bold, room for the signature, then the position and the name.
 * One row that may not split, so the signature never stands alone on a page.
 */
import {
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportModel } from '../../compute/report-model.js';
import { listLines, signerLines } from '../document-identity.js';
import { PORTRAIT_TEXT_WIDTH } from '../layout/page.js';
import { plain } from './plain-text.js';
import { STYLE } from './styles.js';

export const RECIPIENTS_HEADING = 'Nơi nhận:';

/** Room left for the signature and the seal, in twips (about 2,5 cm). */
const SIGNATURE_SPACE = 1440;

function line(style: string, text: string, spaceBefore = 0): Paragraph {
  return new Paragraph({
    style,
    ...(spaceBefore > 0 ? { spacing: { before: spaceBefore } } : {}),
    children: [new TextRun(plain(text))],
  });
}

function recipients(model: ReportModel): Paragraph[] {
  if (model.recipients.length === 0) return [new Paragraph({ style: STYLE.recipientsList })];
  return [
    line(STYLE.recipientsHeading, RECIPIENTS_HEADING),
    ...listLines(model.recipients).map((item) => line(STYLE.recipientsList, item)),
  ];
}

function signer(model: ReportModel): Paragraph[] {
  if (model.signer === null) return [new Paragraph({ style: STYLE.signerTitle })];
  const { above, below } = signerLines(model.signer);
  const name = below.at(-1) ?? '';
  const position = below.slice(0, -1);
  return [
    ...above.map((text) => line(STYLE.signerTitle, text)),
    ...position.map((text, index) =>
      line(STYLE.signerTitle, text, index === 0 ? SIGNATURE_SPACE : 0),
    ),
    line(STYLE.signerName, name, position.length === 0 ? SIGNATURE_SPACE : 0),
  ];
}

/** The table, after a blank line, or nothing when the model has neither recipients nor a signer. */
export function signatureBlock(model: ReportModel): (Paragraph | Table)[] {
  if (model.recipients.length === 0 && model.signer === null) return [];
  const left = Math.round(PORTRAIT_TEXT_WIDTH * 0.45);
  const right = PORTRAIT_TEXT_WIDTH - left;
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { left: 57, right: 57, top: 0, bottom: 0 },
      children,
    });
  return [
    new Paragraph({ style: STYLE.normal, keepNext: true }),
    new Table({
      width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [left, right],
      layout: TableLayoutType.FIXED,
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          cantSplit: true,
          children: [cell(left, recipients(model)), cell(right, signer(model))],
        }),
      ],
    }),
  ];
}
