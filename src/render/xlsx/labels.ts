/**
 * Vietnamese words the workbook prints for coded values of the report model:
 * task statuses (the contract's Vietnamese spellings, capitalised), the
 * official split of tasks by deadline, and where a difficulty was reported.
 */
import type { SourcedText, Timeliness } from '../../compute/report-model.js';
import type { TaskStatus } from '../../model/types.js';

/** A task's status on D, as the dataset contract spells it in Vietnamese. */
export const STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang triển khai',
  done: 'Hoàn thành',
  cancelled: 'Dừng thực hiện',
};

/**
 * A task against its deadline on D (spec § Derived figures): due tasks are done
 * on time, done late or overdue; tasks not yet due (or with no deadline) are
 * done early, in progress or not started.
 */
export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  'done-on-time': 'Hoàn thành đúng hạn',
  'done-late': 'Hoàn thành trễ hạn',
  overdue: 'Quá hạn',
  'done-early': 'Hoàn thành trước hạn',
  'in-progress': 'Đang thực hiện trong hạn',
  'not-started': 'Chưa triển khai, chưa đến hạn',
  'not-assigned': 'Chưa đến ngày bắt đầu',
  cancelled: 'Dừng thực hiện',
};

/** Printed for a task whose deadline is `ongoing`. */
export const ONGOING_DEADLINE = 'Thường xuyên';
/** Printed for a task with no deadline. */
export const NO_DEADLINE = 'Không có thời hạn';

type Source = SourcedText['sources'][number];

/** Where a text was reported: "Nhiệm vụ CQS-07" or "Tự đánh giá 2024-H1". */
export function sourceLabel(source: Source): string {
  return source.kind === 'task' ? `Nhiệm vụ ${source.ref}` : `Tự đánh giá ${source.ref}`;
}
