/**
 * Vietnamese words the briefing prints for coded values of the report model:
 * task statuses (the dataset contract's spellings) and the official split of
 * tasks against their deadlines. Lower case: they appear inside sentences and
 * table cells.
 */
import type { IndicatorRow, Timeliness } from '../compute/report-model.js';
import type { TaskStatus } from '../model/types.js';

/** Task statuses as the dataset contract spells them in Vietnamese (lower case, for sentences and tables). */
export const STATUS_WORDS: Record<TaskStatus, string> = {
  not_started: 'chưa triển khai',
  in_progress: 'đang triển khai',
  done: 'hoàn thành',
  cancelled: 'dừng thực hiện',
};

/**
 * A task against its deadline on D (spec § Derived figures, the official split):
 * due tasks are done on time, done late or overdue; tasks not yet due are done
 * early, in progress within the deadline or not started.
 */
export const TIMELINESS_WORDS: Record<Timeliness, string> = {
  'done-on-time': 'hoàn thành đúng hạn',
  'done-late': 'hoàn thành trễ hạn',
  overdue: 'quá hạn',
  'done-early': 'hoàn thành trước hạn',
  'in-progress': 'đang thực hiện trong hạn',
  'not-started': 'chưa triển khai',
  'not-assigned': 'chưa được giao',
  cancelled: 'dừng thực hiện',
};

/** The deadline word of an `ongoing` task. */
export const ONGOING_WORD = 'thường xuyên';

/** An indicator against its target on D (spec § Derived figures): đạt, chưa đạt, chưa có số liệu. */
export const INDICATOR_STATUS_WORDS: Record<IndicatorRow['status'], string> = {
  reached: 'đạt',
  'not-reached': 'chưa đạt',
  'no-data': 'chưa có số liệu',
  'no-target': 'chưa có mục tiêu',
};
