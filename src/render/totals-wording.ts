/**
 * The totals of the briefing's task results, with tasks and groups of tasks
 * kept apart as the steering committee's meeting keeps them: "36 nhiệm vụ và
 * 11 nhóm nhiệm vụ", never "47 nhiệm vụ" adding the two (ReportModel.totalsApart).
 * A dataset without groups reads as before: "47 nhiệm vụ". Plain text, as
 * wording.ts; every figure comes from the report model.
 */
import type {
  FiguresComparison,
  PlanSummary,
  ReportModel,
  TaskFigures,
} from '../compute/report-model.js';
import { doneSplit } from './briefing-wording.js';
import { capitalFirst } from './wording.js';
import {
  formatChange,
  formatCounts,
  formatInteger,
  formatPercent,
  formatRatio,
  joinVi,
} from './format-vi.js';

/** One kind of task as the sentences count it: its noun and its figures. */
export interface CountedKind {
  noun: string;
  figures: TaskFigures;
  comparison: FiguresComparison | null;
  finishedWithin: number;
}

const TASK = 'nhiệm vụ';
const GROUP = 'nhóm nhiệm vụ';

/** Tasks, then groups of tasks when the model counts them apart; else every task as "nhiệm vụ". */
export function countedKinds(
  model: Pick<ReportModel, 'totals' | 'totalsComparison' | 'totalsApart' | 'withinPeriod'>,
): CountedKind[] {
  if (model.totalsApart === null)
    return [
      {
        noun: TASK,
        figures: model.totals,
        comparison: model.totalsComparison,
        finishedWithin: model.withinPeriod.finished.length,
      },
    ];
  return [
    { noun: TASK, ...model.totalsApart.tasks },
    { noun: GROUP, ...model.totalsApart.groups },
  ];
}

/**
 * The rows of a plan's or an agency's figures in a table (`figuresApart`):
 * one per kind, "Nhiệm vụ" and "Nhóm nhiệm vụ", when it holds groups of
 * tasks; none when it holds none (its own row gives its tasks, as before), or
 * when the report does not count them apart.
 */
export function kindRows(
  row: Pick<PlanSummary, 'figuresApart'>,
): { noun: string; figures: TaskFigures }[] {
  const apart = row.figuresApart;
  if (apart === null || apart.groups === null) return [];
  return [
    { noun: TASK, kind: apart.tasks },
    { noun: GROUP, kind: apart.groups },
  ].flatMap(({ noun, kind }) => (kind === null ? [] : [{ noun, figures: kind.figures }]));
}

/** Joins the phrases of the kinds: "36 nhiệm vụ và 11 nhóm nhiệm vụ". */
const both = (phrases: readonly string[]) => phrases.join(' và ');

/** A count of each kind, kinds with none left out unless all have none: "7 nhiệm vụ và 4 nhóm nhiệm vụ", "0 nhiệm vụ". */
export function kindCount(
  kinds: readonly CountedKind[],
  count: (kind: CountedKind) => number,
): string {
  const some = kinds.filter((kind) => count(kind) > 0);
  return both(
    (some.length === 0 ? kinds.slice(0, 1) : some).map(
      (kind) => `${formatInteger(count(kind))} ${kind.noun}`,
    ),
  );
}

/**
 * A count of which some are groups of tasks, each kind said: "3 nhiệm vụ",
 * "2 nhiệm vụ và 1 nhóm nhiệm vụ", "1 nhóm nhiệm vụ".
 */
export function tasksAndGroups(count: number, groups: number): string {
  const tasks = count - groups;
  const parts = [
    ...(tasks > 0 || groups === 0 ? [`${formatInteger(tasks)} ${TASK}`] : []),
    ...(groups > 0 ? [`${formatInteger(groups)} ${GROUP}`] : []),
  ];
  return both(parts);
}

/** The kinds that have tasks assigned on D; the first kind when none has. */
const assignedKinds = (kinds: readonly CountedKind[]) => {
  const some = kinds.filter((kind) => kind.figures.assigned > 0);
  return some.length === 0 ? kinds.slice(0, 1) : some;
};

/** A share of each kind's assigned (kinds with none assigned left out): "5/36 nhiệm vụ và 3/11 nhóm nhiệm vụ". */
export function kindShare(
  kinds: readonly CountedKind[],
  count: (figures: TaskFigures) => number,
): string {
  return both(
    assignedKinds(kinds).map(
      (kind) =>
        `${formatCounts({ numerator: count(kind.figures), denominator: kind.figures.assigned })} ${kind.noun}`,
    ),
  );
}

