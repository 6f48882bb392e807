/**
 * What every appendix shares (NĐ 30/2020, Phụ lục I): its own section from a
 * new page, headed by its label in capitals as the Markdown heads it ("PHỤ
 * LỤC II", a lone one "PHỤ LỤC"), its title in bold capitals and the
 * "(Kèm theo …)" line in italics naming the briefing. It turns landscape
 * when its tables would want more than a quarter more than a portrait page's
 * width on one line (a table of nine columns of names and figures), so long
 * names do not wrap word by word; a little over a portrait width only wraps
 * a few cells to a second line, which reads better than a turned page.
 */
import { Paragraph, TextRun } from 'docx';
import type { ReportModel } from '../../../compute/report-model.js';
import { attachmentLine, upperVi } from '../../document-identity.js';
import { appendixLabel } from '../../outline.js';
import { LANDSCAPE_TEXT_WIDTH, PORTRAIT_TEXT_WIDTH } from '../../layout/page.js';
import { plain } from '../plain-text.js';
import type { Block } from '../sections/context.js';
import { STYLE } from '../styles.js';

export interface Appendix {
  landscape: boolean;
  children: Block[];
}

/** How much wider than a portrait page an appendix's tables may want to be and stay portrait. */
const PORTRAIT_STRETCH = 1.25;

/**
 * Whether an appendix's pages turn, from the widths its tables would like
 * (naturalWidth), and the width its tables may then take.
 */
export function appendixWidth(...wanted: number[]): { landscape: boolean; width: number } {
  const landscape = Math.max(0, ...wanted) > PORTRAIT_STRETCH * PORTRAIT_TEXT_WIDTH;
  return { landscape, width: landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH };
}

/** The model with the texts of the attachment line made plain. */
function plainIdentity(model: ReportModel): ReportModel {
  return {
    ...model,
    title: plain(model.title),
    organization: { ...model.organization, name: plain(model.organization.name) },
    document:
      model.document === null ? null : { ...model.document, symbol: plain(model.document.symbol) },
  };
}

/** The label, the title and the attachment line at the head of an appendix. */
export function appendixHead(model: ReportModel, key: string, title: string): Paragraph[] {
  const line = (style: string, text: string) =>
    new Paragraph({ style, children: [new TextRun(plain(text))] });
  return [
    line(STYLE.appendixHeading, upperVi(appendixLabel(model, key))),
    line(STYLE.appendixHeading, title),
    // The attachment line may hold the blank left for the number: spaces that must stay.
    new Paragraph({
      style: STYLE.appendixNote,
      children: [new TextRun(attachmentLine(plainIdentity(model)))],
    }),
  ];
}
