/** Readers of the record files: tasks/**\/*.yaml and assessments/**\/*.yaml (spec §§ tasks, assessments). */
import { parsePeriod } from '../model/period.js';
import type {
  Assessment,
  Score,
  Task,
  TaskLead,
  TaskTransfer,
  TaskUpdate,
} from '../model/types.js';
import {
  detached,
  list,
  number,
  record,
  reportedTexts,
  text,
  type Collected,
} from './collected.js';
import { diagnostic } from './pending.js';
import { dateProblem, parseDeadline, readPeriod } from './values.js';
import { readUpdateFields } from './update-fields.js';
import type { Locator, ValuePath } from './where.js';

export function readTasks(value: unknown, file: string, locate: Locator, into: Collected): void {
  const root = record(value);
  const tasks = list(root.tasks);
  if (Array.isArray(root.tasks) && tasks.length === 0) {
    into.diagnostics.push(diagnostic('no-tasks', file, locate(['tasks'], 'key')));
  }
  const defaults = { plan: text(root.plan), pillar: text(root.pillar) };
  if (defaults.plan)
    into.references.push({ kind: 'plan', id: defaults.plan, file, at: locate(['plan']) });
  if (defaults.pillar)
    into.references.push({ kind: 'pillar', id: defaults.pillar, file, at: locate(['pillar']) });
  tasks.forEach((item, index) =>
    readTask(record(item), ['tasks', index], defaults, file, locate, into),
  );
}

/**
 * A task's partners, each once. A partner listed again counts once, with one
 * warning at its first repeat (how many times it was listed): repeats change no
 * figure, but a list of the same id hundreds of thousands of times would be
 * carried into every report. Each partner's id is checked once.
 */
function readPartners(
  items: readonly unknown[],
  path: ValuePath,
  file: string,
  locate: Locator,
  into: Collected,
): string[] {
  const counts = new Map<string, { count: number; repeatAt: number }>();
  items.forEach((item, index) => {
    if (typeof item !== 'string') return;
    const partner = detached(item);
    const seen = counts.get(partner);
    if (seen === undefined) {
      counts.set(partner, { count: 1, repeatAt: -1 });
      into.references.push({ kind: 'agency', id: partner, file, at: locate([...path, index]) });
    } else {
      seen.count += 1;
      if (seen.repeatAt < 0) seen.repeatAt = index;
    }
  });
  for (const [agency, { count, repeatAt }] of counts) {
    if (count > 1)
      into.diagnostics.push(
        diagnostic('partner-repeated', file, locate([...path, repeatAt]), { agency, count }),
      );
  }
  return [...counts.keys()];
}

function readTask(
  source: Record<string, unknown>,
  path: ValuePath,
  defaults: { plan: string | undefined; pillar: string | undefined },
  file: string,
  locate: Locator,
  into: Collected,
): void {
  const id = text(source.id);
  const title = text(source.title);
  const lead = readLead(source.lead, [...path, 'lead'], file, locate, into);
  const pillar = text(source.pillar) ?? defaults.pillar;
  const plan = text(source.plan) ?? defaults.plan;
  const ref = (kind: 'agency' | 'pillar' | 'plan', target: string, at: ValuePath) =>
    into.references.push({ kind, id: target, file, at: locate(at) });
  if (text(source.pillar)) ref('pillar', text(source.pillar)!, [...path, 'pillar']);
  if (text(source.plan)) ref('plan', text(source.plan)!, [...path, 'plan']);
  const partners = readPartners(list(source.partners), [...path, 'partners'], file, locate, into);
  if (!pillar && source.id !== undefined) {
    into.diagnostics.push(diagnostic('missing-field', file, locate(path), { field: 'pillar' }));
  }
  const deadline = parseDeadline(source.deadline);
  if (!deadline) {
    into.diagnostics.push(
      diagnostic('deadline-invalid', file, locate([...path, 'deadline']), {
        value: String(source.deadline),
        ...(typeof source.deadline === 'string' ? dateProblem(source.deadline) : {}),
      }),
    );
  }
  const start = text(source.start);
  // A group may lead it some day (0.3): where each update was written is kept for the rules of shares.
  const groupLed =
    typeof source.lead === 'object' ||
    list(source.transfers).some((transfer) => typeof record(transfer).lead === 'object');
  const updates = readUpdates(
    list(source.updates),
    [...path, 'updates'],
    start,
    groupLed,
    file,
    locate,
    into,
  );
  if (start && deadline?.kind === 'date' && deadline.date < start) {
    into.diagnostics.push(
      diagnostic('deadline-before-start', file, locate([...path, 'deadline']), {
        deadline: deadline.date,
        start,
      }),
    );
  }
  if (!id || !title || !lead || !pillar || !deadline) return;
  const at = locate([...path, 'id']);
  into.declarations.push({ kind: 'task', id, file, at });
  if (!into.taskPlaces.has(id)) into.taskPlaces.set(id, { file, at });
  const task: Task = {
    id,
    title,
    pillar,
    lead,
    transfers: readTransfers(list(source.transfers), [...path, 'transfers'], file, locate, into),
    partners,
    deadline,
    updates,
    source: { file, path },
  };
  if (plan) task.plan = plan;
  if (start) task.start = start;
  into.tasks.push(task);
}

