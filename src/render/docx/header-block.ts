/**
 * The header of the first page (NĐ 30/2020, Phụ lục I, ô 1–4) as two columns
 * side by side in a borderless table. Left: the parent body (capitals), the
 * issuing body (capitals, bold) with a short rule under it, and on the next
 * row the number line. Right: the national title (capitals, bold, 12 pt), the
 * motto (bold, 13 pt) with a rule of its length, and on the row of the number
 * line the place and date in italics. Both rows share their height, so the
 * number and date lines stand level.
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
import { numberLine, upperVi } from '../document-identity.js';
import { formatDateLong } from '../format-vi.js';
import { mm, PORTRAIT_TEXT_WIDTH } from '../layout/page.js';
import { plain } from './plain-text.js';
import { rule } from './rule.js';
import { SIZE, STYLE } from './styles.js';
import { textWidth } from '../layout/text-width.js';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Cell padding on either side, in twips. */
const PADDING = 57;

/**
 * The header reaches 1 cm into the left margin and 0,5 cm into the right one,
 * as the model layouts of NĐ 30 do, so that the bodies' names and the
 * national title each keep to as few lines as they can.
 */
const OUTDENT = { left: mm(10), right: mm(5) };
const WIDTH = PORTRAIT_TEXT_WIDTH + OUTDENT.left + OUTDENT.right;

/** The right column as wide as the national title needs on one line; the left takes the rest. */
function columnWidths(): [number, number] {
  const title = Math.ceil(textWidth(NATIONAL_TITLE, SIZE.header, true) * 1.06) + 2 * PADDING;
  const right = Math.min(Math.round(WIDTH * 0.6), Math.max(title, Math.round(WIDTH * 0.52)));
  return [WIDTH - right, right];
}

function line(style: string, text: string): Paragraph {
  return new Paragraph({ style, children: [new TextRun(plain(text))] });
}

function column(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: PADDING, right: PADDING, top: 0, bottom: 0 },
    children,
  });
}

/** The issuing body's rule: 40% of its text, as wide as the column lets that text be. */
function issuingRule(name: string, inner: number): Paragraph {
  const printed = Math.min(textWidth(name, SIZE.header, true), inner);
  return rule(Math.round(printed * 0.4), inner);
}

export function headerBlock(model: ReportModel): Table {
  const [left, right] = columnWidths();
  const issuing = upperVi(plain(model.organization.name));
  const bodies = [
    ...(model.organization.parent === null
      ? []
      : [line(STYLE.parentBody, upperVi(model.organization.parent))]),
    line(STYLE.issuingBody, issuing),
    issuingRule(issuing, left - 2 * PADDING),
  ];
  const nation = [
    line(STYLE.nationalTitle, NATIONAL_TITLE),
    line(STYLE.motto, MOTTO),
    rule(textWidth(MOTTO, SIZE.motto, true), right - 2 * PADDING),
  ];
  // Not through plain(): the blank left for the number is spaces that must stay.
  const number =
    model.document === null
      ? []
      : [
          new Paragraph({
            style: STYLE.numberLine,
            children: [
              new TextRun(numberLine({ ...model.document, symbol: plain(model.document.symbol) })),
            ],
          }),
        ];
  const date = line(STYLE.dateLine, `${plain(model.place)}, ${formatDateLong(model.reportDate)}`);
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    indent: { size: -OUTDENT.left, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ cantSplit: true, children: [column(left, bodies), column(right, nation)] }),
      new TableRow({
        cantSplit: true,
        // An empty cell still needs its paragraph.
        children: [
          column(left, number.length > 0 ? number : [new Paragraph({ style: STYLE.numberLine })]),
          column(right, [date]),
        ],
      }),
    ],
  });
}
