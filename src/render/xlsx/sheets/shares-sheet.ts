/**
 * "Phần việc" (0.3, group-led tasks): one row per share of a task led by a
 * group, under its holder (agencies by Vietnamese name, then the tasks in the
 * model's order), with the share's own state on D: what each commune holds of
 * "the tasks of every commune". Overdue shares are filled light red. Left out
 * when no task is led by a group.
 */
import type { ReportModel, ShareRow, TaskRow } from '../../../compute/report-model.js';
import { formatDateInText } from '../../format-vi.js';
import { lookupIn } from '../../lookup.js';
import { dateCell, progressRatio, textCell } from '../cells.js';
import { STATUS_LABELS, TIMELINESS_LABELS } from '../labels.js';
import { sheetTitle } from '../sheet-title.js';
import { listedTasks } from './agencies-sheet.js';
import type { Column, TableSheet } from '../table-sheet.js';

export const SHARES_SHEET = 'Phần việc';

/** A share with the task it is part of. */
export interface HeldShare {
  task: TaskRow;
  share: ShareRow;
}

/** The shares of the listed tasks, by holder (the model's agency order), then task order. */
function heldShares(model: ReportModel): HeldShare[] {
  const position = new Map(model.agencies.map((agency, index) => [agency.id, index]));
  const held = listedTasks(model).flatMap((task) => task.shares.map((share) => ({ task, share })));
  // A stable sort: a holder's shares keep the tasks' order.
  return held.sort(
    (a, b) => (position.get(a.share.agency) ?? 0) - (position.get(b.share.agency) ?? 0),
  );
}

/** The "Phần việc" table. */
export function sharesSheet(model: ReportModel): TableSheet<HeldShare> {
  const lookup = lookupIn(model);
  const columns: Column<HeldShare>[] = [
    {
      key: 'agency',
      header: 'Đơn vị',
      kind: 'text',
      value: (row) => textCell(lookup.agency(row.share.agency).name),
    },
    { key: 'id', header: 'Mã', kind: 'text', value: (row) => textCell(row.task.id) },
    {
      key: 'title',
      header: 'Tên nhiệm vụ',
      kind: 'long-text',
      value: (row) => textCell(row.task.title),
    },
    {
      key: 'group',
      header: 'Giao cho',
      kind: 'text',
      value: (row) => textCell(lookup.group(row.task.leadGroup)?.name ?? row.task.leadGroup),
    },
    {
      key: 'deadline',
      header: 'Thời hạn',
      kind: 'date',
      value: (row) => (row.task.deadline.kind === 'date' ? dateCell(row.task.deadline.date) : null),
    },
    {
      key: 'status',
      header: `Trạng thái tại ngày ${formatDateInText(model.period.asOf)}`,
      kind: 'text',
      value: (row) => STATUS_LABELS[row.share.status],
    },
    {
      key: 'progress',
      header: 'Tiến độ',
      kind: 'progress',
      value: (row) => progressRatio(row.share.progress),
    },
    {
      key: 'completedOn',
      header: 'Ngày hoàn thành',
      kind: 'date',
      value: (row) => dateCell(row.share.completedOn),
    },
    {
      key: 'timeliness',
      header: 'Đánh giá',
      kind: 'text',
      value: (row) => TIMELINESS_LABELS[row.share.timeliness],
    },
  ];
  return {
    name: SHARES_SHEET,
    tableName: 'tblPhanViec',
    title: sheetTitle(model, 'Phần việc của từng cơ quan trong nhiệm vụ giao cho nhóm'),
    columns,
    rows: heldShares(model),
    look: (row) => (row.share.timeliness === 'overdue' ? 'overdue' : 'plain'),
    frozenColumns: 2,
  };
}