/**
 * A lead as written (0.3): an agency id, or `{ group: id }`; either is a
 * reference to check where it was written. Undefined when it is neither.
 */
function readLead(
  value: unknown,
  path: ValuePath,
  file: string,
  locate: Locator,
  into: Collected,
): TaskLead | undefined {
  const agency = text(value);
  if (agency) {
    into.references.push({ kind: 'agency', id: agency, file, at: locate(path) });
    return agency;
  }
  const group = text(record(value).group);
  if (!group) return undefined;
  into.references.push({ kind: 'group', id: group, file, at: locate([...path, 'group']) });
  return { group };
}

/**
 * A task's `transfers` (0.3): each names an agency or a group (checked as a
 * reference) from a date; out of date order is an error at the one out of order.
 */
function readTransfers(
  items: unknown[],
  path: ValuePath,
  file: string,
  locate: Locator,
  into: Collected,
): TaskTransfer[] {
  const transfers: TaskTransfer[] = [];
  items.forEach((item, index) => {
    const source = record(item);
    const date = text(source.date);
    const lead = readLead(source.lead, [...path, index, 'lead'], file, locate, into);
    if (!date || !lead) return;
    const previous = transfers.at(-1);
    if (previous && previous.date >= date)
      into.diagnostics.push(
        diagnostic('transfers-out-of-order', file, locate([...path, index, 'date']), {
          date,
          previous: previous.date,
        }),
      );
    const transfer: TaskTransfer = { date, lead };
    if (text(source.decision)) transfer.decision = text(source.decision)!;
    transfers.push(transfer);
  });
  return transfers;
}

function readUpdates(
  items: unknown[],
  path: ValuePath,
  start: string | undefined,
  groupLed: boolean,
  file: string,
  locate: Locator,
  into: Collected,
): TaskUpdate[] {
  const cutoffDay = into.settings?.cutoffDay;
  const warn = (
    code: Parameters<typeof diagnostic>[0],
    at: ValuePath,
    args: Record<string, string | number>,
  ) => into.diagnostics.push(diagnostic(code, file, locate(at), args));
  const updates: TaskUpdate[] = [];
  items.forEach((item, index) => {
    const source = record(item);
    const at: ValuePath = [...path, index];
    const fields = readUpdateFields(source, at, file, locate, into, cutoffDay);
    const { date, hasDate, status, period, progress, note, estimate, evidence } = fields;
    if (!status || !date) return;
    const issues = reportedTexts(source.issues, [...at, 'issues'], file, locate, into);
    // The keys in the order the reports have always had them (an update file's entry the same).
    const update: TaskUpdate = { date, status, issues };
    if (period !== undefined) update.period = period;
    if (progress !== undefined) update.progress = progress;
    if (note !== undefined) update.note = note;
    if (estimate) update.estimate = true;
    if (evidence !== undefined) update.evidence = evidence;
    const agency = text(source.agency);
    if (agency) {
      into.references.push({ kind: 'agency', id: agency, file, at: locate([...at, 'agency']) });
      update.agency = agency;
    }
    if (groupLed || agency) into.updatePaths.set(update, at);
    if (status === 'done' && progress !== undefined && progress < 100)
      warn('done-progress-below-100', [...at, 'progress'], { progress });
    if (status === 'not_started' && progress !== undefined && progress > 0)
      warn('progress-without-work', [...at, 'progress'], { progress });
    if (start && date < start)
      warn('update-before-start', [...at, hasDate ? 'date' : 'period'], { date, start });
    updates.push(update);
  });
  const order = updates.map((update, index) => ({ update, index }));
  order.sort((a, b) =>
    a.update.date < b.update.date ? -1 : a.update.date > b.update.date ? 1 : a.index - b.index,
  );
  // A group-led task's shares each keep their own log (0.3): each is checked on its own.
  for (const log of byShare(order)) {
    checkUpdateSequence(log, path, warn);
    checkEstimates(log, path, file, locate, into);
  }
  return order.map((entry) => entry.update);
}

