/**
 * The rules of updates/ files that need the tasks (spec § updates, added in
 * 0.3), and where each accepted entry goes: one file per agency and period;
 * a known task; an entry dated no later than the period's figures day (an
 * estimate: its last day; one before its window is a late report: a warning);
 * an estimate after every measured update of its task (and share); the
 * reporting agency leads, holds a share of (its entries join that share's log)
 * or partners the task on the entry's day; two differing entries for one task
 * and day, in update files or a task file, name each other.
 */
import { rolesOn, type RolesOnDay } from '../model/task-roles.js';
import { parsePeriod } from '../model/period.js';
import { windowStart } from '../model/period-window.js';
import { suggester } from '../model/suggest.js';
import type { Agency, Task, TaskUpdate } from '../model/types.js';
import type { Collected, Place } from './collected.js';
import { diagnostic, naming, type PendingDiagnostic } from './pending.js';
import type { UpdateEntryRead, UpdateFileRead } from './read-updates.js';

/** An entry that joins its task's log: as a status update (lead), or as a partner's note. */
export interface PlacedEntry {
  entry: UpdateEntryRead;
  file: UpdateFileRead;
  role: 'lead' | 'share' | 'partner';
}

export interface CheckedUpdates {
  diagnostics: PendingDiagnostic[];
  placed: PlacedEntry[];
}

/** Checks every updates/ file against the tasks and the agencies (files in path order). */
export function checkUpdateFiles(collected: Collected): CheckedUpdates {
  const out: PendingDiagnostic[] = [];
  const placed: PlacedEntry[] = [];
  if (collected.updateFiles.length === 0) return { diagnostics: out, placed };
  const tasks = new Map(collected.tasks.map((task) => [task.id, task]));
  const agencies = new Map(collected.agencies.map((agency) => [agency.id, agency]));
  const tasksKnown = !collected.brokenKinds.has('tasks');
  const agenciesKnown = !collected.brokenKinds.has('agencies');
  const nearestTask = suggester(tasks.keys());
  const roles = rolesByDay(agencies);
  const groups = new Set(collected.groups.map((group) => group.id));
  const seenFiles = new Map<string, Place>();
  const seenEntries = new Map<string, { said: string; place: Place }>();
  for (const task of collected.tasks) rememberInline(task, collected, seenEntries);
  const files = [...collected.updateFiles].sort((a, b) => (a.file < b.file ? -1 : 1));
  for (const file of files) {
    const key = `${file.agency}\u0000${file.period}`;
    const first = seenFiles.get(key);
    if (first) {
      out.push(
        naming(
          diagnostic('updates-duplicate', file.file, file.periodAt.at, {
            agency: file.agency,
            period: file.period,
          }),
          'first',
          first,
        ),
      );
      continue;
    }
    seenFiles.set(key, file.periodAt);
    const from = windowStart(parsePeriod(file.period)!, collected.settings?.cutoffDay);
    for (const entry of file.entries) {
      const task = tasks.get(entry.task);
      if (!task) {
        if (tasksKnown)
          out.push(
            diagnostic('unknown-reference', file.file, entry.taskAt, {
              kind: 'task',
              id: entry.task,
              suggestion: nearestTask(entry.task),
            }),
          );
        continue;
      }
      const checked = checkEntry(
        entry,
        file,
        task,
        from,
        roles,
        agenciesKnown ? agencies : undefined,
        groups,
        out,
      );
      if (!checked) continue;
      if (checked !== 'partner') {
        const said = sayingOf(entry);
        // A share has its own log (0.3): two holders' entries of one day are two entries.
        const holder = checked === 'share' ? file.agency : '';
        const sameDay = `${task.id}\u0000${holder}\u0000${entry.date}`;
        const earlier = seenEntries.get(sameDay);
        const here = { file: file.file, at: entry.dateAt };
        if (earlier && earlier.said !== said) {
          out.push(
            naming(
              diagnostic('update-entry-conflict', file.file, entry.dateAt, {
                task: task.id,
                date: entry.date,
              }),
              'first',
              earlier.place,
            ),
          );
          continue;
        }
        // The same entry written twice counts once.
        if (earlier) continue;
        seenEntries.set(sameDay, { said, place: here });
      }
      placed.push({ entry, file, role: checked });
    }
  }
  out.push(...estimatesAfterMeasured(collected.tasks, placed));
  return { diagnostics: out, placed };
}

