/**
 * Under the header: the kind of document ("BÁO CÁO", capitals, bold) and its
 * title (bold), centred, with a rule a third of the title's width under it
 * (NĐ 30/2020, ô 5a); then the "Kính gửi:" lines when the document is sent
 * upward (ô 9a): one addressee on the line itself, several as "- …;" lines
 * aligned after it.
 */
import { Paragraph, Tab, TextRun } from 'docx';
import type { ReportModel } from '../../compute/report-model.js';
import { addresseeLines } from '../document-identity.js';
import { PORTRAIT_TEXT_WIDTH } from '../layout/page.js';
import { plain } from './plain-text.js';
import { rule } from './rule.js';
import { SIZE, STYLE } from './styles.js';
import { textWidth } from '../layout/text-width.js';

export const DOCUMENT_KIND = 'BÁO CÁO';

export function titleBlock(model: ReportModel): Paragraph[] {
  const title = plain(`${model.title} ${model.period.label}`);
  const printed = Math.min(textWidth(title, SIZE.body, true), PORTRAIT_TEXT_WIDTH);
  return [
    new Paragraph({ style: STYLE.documentKind, children: [new TextRun(DOCUMENT_KIND)] }),
    new Paragraph({ style: STYLE.documentTitle, children: [new TextRun(title)] }),
    rule(Math.round(printed / 3), PORTRAIT_TEXT_WIDTH),
    ...addressees(model),
  ];
}

/** "Kính gửi:" with the first addressee after a tab; the others under it (the style's hanging indent). */
function addressees(model: ReportModel): Paragraph[] {
  const lines = addresseeLines(model.document?.addressees ?? []);
  if (lines === null) return [];
  if (lines.items.length === 0)
    return [new Paragraph({ style: STYLE.addressee, children: [new TextRun(plain(lines.lead))] })];
  return lines.items.map(
    (item, index) =>
      new Paragraph({
        style: STYLE.addressee,
        children: [
          new TextRun({
            children: index === 0 ? [lines.lead, new Tab(), plain(item)] : [new Tab(), plain(item)],
          }),
        ],
      }),
  );
}