/** The dated log split by share holder (updates naming no agency together), each in date order. */
function byShare<T extends { update: TaskUpdate }>(order: T[]): T[][] {
  if (order.every((entry) => entry.update.agency === undefined)) return [order];
  const logs = new Map<string, T[]>();
  for (const entry of order) {
    const key = entry.update.agency ?? '';
    const log = logs.get(key);
    if (log === undefined) logs.set(key, [entry]);
    else log.push(entry);
  }
  return [...logs.values()];
}

/**
 * An estimate looks forward (spec § tasks, 0.3): one dated on or before a
 * measured update of the same task is an error, at the estimate's date.
 */
function checkEstimates(
  order: { update: TaskUpdate; index: number }[],
  path: ValuePath,
  file: string,
  locate: Locator,
  into: Collected,
): void {
  const lastMeasured = order.findLast((entry) => entry.update.estimate !== true)?.update.date;
  if (lastMeasured === undefined) return;
  for (const { update, index } of order) {
    if (update.estimate !== true || update.date > lastMeasured) continue;
    const at = [...path, index, update.period === undefined ? 'date' : 'period'];
    into.diagnostics.push(
      diagnostic('estimate-before-measured', file, locate(at), {
        date: update.date,
        measured: lastMeasured,
      }),
    );
  }
}

/** Warnings over the dated log: two statuses on one day, and a status change after `done`. */
function checkUpdateSequence(
  order: { update: TaskUpdate; index: number }[],
  path: ValuePath,
  warn: (
    code: 'same-day-conflict' | 'update-after-done',
    at: ValuePath,
    args: Record<string, string>,
  ) => void,
): void {
  let doneSeen = false;
  order.forEach((entry, position) => {
    const before = order[position - 1];
    if (
      before &&
      before.update.date === entry.update.date &&
      before.update.status !== entry.update.status
    ) {
      warn('same-day-conflict', [...path, entry.index], { date: entry.update.date });
    }
    if (doneSeen && entry.update.status !== 'done')
      warn('update-after-done', [...path, entry.index, 'status'], { date: entry.update.date });
    if (entry.update.status === 'done') doneSeen = true;
  });
}

export function readAssessment(
  value: unknown,
  file: string,
  locate: Locator,
  into: Collected,
): void {
  const root = record(value);
  const agency = text(root.agency);
  const period = readPeriod(root.period);
  if (agency) into.references.push({ kind: 'agency', id: agency, file, at: locate(['agency']) });
  const scores: Score[] = [];
  for (const [criterion, raw] of Object.entries(record(root.scores))) {
    const at = locate(['scores', criterion], 'key');
    into.references.push({ kind: 'criterion', id: criterion, file, at });
    const score: Score = { criterion };
    if (typeof raw === 'number') {
      if (number(raw) !== undefined) score.self = raw;
    } else {
      const detail = record(raw);
      if (number(detail.self) !== undefined) score.self = number(detail.self)!;
      if (number(detail.verified) !== undefined) score.verified = number(detail.verified)!;
      if (text(detail.evidence)) score.evidence = text(detail.evidence)!;
    }
    for (const kind of ['self', 'verified'] as const) {
      const points = score[kind];
      if (points === undefined) continue;
      const place = typeof raw === 'number' ? ['scores', criterion] : ['scores', criterion, kind];
      into.scores.push({ criterion, value: points, file, at: locate(place) });
    }
    scores.push(score);
  }
  checkFolderPeriod(file, period?.code, locate, into);
  if (!agency || !period) return;
  const assessment: Assessment = {
    agency,
    period: period.code,
    scores,
    difficulties: reportedTexts(root.difficulties, ['difficulties'], file, locate, into),
    proposals: reportedTexts(root.proposals, ['proposals'], file, locate, into),
    source: { file, path: [] },
  };
  if (text(root.submitted)) assessment.submitted = text(root.submitted)!;
  into.assessments.push(assessment);
  into.assessmentPlaces.set(assessment, { file, at: locate(['period']) });
}

/** A file under a folder named like a period (assessments/2024-H1/…) should declare that period. */
function checkFolderPeriod(
  file: string,
  declared: string | undefined,
  locate: Locator,
  into: Collected,
): void {
  if (!declared) return;
  const folders = file.split('/').slice(1, -1);
  const folderPeriod = folders
    .map((folder) => parsePeriod(folder))
    .find((period) => period !== undefined);
  // A year folder (assessments/2024/…) holds any period of that year.
  const fits =
    folderPeriod?.kind === 'year'
      ? declared.startsWith(folderPeriod.code)
      : folderPeriod?.code === declared;
  if (folderPeriod && !fits) {
    into.diagnostics.push(
      diagnostic('assessment-folder-period', file, locate(['period']), {
        folder: folders.join('/'),
        period: declared,
      }),
    );
  }
}