/**
 * An estimate of an updates/ file looks forward like one in a task file
 * (spec § tasks, 0.3): dated on or before a measured update of its task,
 * wherever that one is written, it is an error at the estimate's date.
 */
function estimatesAfterMeasured(
  tasks: readonly Task[],
  placed: readonly PlacedEntry[],
): PendingDiagnostic[] {
  const estimates = placed.filter((item) => item.role !== 'partner' && item.entry.estimate);
  if (estimates.length === 0) return [];
  // A share has its own log (0.3): its estimates look past its own measurements.
  const lastMeasured = new Map<string, string>();
  const keyOf = (task: string, holder: string | undefined) => `${task}\u0000${holder ?? ''}`;
  const holderOf = ({ file, role }: PlacedEntry) => (role === 'share' ? file.agency : undefined);
  const measured = (key: string, date: string) => {
    const last = lastMeasured.get(key);
    if (last === undefined || date > last) lastMeasured.set(key, date);
  };
  for (const task of tasks)
    for (const update of task.updates)
      if (update.estimate !== true) measured(keyOf(task.id, update.agency), update.date);
  for (const item of placed)
    if (item.role !== 'partner' && !item.entry.estimate)
      measured(keyOf(item.entry.task, holderOf(item)), item.entry.date);
  const out: PendingDiagnostic[] = [];
  for (const item of estimates) {
    const { entry, file } = item;
    const last = lastMeasured.get(keyOf(entry.task, holderOf(item)));
    if (last !== undefined && entry.date <= last)
      out.push(
        diagnostic('estimate-before-measured', file.file, entry.dateAt, {
          date: entry.date,
          measured: last,
        }),
      );
  }
  return out;
}

/** The role under which the entry counts, or undefined after reporting why it does not. */
function checkEntry(
  entry: UpdateEntryRead,
  file: UpdateFileRead,
  task: Task,
  from: string,
  roles: (day: string) => RolesOnDay,
  /** The catalogue, or undefined when agencies.yaml is broken (roles are then not judged). */
  agencies: ReadonlyMap<string, unknown> | undefined,
  groups: ReadonlySet<string>,
  out: PendingDiagnostic[],
): PlacedEntry['role'] | undefined {
  // An estimate looks forward: up to the period's last day (spec § tasks, 0.3).
  if (entry.estimate ? entry.date > file.lastDay : entry.date > file.figuresDay) {
    out.push(
      entry.estimate
        ? diagnostic('estimate-after-last-day', file.file, entry.dateAt, {
            date: entry.date,
            day: file.lastDay,
            period: file.period,
          })
        : diagnostic('update-after-figures-day', file.file, entry.dateAt, {
            date: entry.date,
            day: file.figuresDay,
            period: file.period,
          }),
    );
    return undefined;
  }
  if (entry.date < from)
    out.push(
      diagnostic('update-before-window', file.file, entry.dateAt, {
        date: entry.date,
        from,
        period: file.period,
      }),
    );
  if (!agencies) return undefined;
  const onDay = roles(entry.date);
  const role = onDay.roleOf(task, file.agency);
  const group = onDay.groupOf(task);
  // An unknown group is its own error, at the task's lead: its entries say nothing more.
  if (!role && group !== undefined && !groups.has(group)) return undefined;
  if (!role && group !== undefined) {
    const holders = onDay.holdersOf(task);
    out.push(
      diagnostic('update-agency-no-share', file.file, entry.taskAt, {
        agency: file.agency,
        task: task.id,
        date: entry.date,
        group,
        count: holders.length,
        holders: shownHolders(holders),
      }),
    );
    return undefined;
  }
  // An unknown lead is its own error, at the task's lead: no second one for each entry.
  if (!role && !agencies.has(onDay.leadOf(task))) return undefined;
  if (!role) {
    out.push(
      diagnostic('update-agency-not-involved', file.file, entry.taskAt, {
        agency: file.agency,
        task: task.id,
        date: entry.date,
        lead: onDay.leadOf(task),
      }),
    );
    return undefined;
  }
  if (role !== 'partner' && entry.status === undefined) {
    out.push(diagnostic('missing-field', file.file, entry.at, { field: 'status' }));
    return undefined;
  }
  return role;
}

