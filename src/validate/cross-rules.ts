/**
 * Rules across files: unique ids per kind, references that resolve, no cycles in
 * `parent`/`successor`, scores within `max`, one assessment per agency and period,
 * plus warnings on agencies inactive where they are used.
 */
import type { FileKind } from '../dataset/file-kinds.js';
import { firstDay, lastDay, parsePeriod } from '../model/period.js';
import { addDays } from '../model/dates.js';
import type { Agency, IndicatorValue, Task } from '../model/types.js';
import type { CatalogKind, Collected, DeclaredKind, Place } from './collected.js';
import { diagnostic, naming, type PendingDiagnostic } from './pending.js';
import { suggester } from '../model/suggest.js';
import { successorCycles, successorsOf } from '../model/successor-graph.js';
import { isGroupLed, leadGroupOn, shareHolders } from '../model/shares.js';
import { shownHolders } from './update-rules.js';
import { indexOfAgency } from '../model/assessment-index.js';

const CATALOG_FILE: Record<CatalogKind, FileKind> = {
  agency: 'agencies',
  group: 'agencies',
  pillar: 'pillars',
  plan: 'plans',
  index: 'criteria',
  component: 'criteria',
  criterion: 'criteria',
  indicator: 'indicators',
  theme: 'themes',
};

export function checkAcrossFiles(collected: Collected): PendingDiagnostic[] {
  const out: PendingDiagnostic[] = [];
  const known = checkDuplicateIds(collected, out);
  checkReferences(collected, known, out);
  checkCycles(collected, 'parent', out);
  checkCycles(collected, 'successor', out);
  checkScores(collected, out);
  checkAssessments(collected, out);
  checkAssessmentIndices(collected, out);
  checkIndicatorValues(collected, out);
  checkNotes(collected, known, out);
  checkRoundMembers(collected, known, out);
  checkLeadsActive(collected, out);
  return out;
}

function checkDuplicateIds(
  collected: Collected,
  out: PendingDiagnostic[],
): Map<DeclaredKind, Map<string, Place>> {
  const known = new Map<DeclaredKind, Map<string, Place>>();
  for (const declaration of collected.declarations) {
    let ids = known.get(declaration.kind);
    if (!ids) known.set(declaration.kind, (ids = new Map<string, Place>()));
    const first = ids.get(declaration.id);
    if (first) {
      out.push(
        naming(
          diagnostic('duplicate-id', declaration.file, declaration.at, {
            kind: declaration.kind,
            id: declaration.id,
          }),
          'first',
          first,
        ),
      );
    } else ids.set(declaration.id, declaration);
  }
  return known;
}

/**
 * Distinct unknown ids that get a "did you mean" suggestion. Each suggestion
 * compares the id with the known ones of about its length (model/suggest.ts:
 * 1,000 against 10,000 similar ids take about a second); past this many (a
 * file of typos, or a generated dataset pointing at a catalogue that is not
 * there) the messages go without one, so the time stays bounded whatever the data.
 */
export const MAX_SUGGESTIONS = 1000;

function checkReferences(
  collected: Collected,
  known: Map<DeclaredKind, Map<string, Place>>,
  out: PendingDiagnostic[],
): void {
  // The same wrong id is often written on every task of a file: suggest once per id.
  const suggestions = new Map<string, string | undefined>();
  // The known ids of a kind, indexed once for every look-up (model/suggest.ts).
  const suggesters = new Map<DeclaredKind, (id: string) => string | undefined>();
  const suggestFor = (kind: DeclaredKind, ids: Map<string, Place>, id: string) => {
    let nearest = suggesters.get(kind);
    if (!nearest) suggesters.set(kind, (nearest = suggester(ids.keys())));
    return nearest(id);
  };
  for (const reference of collected.references) {
    if (collected.brokenKinds.has(CATALOG_FILE[reference.kind])) continue;
    const ids = known.get(reference.kind);
    if (ids?.has(reference.id)) continue;
    const key = `${reference.kind}\u0000${reference.id}`;
    if (ids && !suggestions.has(key) && suggestions.size < MAX_SUGGESTIONS) {
      suggestions.set(key, suggestFor(reference.kind, ids, reference.id));
    }
    out.push(
      diagnostic('unknown-reference', reference.file, reference.at, {
        kind: reference.kind,
        id: reference.id,
        suggestion: suggestions.get(key),
      }),
    );
  }
}

