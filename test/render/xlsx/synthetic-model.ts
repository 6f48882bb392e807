/**
 * A report model with any number of tasks, for measuring the workbook at the
 * benchmark's sizes: the fixture model with its task list replaced by `count`
 * rows cycled from the fixture's tasks (ids, titles and notes made unique, a
 * third of them with difficulties), so rows look like real ones.
 */
import type { ReportModel, TaskRow } from '../../../src/compute/report-model.js';
import { REPORT_MODEL } from '../../fixtures/report-model.js';

function syntheticTask(template: TaskRow, index: number): TaskRow {
  const number = String(index + 1).padStart(6, '0');
  return {
    ...template,
    id: `NV-${number}`,
    title: `${template.title} (đợt ${number})`,
    lastNote: `Đã rà soát tiến độ thực hiện, báo cáo lần ${index % 12} của đơn vị chủ trì`,
    issues: index % 3 === 0 ? [`Thiếu kinh phí triển khai hạng mục ${index % 50}`] : [],
  };
}

/** The fixture model with `count` tasks. */
export function syntheticModel(count: number): ReportModel {
  const templates = REPORT_MODEL.tasks;
  const tasks = Array.from({ length: count }, (_, index) => {
    const template = templates[index % templates.length];
    if (template === undefined) throw new Error('The fixture model has no tasks');
    return syntheticTask(template, index);
  });
  return { ...REPORT_MODEL, tasks };
}