/** Holders shown in a message at most: a group of 124 communes is named, not listed. */
const HOLDERS_SHOWN = 5;

/** `a, b, c` or, past a few, `a, b, c, d, e, …` (the message says how many). */
export function shownHolders(ids: readonly string[]): string {
  return ids.length <= HOLDERS_SHOWN
    ? ids.join(', ')
    : `${ids.slice(0, HOLDERS_SHOWN).join(', ')}, …`;
}

/** Roles for each day asked, kept: a file's entries share a handful of days. */
function rolesByDay(agencies: ReadonlyMap<string, Agency>): (day: string) => RolesOnDay {
  const byDay = new Map<string, RolesOnDay>();
  return (day) => {
    let roles = byDay.get(day);
    if (!roles) byDay.set(day, (roles = rolesOn(day, agencies)));
    return roles;
  };
}

/** What an entry says, to tell two entries of one day apart. */
function sayingOf(update: Omit<TaskUpdate, 'date' | 'status'> & { status?: string }): string {
  return JSON.stringify([
    update.status,
    update.progress,
    update.note,
    update.issues.map((issue) => [issue.text, issue.theme]),
    update.evidence,
  ]);
}

/** The task file's own entries, named at the task: the place a clerk looks for them. */
function rememberInline(
  task: Task,
  collected: Collected,
  seen: Map<string, { said: string; place: Place }>,
): void {
  const place = collected.taskPlaces.get(task.id);
  if (!place) return;
  for (const update of task.updates) {
    const key = `${task.id}\u0000${update.agency ?? ''}\u0000${update.date}`;
    if (!seen.has(key)) seen.set(key, { said: sayingOf(update), place });
  }
}

/**
 * Puts each accepted entry in its task's log (a status update, or a partner's
 * note), as if written there: logs stay in date order, and an entry follows
 * the task file's own updates of its day.
 */
export function mergeUpdates(tasks: Task[], placed: readonly PlacedEntry[]): Task[] {
  if (placed.length === 0) return tasks;
  const byTask = new Map<string, PlacedEntry[]>();
  for (const item of placed) {
    const list = byTask.get(item.entry.task) ?? [];
    list.push(item);
    byTask.set(item.entry.task, list);
  }
  const byDate = <T extends { date: string }>(a: T, b: T) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  return tasks.map((task) => {
    const items = byTask.get(task.id);
    if (!items) return task;
    const updates = [...task.updates];
    const notes = [...(task.partnerNotes ?? [])];
    for (const { entry, file, role } of items) {
      const { status, progress, note, estimate, evidence, issues, date, period } = entry;
      const common = {
        ...(note === undefined ? {} : { note }),
        issues,
        ...(evidence === undefined ? {} : { evidence }),
      };
      if (role === 'partner') notes.push({ date, agency: file.agency, ...common });
      else
        // The keys in the order a task file's reader gives them (read-records.ts).
        updates.push({
          date,
          status: status!,
          issues,
          ...(period === undefined ? {} : { period }),
          ...(progress === undefined ? {} : { progress }),
          ...(note === undefined ? {} : { note }),
          ...(estimate === undefined ? {} : { estimate }),
          ...(evidence === undefined ? {} : { evidence }),
          ...(role === 'share' ? { agency: file.agency } : {}),
        });
    }
    const merged: Task = { ...task, updates: updates.sort(byDate) };
    if (notes.length > 0) merged.partnerNotes = notes.sort(byDate);
    return merged;
  });
}
