/**
 * The intake form of one agency for one period (issue 25): what its workbook
 * shows and asks. Pure: the dataset and the period in, rows out. Which tasks
 * an agency reports on is model/task-roles.ts's answer on the figures day,
 * the one rule validation applies to updates/ files.
 */
import { createHash } from 'node:crypto';
import { targetOn } from '../compute/indicators.js';
import { roundFor } from '../compute/round-facts.js';
import { progressFromLog, updatesInOrder } from '../compute/task-status.js';
import { assessmentIndices, indexOfAgency } from '../model/assessment-index.js';
import { isActiveOn } from '../model/lineage.js';
import { figuresDay, lastDay, parsePeriod, type Period } from '../model/period.js';
import { windowStart } from '../model/period-window.js';
import { shareLog } from '../model/shares.js';
import { rolesOn } from '../model/task-roles.js';
import type { Agency, Dataset, Deadline, IsoDate, TaskStatus } from '../model/types.js';

/** The form's layout version: a workbook of another version is refused on import. */
export const FORM_VERSION = '2';

export interface TaskRow {
  id: string;
  title: string;
  role: 'lead' | 'share' | 'partner';
  /** The plan's number, when the task has a plan. */
  plan: string | null;
  deadline: Deadline;
  status: TaskStatus;
  progress: number | null;
}

export interface IndicatorRow {
  id: string;
  name: string;
  unit: string;
  target: number | null;
  last: { value: number; date: IsoDate } | null;
}

export interface CriterionRow {
  id: string;
  component: string;
  name: string;
  max: number;
}

export interface IntakeForm {
  /** The dataset's name: its organisation. */
  dataset: string;
  agency: Agency;
  period: Period;
  figuresDay: IsoDate;
  windowStart: IsoDate;
  lastDay: IsoDate;
  due: IsoDate | null;
  /** Tasks it leads or holds a share of, then those it partners, each by id. */
  tasks: TaskRow[];
  indicators: IndicatorRow[];
  /** null when the agency is not expected to assess itself for the period. */
  criteria: CriterionRow[] | null;
  /** The office that asks (the dataset's organisation). */
  office: string;
  /** A digest of the rows (ids and roles): a changed task list makes an old form stale. */
  fingerprint: string;
}

export interface FormOptions {
  due?: IsoDate | undefined;
}

/**
 * Agencies that get a form: those the period's round (rounds.yaml) asks,
 * active on the figures day; without a round, every agency active then that
 * has something to report.
 */
export function expectedAgencies(dataset: Dataset, period: Period): Agency[] {
  const day = figuresDay(period, dataset.settings.cutoffDay);
  const round = roundFor(dataset, period.code);
  if (round) {
    const named = new Set(round.from);
    const excepted = new Set(round.except);
    return dataset.agencies.filter(
      (agency) =>
        (named.has(agency.id) || (agency.group !== undefined && named.has(agency.group))) &&
        !excepted.has(agency.id) &&
        isActiveOn(agency, day),
    );
  }
  return dataset.agencies.filter((agency) => {
    if (!isActiveOn(agency, day)) return false;
    const form = intakeForm(dataset, agency, period);
    return form.tasks.length > 0 || form.indicators.length > 0 || form.criteria !== null;
  });
}

/** The form of one agency for one period. */
export function intakeForm(
  dataset: Dataset,
  agency: Agency,
  period: Period,
  options: FormOptions = {},
): IntakeForm {
  const cutoffDay = dataset.settings.cutoffDay;
  const day = figuresDay(period, cutoffDay);
  const agencies = new Map(dataset.agencies.map((entry) => [entry.id, entry]));
  const roles = rolesOn(day, agencies);
  const plans = new Map(dataset.plans.map((plan) => [plan.id, plan]));
  const rows: TaskRow[] = [];
  for (const task of dataset.tasks) {
    const role = roles.roleOf(task, agency.id);
    if (!role || (task.start !== undefined && task.start > day)) continue;
    const plan = task.plan === undefined ? undefined : plans.get(task.plan);
    if (plan && plan.date > day) continue;
    // Cancelled tasks keep their row: the rows (and the form's fingerprint) never depend on a status.
    // What was reported: measured updates (not estimates), of the agency's own share when it holds one.
    const log = updatesInOrder(task).filter((update) => update.estimate !== true);
    const state = progressFromLog(role === 'share' ? shareLog(log, agency.id) : log, day);
    rows.push({
      id: task.id,
      title: task.title,
      role,
      plan: plan?.number ?? null,
      deadline: task.deadline,
      status: state.status,
      progress: state.progress,
    });
  }
  const tasks = [
    ...rows.filter((row) => row.role !== 'partner'),
    ...rows.filter((row) => row.role === 'partner'),
  ];
  const indicators = dataset.indicators
    .filter((indicator) => indicator.agency === agency.id)
    .map((indicator): IndicatorRow => {
      // What was measured (not estimates), as for tasks.
      const values = dataset.indicatorValues.filter(
        (value) => value.indicator === indicator.id && value.date <= day && value.estimate !== true,
      );
      const last = values.at(-1);
      return {
        id: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        target: targetOn(indicator.targets, day)?.value ?? null,
        last: last ? { value: last.value, date: last.date } : null,
      };
    });
  // The agency scores only the index of its group (0.3: indices per level); none: no assessment sheet.
  const index = indexOfAgency(assessmentIndices(dataset), agency).index;
  const criteria =
    index !== null && assessedOn(dataset, period)
      ? index.criteria.map((criterion) => ({
          id: criterion.id,
          component: index.components.find((entry) => entry.id === criterion.component)?.name ?? '',
          name: criterion.name,
          max: criterion.max,
        }))
      : null;
  return {
    dataset: dataset.settings.organization,
    agency,
    period,
    figuresDay: day,
    windowStart: windowStart(period, cutoffDay),
    lastDay: lastDay(period),
    due: options.due ?? roundFor(dataset, period.code)?.due ?? null,
    tasks,
    indicators,
    criteria,
    office: dataset.settings.organization,
    fingerprint: fingerprint(tasks, indicators, criteria),
  };
}

/**
 * Agencies assess themselves for a period when the dataset has an index and
 * already holds assessments for periods of that kind (the office's cadence).
 */
function assessedOn(dataset: Dataset, period: Period): boolean {
  if (dataset.criteria.length === 0) return false;
  return dataset.assessments.some(
    (assessment) => parsePeriod(assessment.period)?.kind === period.kind,
  );
}

function fingerprint(
  tasks: readonly TaskRow[],
  indicators: readonly IndicatorRow[],
  criteria: readonly CriterionRow[] | null,
): string {
  const rows = [
    tasks.map((row) => `${row.id}:${row.role}`),
    indicators.map((row) => row.id),
    criteria?.map((row) => row.id) ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
}
