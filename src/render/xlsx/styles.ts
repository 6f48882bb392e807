/**
 * Cell styles of the workbook, built once and shared: exceljs recognises a
 * style object it has seen before by identity, which keeps styling 100,000
 * rows cheap, and nothing here is ever mutated after creation.
 */
import type { Borders, Fill, Font, Style } from 'exceljs';

/** What a column holds, which decides its number format, alignment and width. */
export type ColumnKind =
  | 'text'
  | 'long-text'
  | 'count'
  | 'score'
  | 'percent'
  | 'progress'
  | 'point-change'
  | 'count-change'
  | 'measure'
  | 'whole-measure'
  | 'percent-measure'
  | 'measure-change'
  | 'measure-point-change'
  | 'date';

/** Optional decimals of an indicator's numbers: as many as Excel can show (15 significant digits). */
const SHOWN_DECIMALS = '#'.repeat(15);

/** Number formats by kind; text columns are formatted as text ('@') so typed-over cells stay text. */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: '@',
  'long-text': '@',
  count: '#,##0',
  // Index points, whole in the sample (28); a score with decimals takes the kind of scoreKind below.
  score: '#,##0',
  percent: '0.0%',
  // A task's progress, written 0–100 in the dataset, as a ratio on the scale of every other ratio (70 → 70,0%).
  progress: '0.0%',
  // Percentage points, not percents (a rise from 50% to 53,8% is +3,8): the header names the unit.
  'point-change': '+0.0;-0.0;0.0',
  'count-change': '+#,##0;-#,##0;0',
  // An indicator's value as written, 72,595 or 103,97 or 0,0004 (units live in their own column):
  // every decimal shown, as in the briefing, so a tiny value or change is never shown as 0; whole
  // numbers without decimals (4.327); shares in % as ratios on the scale of every other ratio.
  measure: `#,##0.0${SHOWN_DECIMALS}`,
  'whole-measure': '#,##0',
  'percent-measure': `0.0${SHOWN_DECIMALS}%`,
  'measure-change': `+#,##0.${SHOWN_DECIMALS};-#,##0.${SHOWN_DECIMALS};0`,
  // The change of a share in %, in percentage points, every decimal shown.
  'measure-point-change': `+0.0${SHOWN_DECIMALS};-0.0${SHOWN_DECIMALS};0.0`,
  // One date form in every output: 30/6/2024, 05/01 never padded.
  date: 'd/m/yyyy',
};

/** How a data row stands out: not at all, as an overdue task, or as a total. */
export type RowLook = 'plain' | 'overdue' | 'total';

/** The fill of overdue rows (Excel's light red). */
export const OVERDUE_FILL: Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFC7CE' },
};
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const BOLD: Partial<Font> = { bold: true };

export const TITLE_STYLE: Partial<Style> = { font: { bold: true, size: 13 } };
export const SUBTITLE_STYLE: Partial<Style> = { font: { italic: true } };
export const HEADER_STYLE: Partial<Style> = {
  font: BOLD,
  fill: HEADER_FILL,
  border: BORDER,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
};

const KINDS = Object.keys(NUMBER_FORMATS) as ColumnKind[];

function dataStyle(kind: ColumnKind, look: RowLook): Partial<Style> {
  const style: Partial<Style> = {
    numFmt: NUMBER_FORMATS[kind],
    border: BORDER,
    alignment: { vertical: 'top', wrapText: kind === 'long-text' },
  };
  if (look === 'overdue') style.fill = OVERDUE_FILL;
  if (look === 'total') style.font = BOLD;
  return style;
}

/** The shared styles of a column's data cells, by the look of their row. */
export type ColumnStyles = Readonly<Record<RowLook, Partial<Style>>>;

const COLUMN_STYLES = new Map<ColumnKind, ColumnStyles>(
  KINDS.map((kind) => [
    kind,
    {
      plain: dataStyle(kind, 'plain'),
      overdue: dataStyle(kind, 'overdue'),
      total: dataStyle(kind, 'total'),
    },
  ]),
);

/** The shared styles of the data cells of a column of a kind. */
export function columnStyles(kind: ColumnKind): ColumnStyles {
  const styles = COLUMN_STYLES.get(kind);
  if (styles === undefined) throw new Error(`No cell styles for ${kind}`);
  return styles;
}

/** The kind of an index score's cell: whole points as `score` (28), points with decimals every decimal shown (27,5). */
export function scoreKind(points: number | null): ColumnKind {
  return points === null || Number.isInteger(points) ? 'score' : 'measure';
}
