/**
 * The facts of a collection round, gathered from the dataset (spec §
 * rounds.yaml): who the round names, what each sent and when, and the tasks
 * each leads on the period's figures day with whether they were updated
 * within the period's window. round-status.ts turns them into the board.
 */
import { figuresDay, parsePeriod, previousPeriod, type Period } from '../model/period.js';
import { windowStart } from '../model/period-window.js';
import { addDays } from '../model/dates.js';
import type { Dataset, IsoDate, Round, RoundPart } from '../model/types.js';
import { buildContext } from './context.js';
import { isActiveOn } from './lead-resolution.js';
import { groupOfTasks } from './task-groups.js';
import type { LedTask, RoundFacts, RoundMember } from './round-status.js';

/** The period's window (spec § Periods, added in 0.3): its entries count for the update rate. */
export function periodWindow(
  period: Period,
  cutoffDay?: number,
): { first: IsoDate; last: IsoDate } {
  return { first: windowStart(period, cutoffDay), last: figuresDay(period, cutoffDay) };
}

/** The round of a period, if rounds.yaml has one. */
export function roundFor(dataset: Dataset, period: string): Round | undefined {
  return dataset.rounds.find((round) => round.period === period);
}

/** Earliest day of each part each agency sent for the round's period. */
function receivedParts(
  dataset: Dataset,
  round: Round,
  window: { first: IsoDate; last: IsoDate },
): Map<string, Partial<Record<RoundPart, IsoDate>>> {
  const received = new Map<string, Partial<Record<RoundPart, IsoDate>>>();
  const note = (agency: string, part: RoundPart, day: IsoDate) => {
    const parts = received.get(agency) ?? {};
    if (parts[part] === undefined || day < parts[part]) parts[part] = day;
    received.set(agency, parts);
  };
  for (const file of dataset.updateFiles)
    if (file.period === round.period) note(file.agency, 'updates', file.submitted ?? window.last);
  for (const assessment of dataset.assessments)
    if (assessment.period === round.period)
      note(assessment.agency, 'assessment', assessment.submitted ?? window.last);
  for (const value of dataset.indicatorValues) {
    if (value.agency === undefined) continue;
    const forPeriod =
      value.period === round.period ||
      (value.period === undefined && value.date >= window.first && value.date <= window.last);
    if (forPeriod) note(value.agency, 'indicators', value.submitted ?? window.last);
  }
  return received;
}

/**
 * The tasks each agency leads on the figures day (after successors), counting
 * those assigned then and not finished before the window opened (a task done
 * in an earlier period has nothing left to report), in report order.
 */
function ledTasks(
  dataset: Dataset,
  period: Period,
  window: { first: IsoDate; last: IsoDate },
): Map<string, LedTask[]> {
  const previous = previousPeriod(period);
  const context = buildContext(dataset, period, window.last, previous, lastDayBefore(window));
  const led = new Map<string, LedTask[]>();
  const isGroup = groupOfTasks(context);
  // A share of a group-led task is one task of its holder, updated by its own entries (0.3).
  for (const view of context.holdings) {
    const { timeliness, completedOn } = view.now;
    if (timeliness === 'not-assigned' || timeliness === 'cancelled') continue;
    if (completedOn !== null && completedOn < window.first) continue;
    const updated = view.log.some(
      (update) => update.date >= window.first && update.date <= window.last,
    );
    const list = led.get(view.lead.id) ?? [];
    list.push({
      id: view.task.id,
      title: view.task.title,
      updated,
      overdue: timeliness === 'overdue',
      group: isGroup(view),
    });
    led.set(view.lead.id, list);
  }
  return led;
}

const lastDayBefore = (window: { first: IsoDate }) => addDays(window.first, -1);

/**
 * The facts of a round on D: every agency its `from` names (a group's
 * members, or the agency), in catalogue order, asked unless `except` names it
 * or it is not active on D.
 */
export function roundFacts(dataset: Dataset, round: Round, asOf: IsoDate): RoundFacts {
  const period = parsePeriod(round.period)!;
  const window = periodWindow(period, dataset.settings.cutoffDay);
  const named = new Set(round.from);
  const excepted = new Set(round.except);
  const received = receivedParts(dataset, round, window);
  const led = ledTasks(dataset, period, window);
  const members = dataset.agencies
    .filter(
      (agency) => named.has(agency.id) || (agency.group !== undefined && named.has(agency.group)),
    )
    .map((agency): RoundMember => ({
      id: agency.id,
      name: agency.name,
      group: agency.group ?? null,
      asked: !excepted.has(agency.id) && isActiveOn(agency, asOf),
      received: received.get(agency.id) ?? {},
      led: led.get(agency.id) ?? [],
    }));
  return {
    period: round.period,
    request: round.request ?? null,
    window,
    due: round.due,
    asOf,
    expects: round.expects,
    groups: dataset.groups,
    members,
  };
}
