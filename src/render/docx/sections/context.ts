/**
 * What every section of the body reads: the model, its names, and the width
 * its tables may take. Body content is the Markdown briefing's
 * (templates/bao-cao.md.hbs), section by section, word for word: the two
 * documents carry the same figures and sentences (test/render/docx checks it).
 */
import type { Table, Paragraph } from 'docx';
import type { ReportModel } from '../../../compute/report-model.js';
import { formatChange, formatInteger, formatNumber, NO_VALUE } from '../../format-vi.js';
import { lookupIn, type ModelLookup } from '../../lookup.js';
import { heading } from '../blocks.js';

export interface BodyContext {
  model: ReportModel;
  lookup: ModelLookup;
  /** The width tables may take, in twips. */
  width: number;
}

export type Block = Paragraph | Table;

/**
 * A khoản of part I by its place without the indicators: the indicators,
 * when the dataset has them, come first as 1, and the others move down one
 * (the Markdown's `{{add n (choose indicators 1 0)}}`).
 */
export function subsection(context: BodyContext, place: number, title: string): Paragraph {
  const number = place + (context.model.indicators === null ? 0 : 1);
  return heading(2, `${number}. ${title}`);
}

export function bodyContext(model: ReportModel, width: number): BodyContext {
  return { model, lookup: lookupIn(model), width };
}

/** A count or score as the Markdown's `number` helper writes it: 21.914, 7,5, or — for none. */
export function count(value: number | null): string {
  if (value === null) return NO_VALUE;
  return Number.isInteger(value) ? formatInteger(value) : formatNumber(value);
}

/** A change with its unit, as the Markdown's `change` helper: "tăng 3 nhiệm vụ", "không đổi". */
export function change(delta: number, unit: string): string {
  const text = formatChange(delta);
  return delta === 0 ? text : `${text} ${unit}`;
}

/** A table cell's text: empty text shows as — (the Markdown's `cell`). */
export function orDash(text: string | null): string {
  return text === null || text.trim() === '' ? NO_VALUE : text;
}