/**
 * A chain of `parent` (or `successor`, lone or a list) that comes back to an
 * agency on it is a cycle, reported once, at the `parent:` (or `successor:`)
 * of its member declared first, where the fix is typed, as the chain from there.
 * Each agency is walked past once (settled ids are not followed again), so a
 * chain of thousands of agencies costs thousands of steps, not millions.
 */
function checkCycles(
  collected: Collected,
  field: 'parent' | 'successor',
  out: PendingDiagnostic[],
): void {
  const order = new Map<string, number>();
  collected.agencies.forEach((agency, index) => {
    if (!order.has(agency.id)) order.set(agency.id, index);
  });
  const cycles =
    field === 'successor' ? successorCycles(collected.agencies) : parentCycles(collected);
  for (const cycle of cycles) {
    const first = cycle.reduce(
      (best, id, index) => (order.get(id)! < order.get(cycle[best]!)! ? index : best),
      0,
    );
    const chain = [...cycle.slice(first), ...cycle.slice(0, first)];
    const place =
      collected.linkPlaces.get(`${field}\u0000${chain[0]!}`) ??
      collected.agencyPlaces.get(chain[0]!);
    if (!place) continue;
    out.push(
      diagnostic('reference-cycle', place.file, place.at, {
        field,
        chain: shownChain([...chain, chain[0]!]),
      }),
    );
  }
}

/** Cycles along `parent` (one each): every agency walked past once. */
function parentCycles(collected: Collected): string[][] {
  const byId = new Map(collected.agencies.map((agency) => [agency.id, agency]));
  const settled = new Set<string>();
  const cycles: string[][] = [];
  for (const agency of collected.agencies) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let current: Agency | undefined = agency;
    while (current && !settled.has(current.id) && !onPath.has(current.id)) {
      onPath.set(current.id, path.length);
      path.push(current.id);
      current = current.parent ? byId.get(current.parent) : undefined;
    }
    const loopStart = current ? onPath.get(current.id) : undefined;
    if (loopStart !== undefined) cycles.push(path.slice(loopStart));
    for (const id of path) settled.add(id);
  }
  return cycles;
}

/** Ids of a chain shown at most, so that a cycle of 20,000 agencies is a line, not a page. */
const CHAIN_SHOWN = 12;

/** `a → b → c → a`, or for a long chain its first and last ids around `…`. */
function shownChain(ids: readonly string[]): string {
  if (ids.length <= CHAIN_SHOWN) return ids.join(' → ');
  const half = CHAIN_SHOWN / 2;
  return [...ids.slice(0, half), '…', ...ids.slice(-half)].join(' → ');
}

function checkScores(collected: Collected, out: PendingDiagnostic[]): void {
  const max = new Map(collected.criteria.map((criterion) => [criterion.id, criterion.max]));
  for (const score of collected.scores) {
    const limit = max.get(score.criterion);
    if (limit !== undefined && score.value > limit) {
      out.push(
        diagnostic('score-over-max', score.file, score.at, {
          criterion: score.criterion,
          value: score.value,
          max: limit,
        }),
      );
    }
  }
}

function checkAssessments(collected: Collected, out: PendingDiagnostic[]): void {
  const agencies = new Map(collected.agencies.map((agency) => [agency.id, agency]));
  const seen = new Map<string, Place>();
  for (const assessment of collected.assessments) {
    const place = collected.assessmentPlaces.get(assessment)!;
    const key = `${assessment.agency}\u0000${assessment.period}`;
    const first = seen.get(key);
    if (first) {
      out.push(
        diagnostic('assessment-duplicate', place.file, place.at, {
          agency: assessment.agency,
          period: assessment.period,
          first: first.file,
        }),
      );
      continue;
    }
    seen.set(key, place);
    const agency = agencies.get(assessment.agency);
    const period = parsePeriod(assessment.period);
    if (agency && period && !activeDuring(agency, firstDay(period), lastDay(period))) {
      out.push(
        diagnostic('assessment-agency-inactive', place.file, place.at, {
          agency: agency.id,
          period: period.code,
        }),
      );
    }
  }
}