/**
 * The totals paragraph: "Trong tổng số 36 nhiệm vụ và 11 nhóm nhiệm vụ được
 * giao, đã triển khai 17/36 nhiệm vụ (47,2%) và 11/11 nhóm nhiệm vụ (100%),
 * trong đó hoàn thành 5 nhiệm vụ (5 đúng hạn) và 3 nhóm nhiệm vụ (2 đúng hạn,
 * 1 trễ hạn), đang triển khai 12 nhiệm vụ và 8 nhóm nhiệm vụ; chưa triển khai
 * 19 nhiệm vụ.", then the overdue, the completion rate of what fell due, and
 * the cancelled, one sentence each.
 */
export function totalsSentences(kinds: readonly CountedKind[]): string[] {
  const implemented = both(
    assignedKinds(kinds).map(
      (kind) =>
        `${formatCounts(kind.figures.implementedRatio)} ${kind.noun} (${formatPercent(kind.figures.implementedRatio)})`,
    ),
  );
  const done = kinds
    .filter((kind) => kind.figures.done > 0)
    .map((kind) => {
      const split = doneSplit(kind.figures);
      return `${formatInteger(kind.figures.done)} ${kind.noun}${split === '' ? '' : ` (${split})`}`;
    });
  const inProgress = kindCount(kinds, (kind) => kind.figures.inProgress);
  const notStarted = kindCount(kinds, (kind) => kind.figures.notStarted);
  const figures = (key: keyof TaskFigures) =>
    kinds.some((kind) => (kind.figures[key] as number) > 0);
  let sentence = `Trong tổng số ${kindCount(kinds, (kind) => kind.figures.assigned)} được giao, đã triển khai ${implemented}`;
  if (done.length > 0) sentence += `, trong đó hoàn thành ${both(done)}`;
  if (figures('inProgress')) sentence += `, đang triển khai ${inProgress}`;
  if (figures('notStarted')) sentence += `; chưa triển khai ${notStarted}`;
  const sentences = [`${sentence}.`];
  sentences.push(
    figures('overdue')
      ? `Có ${kindCount(kinds, (kind) => kind.figures.overdue)} quá hạn.`
      : `Không có ${TASK} quá hạn.`,
  );
  const due = kinds.filter((kind) => kind.figures.due > 0);
  sentences.push(
    due.length === 0
      ? `Chưa có ${TASK} đến hạn.`
      : `${capitalFirst(
          due
            .map(
              (kind) =>
                `tỷ lệ hoàn thành ${kind.noun} đến hạn đạt ${formatRatio(kind.figures.dueDoneRatio)}`,
            )
            .join('; '),
        )}.`,
  );
  if (figures('cancelled'))
    sentences.push(
      `Ngoài ra, ${kindCount(kinds, (kind) => kind.figures.cancelled)} dừng thực hiện (không tính vào các số liệu trên).`,
    );
  return sentences;
}

/**
 * How the totals moved since the period compared with, one sentence per kind,
 * what moved first and what did not in one clause: "Số nhiệm vụ đã triển
 * khai tăng 11 nhiệm vụ so với quý II năm 2024 (kỳ trước: 17/36); số nhiệm vụ
 * hoàn thành và quá hạn không đổi." "Số nhóm nhiệm vụ đã triển khai (kỳ
 * trước: 11/11), hoàn thành và quá hạn không đổi." None without a comparison.
 */
export function totalsChangeSentences(
  kinds: readonly CountedKind[],
  compareLabel: string,
): string[] {
  return kinds.flatMap((kind, index) => {
    if (kind.comparison === null) return [];
    const { change, previous } = kind.comparison;
    const measures = [
      {
        what: `đã triển khai`,
        was: ` (kỳ trước: ${formatCounts(previous.implementedRatio)})`,
        delta: change.implemented,
      },
      { what: 'hoàn thành', was: '', delta: change.done },
      { what: 'quá hạn', was: '', delta: change.overdue },
    ];
    type Measure = (typeof measures)[number];
    // Each clause takes "so với …", said once: after the first clause's figure.
    const moved = measures
      .filter((measure) => measure.delta !== 0)
      .map(
        (measure: Measure) => (since: string) =>
          `số ${kind.noun} ${measure.what} ${formatChange(measure.delta)} ${kind.noun}${since}${measure.was}`,
      );
    const same = measures.filter((measure) => measure.delta === 0);
    const still =
      same.length === 0
        ? []
        : [
            (since: string) =>
              `số ${kind.noun} ${joinVi(same.map((measure) => `${measure.what}${measure.was}`))} ${formatChange(0)}${since}`,
          ];
    const since = index === 0 ? ` so với ${compareLabel}` : '';
    const sentence = [...moved, ...still]
      .map((clause, place) => clause(place === 0 ? since : ''))
      .join('; ');
    return [`${capitalFirst(sentence)}.`];
  });
}
