/**
 * Vietnamese words the workbook prints for coded values of the report model.
 * Statuses and the split of tasks against their deadlines are the briefing's
 * own words (render/markdown/vocabulary.ts), so both outputs say the same;
 * the workbook writes them with a capital, as a cell value starts.
 */
import type { SourcedText, TaskRow, Timeliness } from '../../compute/report-model.js';
import type { TaskStatus } from '../../model/types.js';
import { ONGOING_WORD, STATUS_WORDS, TIMELINESS_WORDS } from '../vocabulary.js';
import { capitalFirst } from '../wording.js';

/** The first letter in upper case: "đang triển khai" → "Đang triển khai". */
export function capitalise(words: string): string {
  return capitalFirst(words);
}

function capitalised<Key extends string>(words: Record<Key, string>): Record<Key, string> {
  return Object.fromEntries(
    Object.entries<string>(words).map(([key, word]) => [key, capitalise(word)]),
  ) as Record<Key, string>;
}

/** A task's status on D, as the dataset contract spells it in Vietnamese. */
export const STATUS_LABELS: Record<TaskStatus, string> = capitalised(STATUS_WORDS);

/**
 * A task against its deadline on D (spec § Derived figures): due tasks are done
 * on time, done late or overdue; tasks not yet due (or with no deadline) are
 * done early, in progress or not started.
 */
export const TIMELINESS_LABELS: Record<Timeliness, string> = capitalised(TIMELINESS_WORDS);

/** The kind of a task's deadline, in the column beside the deadline's day. */
export const DEADLINE_KINDS: Record<TaskRow['deadline']['kind'], string> = {
  date: 'Có thời hạn',
  ongoing: capitalise(ONGOING_WORD),
  none: 'Không có thời hạn',
};

type Source = SourcedText['sources'][number];

/** Where a text was reported: "Nhiệm vụ CQS-07" or "Tự đánh giá 2024-H1". */
export function sourceLabel(source: Source): string {
  return source.kind === 'task' ? `Nhiệm vụ ${source.ref}` : `Tự đánh giá ${source.ref}`;
}