/**
 * With criteria.yaml's `indices` (spec § criteria.yaml, added in 0.3): an
 * agency that files is assessed on the one index naming its group (none, or
 * several, is an error at the assessment's `agency`), and its assessment
 * scores only that index's criteria (an error at the score, naming the index
 * the criterion belongs to, with the nearest criterion of its own index).
 */
function checkAssessmentIndices(collected: Collected, out: PendingDiagnostic[]): void {
  const indices = collected.indices;
  if (indices === undefined || collected.brokenKinds.has('criteria')) return;
  if (collected.brokenKinds.has('agencies')) return;
  const agencies = new Map(collected.agencies.map((agency) => [agency.id, agency]));
  const groups = new Set(collected.groups.map((group) => group.id));
  const owner = new Map<string, string>();
  for (const index of indices)
    for (const criterion of index.criteria)
      if (!owner.has(criterion.id)) owner.set(criterion.id, index.id);
  const nearest = new Map<string, (id: string) => string | undefined>();
  const listed = indices.map((index) => index.id).join(', ');
  // An index naming a group that does not exist has its error there: no agency is told it has no index.
  const groupsKnown = indices.every((index) => index.groups.every((group) => groups.has(group)));
  for (const assessment of collected.assessments) {
    const agency = agencies.get(assessment.agency);
    // An unknown agency or group has its own error already.
    if (!agency || (agency.group !== undefined && !groups.has(agency.group))) continue;
    const file = assessment.source.file;
    const found = indexOfAgency(indices, agency);
    if (found.index === null) {
      if (found.problem === 'none' && !groupsKnown) continue;
      const at = { path: ['agency'], at: 'value' } as const;
      out.push(
        found.problem === 'none'
          ? diagnostic('assessment-no-index', file, at, {
              agency: agency.id,
              group: agency.group,
              indices: listed,
            })
          : diagnostic('assessment-several-indices', file, at, {
              agency: agency.id,
              group: agency.group,
              indices: found.indices.map((index) => index.id).join(', '),
            }),
      );
      continue;
    }
    const own = found.index;
    for (const score of assessment.scores) {
      const belongs = owner.get(score.criterion);
      if (belongs === undefined || belongs === own.id) continue;
      let suggest = nearest.get(own.id);
      if (!suggest)
        nearest.set(own.id, (suggest = suggester(own.criteria.map((criterion) => criterion.id))));
      out.push(
        diagnostic(
          'score-other-index',
          file,
          { path: ['scores', score.criterion], at: 'key' },
          {
            criterion: score.criterion,
            index: belongs,
            agency: agency.id,
            own: own.id,
            suggestion: suggest(score.criterion),
          },
        ),
      );
    }
  }
}

/**
 * Two values of one indicator on one day that differ are an error, named at
 * the second with the place of the first (spec § indicators); the same value
 * twice is harmless.
 */
