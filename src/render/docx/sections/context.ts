/**
 * What every section of the body reads: the model, its names, and the width
 * its tables may take. Body content is the Markdown briefing's
 * (templates/bao-cao.md.hbs), section by section, word for word: the two
 * documents carry the same figures and sentences (test/render/docx checks it).
 * Sections are numbered from render/outline.ts, as the Markdown numbers them.
 */
import type { Table, Paragraph } from 'docx';
import type { ReportModel } from '../../../compute/report-model.js';
import {
  formatChange,
  formatDateShort,
  formatInteger,
  formatNumber,
  NO_VALUE,
} from '../../format-vi.js';
import { lookupIn, type ModelLookup } from '../../lookup.js';
import { sectionNumber, type SectionKey } from '../../outline.js';
import { bodyParagraph, heading } from '../blocks.js';
import type { RawXml } from '../raw-xml.js';

export interface BodyContext {
  model: ReportModel;
  lookup: ModelLookup;
  /** The width tables may take, in twips. */
  width: number;
}

/** A block of the body: a paragraph or table of the docx package, or a table written as XML. */
export type Block = Paragraph | Table | RawXml;

/** A khoản of parts I–III, numbered as the outline numbers it: "3. Kết quả trên các lĩnh vực". */
export function numbered(context: BodyContext, key: SectionKey, title: string): RawXml {
  return heading(2, `${sectionNumber(context.model, key)}. ${title}`);
}

export function bodyContext(model: ReportModel, width: number): BodyContext {
  return { model, lookup: lookupIn(model), width };
}

/** The office's paragraphs (notes/**), each a body paragraph. */
export function paragraphs(texts: readonly string[]): RawXml[] {
  return texts.map((text) => bodyParagraph(text));
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

/** A day as the Markdown's `date` helper writes it: 30/06/2024, or — for none. */
export function dateOrDash(date: string | null): string {
  return date === null ? NO_VALUE : formatDateShort(date);
}
