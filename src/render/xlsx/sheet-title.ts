import type { ReportModel } from '../../compute/report-model.js';
import { documentReference } from '../document-identity.js';
import { formatDateInText } from '../format-vi.js';
import { lowerFirstLetter } from '../wording.js';
import type { SheetTitle } from './table-sheet.js';

/**
 * The two lines above every table: "<organisation> — <subject> <period>", then
 * "Số liệu tính đến ngày 30/06/2024", naming the comparison period when there
 * is one (the "kỳ trước" columns refer to it). With a document identity
 * (`document:`), the second line first names the briefing the workbook goes
 * with: "Kèm theo Báo cáo số 125/BC-BCĐ; số liệu tính đến …".
 */
export function sheetTitle(model: ReportModel, subject: string): SheetTitle {
  const asOf = `Số liệu tính đến ngày ${formatDateInText(model.period.asOf)}`;
  const compare =
    model.compare === null
      ? ''
      : `; kỳ trước: ${model.compare.label} (số liệu tính đến ngày ${formatDateInText(model.compare.asOf)})`;
  const attached =
    model.document === null ? '' : `Kèm theo Báo cáo số ${documentReference(model.document)}; `;
  return {
    heading: `${model.organization.name} — ${subject} ${model.period.label}`,
    asOf: attached + (attached === '' ? asOf : lowerFirstLetter(asOf)) + compare,
  };
}