function checkIndicatorValues(collected: Collected, out: PendingDiagnostic[]): void {
  checkIndicatorEstimates(collected, out);
  const first = new Map<string, IndicatorValue>();
  for (const entry of collected.indicatorValues) {
    const key = `${entry.indicator}\u0000${entry.date}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, entry);
      continue;
    }
    // An estimate on a measured value's day is the estimate rule's error, said once.
    if (earlier.value === entry.value || earlier.estimate !== entry.estimate) continue;
    const at = (source: IndicatorValue['source']) => ({
      path: [...source.path, 'value'],
      at: 'value' as const,
    });
    out.push(
      naming(
        diagnostic('indicator-value-conflict', entry.source.file, at(entry.source), {
          indicator: entry.indicator,
          date: entry.date,
          value: entry.value,
          other: earlier.value,
        }),
        'first',
        { file: earlier.source.file, at: at(earlier.source) },
      ),
    );
  }
}

/**
 * An estimate looks forward (spec § tasks, 0.3 `estimate: true`): a value of
 * an indicator marked as an estimate and dated on or before a measured value
 * of the same indicator is an error at the estimate's date, naming the
 * latest measured value.
 */
function checkIndicatorEstimates(collected: Collected, out: PendingDiagnostic[]): void {
  const lastMeasured = new Map<string, IndicatorValue>();
  for (const entry of collected.indicatorValues) {
    if (entry.estimate === true) continue;
    const latest = lastMeasured.get(entry.indicator);
    if (latest === undefined || latest.date < entry.date) lastMeasured.set(entry.indicator, entry);
  }
  const dateOf = (entry: IndicatorValue) => ({
    path: [...entry.source.path, entry.period === undefined ? 'date' : 'period'],
    at: 'value' as const,
  });
  for (const entry of collected.indicatorValues) {
    const measured = lastMeasured.get(entry.indicator);
    if (entry.estimate !== true || measured === undefined || entry.date > measured.date) continue;
    out.push(
      naming(
        diagnostic('indicator-estimate-before-measured', entry.source.file, dateOf(entry), {
          indicator: entry.indicator,
          date: entry.date,
          measured: measured.date,
        }),
        'first',
        { file: measured.source.file, at: dateOf(measured) },
      ),
    );
  }
}

/**
 * Notes (spec § notes/**): one file per period, the second naming the first;
 * `areas` keyed by a criteria component or a pillar id.
 */
function checkNotes(
  collected: Collected,
  known: Map<DeclaredKind, Map<string, Place>>,
  out: PendingDiagnostic[],
): void {
  const firstOfPeriod = new Map<string, Place>();
  for (const notes of collected.notes) {
    const place = collected.notePlaces.get(notes);
    if (!place) continue;
    const first = firstOfPeriod.get(notes.period);
    if (first === undefined) firstOfPeriod.set(notes.period, place);
    else
      out.push(
        naming(
          diagnostic('notes-duplicate-period', place.file, place.at, { period: notes.period }),
          'first',
          first,
        ),
      );
  }
  if (collected.brokenKinds.has('criteria') || collected.brokenKinds.has('pillars')) return;
  const areas = [...(known.get('component')?.keys() ?? []), ...(known.get('pillar')?.keys() ?? [])];
  const areaIds = new Set(areas);
  const nearest = suggester(areas);
  for (const reference of collected.areaReferences) {
    if (areaIds.has(reference.id)) continue;
    out.push(
      diagnostic('unknown-reference', reference.file, reference.at, {
        kind: 'area',
        id: reference.id,
        suggestion: nearest(reference.id),
      }),
    );
  }
}

function checkLeadsActive(collected: Collected, out: PendingDiagnostic[]): void {
  const agencies = new Map(collected.agencies.map((agency) => [agency.id, agency]));
  const branchingFrom = branchingFinder(agencies);
  const holders = shareHolders(collected.agencies);
  const groupsKnown = !collected.brokenKinds.has('agencies');
  const groups = new Set(collected.groups.map((group) => group.id));
  for (const task of collected.tasks) {
    const lead = typeof task.lead === 'string' ? agencies.get(task.lead) : undefined;
    if (task.transfers.length > 0) checkTransfers(task, agencies, holders, groups, out);
    // A task no group ever leads, whose updates name no agency, has nothing to check there.
    if (groupsKnown && (isGroupLed(task) || task.updates.some((update) => update.agency)))
      checkShareUpdates(task, collected, holders, groups, out);
    if (lead) checkSuccessorsChosen(task, lead, branchingFrom, agencies, out);
    if (groupsKnown) checkGroupAtStart(task, holders, groups, out);
    if (!lead || !task.start || activeDuring(lead, task.start, task.start)) continue;
    const leadAt = { path: [...task.source.path, 'lead'], at: 'value' as const };
    const successors = successorsOf(lead);
    out.push(
      diagnostic('lead-inactive-at-start', task.source.file, leadAt, {
        agency: lead.id,
        start: task.start,
        ...(successors.length > 0 ? { successors: successors.join(', ') } : {}),
      }),
    );
  }
}

/**
 * A group leading a task from its start has an agency active that day to
 * hold a share, as an agency lead is active on it (a warning, as for that):
 * a group all of whose agencies begin later would lead a task nobody holds.
 */
function checkGroupAtStart(
  task: Task,
  holders: (task: Task, day: string) => string[],
  groups: ReadonlySet<string>,
  out: PendingDiagnostic[],
): void {
  if (typeof task.lead === 'string' || task.start === undefined) return;
  const { group } = task.lead;
  // An unknown group is its own error, at the lead.
  if (!groups.has(group) || holders(task, task.start).length > 0) return;
  out.push(
    diagnostic(
      'lead-group-empty-at-start',
      task.source.file,
      { path: [...task.source.path, 'lead', 'group'], at: 'value' },
      { group, start: task.start },
    ),
  );
}

/**
 * The inline updates of a task and its shares (spec § tasks, 0.3): on a day a
 * group leads it, each update names the share holder it reports for
 * (`agency:`), one of the group's agencies active that day; on a day an agency
 * leads it, no update names one.
 */
function checkShareUpdates(
  task: Task,
  collected: Collected,
  holders: (task: Task, day: string) => string[],
  groups: ReadonlySet<string>,
  out: PendingDiagnostic[],
): void {
  for (const update of task.updates) {
    const path = collected.updatePaths.get(update);
    if (path === undefined) continue;
    const group = leadGroupOn(task, update.date);
    if (group === undefined) {
      if (update.agency === undefined) continue;
      out.push(
        diagnostic(
          'update-agency-not-shared',
          task.source.file,
          { path: [...path, 'agency'], at: 'key' },
          { task: task.id, date: update.date },
        ),
      );
      continue;
    }
    // An unknown group is its own error, at the lead: its updates say nothing more.
    if (!groups.has(group)) continue;
    const onDay = holders(task, update.date);
    if (update.agency !== undefined && onDay.includes(update.agency)) continue;
    const args = {
      task: task.id,
      date: update.date,
      group,
      count: onDay.length,
      holders: shownHolders(onDay),
    };
    out.push(
      update.agency === undefined
        ? diagnostic('update-share-agency-missing', task.source.file, { path, at: 'value' }, args)
        : diagnostic(
            'update-agency-no-share',
            task.source.file,
            { path: [...path, 'agency'], at: 'value' },
            { ...args, agency: update.agency },
          ),
    );
  }
}

/**
 * Each transfer's lead exists and is active on the transfer's date (0.3); a
 * group, known, has at least one agency active then to hold a share.
 */
function checkTransfers(
  task: Task,
  agencies: Map<string, Agency>,
  holders: (task: Task, day: string) => string[],
  groups: ReadonlySet<string>,
  out: PendingDiagnostic[],
): void {
  task.transfers.forEach((transfer, index) => {
    if (typeof transfer.lead !== 'string') {
      const { group } = transfer.lead;
      if (!groups.has(group) || holders(task, transfer.date).length > 0) return;
      out.push(
        diagnostic(
          'transfer-group-empty',
          task.source.file,
          { path: [...task.source.path, 'transfers', index, 'lead', 'group'], at: 'value' },
          { group, date: transfer.date },
        ),
      );
      return;
    }
    const lead = agencies.get(transfer.lead);
    if (!lead || activeDuring(lead, transfer.date, transfer.date)) return;
    out.push(
      diagnostic(
        'transfer-lead-inactive',
        task.source.file,
        { path: [...task.source.path, 'transfers', index, 'lead'], at: 'value' },
        { agency: lead.id, date: transfer.date },
      ),
    );
  });
}

/**
 * A task whose lead (its last transfer's, else its own) hands over, along lone
 * successors, to an agency with several successors must say who took it: an
 * error at its `lead` naming them (spec § agencies.yaml, 0.3). A task finished
 * or withdrawn while that agency still existed never moved, and needs nothing.
 */
function checkSuccessorsChosen(
  task: Task,
  written: Agency,
  branchingFrom: (agency: Agency) => Agency | undefined,
  agencies: Map<string, Agency>,
  out: PendingDiagnostic[],
): void {
  const last = task.transfers.at(-1);
  // A group leads it from its last transfer: its shares follow no successor.
  if (last && typeof last.lead !== 'string') return;
  const start = last ? agencies.get(last.lead as string) : written;
  const branching = start && branchingFrom(start);
  if (!branching?.successors) return;
  const final = task.updates.reduce<Task['updates'][number] | undefined>(
    (latest, update) => (latest === undefined || update.date >= latest.date ? update : latest),
    undefined,
  );
  const closed =
    final !== undefined &&
    (final.status === 'done' || final.status === 'cancelled') &&
    branching.activeUntil !== undefined &&
    final.date <= branching.activeUntil;
  if (closed) return;
  const leadPath = last
    ? [...task.source.path, 'transfers', task.transfers.length - 1, 'lead']
    : [...task.source.path, 'lead'];
  out.push(
    diagnostic(
      'lead-successors-ambiguous',
      task.source.file,
      { path: leadPath, at: 'value' },
      {
        agency: branching.id,
        successors: branching.successors.join(', '),
        first: branching.successors[0]!,
        date: branching.activeUntil === undefined ? 'YYYY-MM-DD' : nextDay(branching.activeUntil),
      },
    ),
  );
}

/**
 * The first agency with several successors reached from an agency along lone
 * successors (itself included), remembered for every agency walked past: 20,000
 * tasks led by the head of a 20,000-long chain cost 40,000 steps, not 400
 * million. A cycle (an error of its own) ends the walk with no answer.
 */
function branchingFinder(agencies: Map<string, Agency>): (agency: Agency) => Agency | undefined {
  const answers = new Map<string, Agency | null>();
  return (first) => {
    const walked: string[] = [];
    const seen = new Set<string>();
    let current: Agency | undefined = first;
    let answer: Agency | null = null;
    while (current && !seen.has(current.id)) {
      const known = answers.get(current.id);
      if (known !== undefined) {
        answer = known;
        break;
      }
      walked.push(current.id);
      seen.add(current.id);
      if (current.successors) {
        answer = current;
        break;
      }
      current = current.successor === undefined ? undefined : agencies.get(current.successor);
    }
    for (const id of walked) answers.set(id, answer);
    return answer ?? undefined;
  };
}

const nextDay = (day: string) => addDays(day, 1);

/** True when an agency is active on some day of [from, to]. */
function activeDuring(agency: Agency, from: string, to: string): boolean {
  return (
    (agency.activeFrom === undefined || agency.activeFrom <= to) &&
    (agency.activeUntil === undefined || agency.activeUntil >= from)
  );
}

/**
 * A round's `from` names groups or agencies (spec § rounds.yaml): an id that
 * is neither is unknown, with the nearest of both kinds as its suggestion.
 */
function checkRoundMembers(
  collected: Collected,
  known: Map<DeclaredKind, Map<string, Place>>,
  out: PendingDiagnostic[],
): void {
  if (collected.roundMembers.length === 0 || collected.brokenKinds.has('agencies')) return;
  const groups = known.get('group') ?? new Map<string, Place>();
  const agencies = known.get('agency') ?? new Map<string, Place>();
  let nearest: ((id: string) => string | undefined) | undefined;
  for (const member of collected.roundMembers) {
    if (groups.has(member.id) || agencies.has(member.id)) continue;
    nearest ??= suggester([...groups.keys(), ...agencies.keys()]);
    out.push(
      diagnostic('unknown-reference', member.file, member.at, {
        kind: 'group-or-agency',
        id: member.id,
        suggestion: nearest(member.id),
      }),
    );
  }
}
