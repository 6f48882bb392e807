/**
 * `--format xlsx`: the report model as an Excel workbook for analysts, in
 * this order: Tổng hợp, Chỉ tiêu (only when the dataset has indicators),
 * Nhiệm vụ, Phần việc (the shares of group-led tasks, 0.3), Đơn vị, Chỉ số,
 * Khó khăn - Đề xuất (each only when it has a row); each sheet's data is a
 * named Excel Table (tblTongHop, tblChiTieu, tblNhiemVu, tblPhanViec,
 * tblDonVi, tblChiSo, tblKhoKhanDeXuat).
 * Every figure is the report model's (ratios as formulas over the counts, with
 * the model's value cached); the same model always gives the same bytes.
 * The pipeline imports this module lazily, so exceljs loads only for xlsx.
 */
import type { ReportModel } from '../../compute/report-model.js';
import type { Artifact } from '../artifact.js';
import { reportFileName } from '../artifact.js';
import { openReportWorkbook } from './report-workbook.js';
import { agenciesSheet } from './sheets/agencies-sheet.js';
import { indexSheet } from './sheets/index-sheet.js';
import { indicatorsSheet } from './sheets/indicators-sheet.js';
import { issuesSheet } from './sheets/issues-sheet.js';
import { sharesSheet } from './sheets/shares-sheet.js';
import { summarySheet } from './sheets/summary-sheet.js';
import { tasksSheet } from './sheets/tasks-sheet.js';
import { writeTableSheet } from './table-sheet.js';

/** Renders the workbook `bao-cao-cds-<PERIOD>.xlsx`. */
export async function renderXlsx(model: ReportModel): Promise<Artifact> {
  const report = openReportWorkbook({
    title: `${model.title} ${model.period.label}`,
    organization: model.organization.name,
    date: model.reportDate,
  });
  // One call per sheet (not a loop over a list) so each keeps its own row type. A sheet with
  // no row is left out (the summary always has its total).
  await writeTableSheet(report, summarySheet(model));
  const indicators = indicatorsSheet(model);
  if (indicators !== null) await writeTableSheet(report, indicators);
  const tasks = tasksSheet(model);
  if (tasks.rows.length > 0) await writeTableSheet(report, tasks);
  const shares = sharesSheet(model);
  if (shares.rows.length > 0) await writeTableSheet(report, shares);
  const agencies = agenciesSheet(model);
  if (agencies.rows.length > 0) await writeTableSheet(report, agencies);
  const index = indexSheet(model);
  if (index.rows.length > 0) await writeTableSheet(report, index);
  const issues = issuesSheet(model);
  if (issues.rows.length > 0) await writeTableSheet(report, issues);
  return { name: reportFileName(model.period.code, 'xlsx'), bytes: await report.finish() };
}
