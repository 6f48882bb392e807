import type { ReportModel } from '../../compute/report-model.js';
import { formatDateShort } from '../format-vi.js';
import type { SheetTitle } from './table-sheet.js';

/**
 * The two lines above every table: "<organisation> — <subject> <period>", then
 * "Số liệu tính đến ngày 30/06/2024", naming the comparison period when there
 * is one (the "kỳ trước" columns refer to it).
 */
export function sheetTitle(model: ReportModel, subject: string): SheetTitle {
  const asOf = `Số liệu tính đến ngày ${formatDateShort(model.period.asOf)}`;
  const compare =
    model.compare === null
      ? ''
      : `; kỳ trước: ${model.compare.label} (số liệu tính đến ngày ${formatDateShort(model.compare.asOf)})`;
  return {
    heading: `${model.organization.name} — ${subject} ${model.period.label}`,
    asOf: asOf + compare,
  };
}
