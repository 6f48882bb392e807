/**
 * A filled form's records → the dataset files they become (issue 25), in the
 * contract's formats and written through the `yaml` library: the agency's
 * updates/ file, its indicator values and its assessment, each with
 * `submitted` and `source: { file, sha256 }`. Every line that holds a typed
 * value is mapped to its cell, so the dataset's own rules, run on these
 * files, speak of the cell.
 */
import { Document, LineCounter, parseDocument, isMap, isNode, isScalar, isSeq } from 'yaml';
import type { IsoDate } from '../model/types.js';
import type { CellPlace, FormRecords } from './read-form.js';

export interface FormFile {
  /** Path in the dataset, `/`-separated. */
  path: string;
  text: string;
  /** The cell each line's value came from (1-based line). */
  cells: ReadonlyMap<number, CellPlace>;
}

export interface FileTarget {
  agency: string;
  period: string;
  submitted: IsoDate;
  source: { file: string; sha256: string };
  /** Where each file goes (an existing file of the agency and period is replaced in place). */
  paths: { updates: string; indicators: string; assessment: string };
  /**
   * Entries of the agency's files for the period that the office typed (files
   * not written by an import): kept, unless the form gives the same task (or
   * indicator) on the same day again.
   */
  keep: {
    updates: readonly Record<string, unknown>[];
    values: readonly Record<string, unknown>[];
    /** The agency's assessment of the period as the office typed it, if any. */
    assessment?: TypedAssessment | undefined;
  };
}

/** An assessment file typed by the office: its scores (by criterion, as written) and texts. */
export interface TypedAssessment {
  scores: Readonly<Record<string, unknown>>;
  difficulties: readonly string[];
  proposals: readonly string[];
}

/**
 * The comment an import writes above each entry the office typed that it
 * keeps: the next import of the agency's form keeps the entries so marked
 * and replaces the rest (what the earlier form said).
 */
export const TYPED_COMMENT = ' ghi tay tại cơ quan tổng hợp: giữ lại khi nhập biểu mẫu';

/** The key of an entry: its task or indicator and its day as written (`date` or `period`). */
const entryKey = (entry: Record<string, unknown>, id: 'task' | 'indicator') =>
  `${String(entry[id])}\u0000${String(entry.date ?? entry.period)}`;

function kept(
  keep: readonly Record<string, unknown>[],
  given: readonly Record<string, unknown>[],
  id: 'task' | 'indicator',
): Record<string, unknown>[] {
  const replaced = new Set(given.map((entry) => entryKey(entry, id)));
  return keep.filter((entry) => !replaced.has(entryKey(entry, id)));
}

type Path = (string | number)[];

/** The files a form's records become; a kind with nothing typed gives no file. */
export function formFiles(records: FormRecords, target: FileTarget): FormFile[] {
  const head = {
    agency: target.agency,
    period: target.period,
    submitted: target.submitted,
    source: target.source,
  };
  const files: FormFile[] = [];
  if (records.updates.length > 0) {
    const places: [Path, CellPlace][] = [];
    const updates = records.updates.map((record, index) => {
      const entry: Record<string, unknown> = { task: record.task };
      if (record.date !== undefined) entry.date = record.date;
      else entry.period = target.period;
      if (record.status !== undefined) entry.status = record.status;
      if (record.progress !== undefined) entry.progress = record.progress;
      if (record.estimate) entry.estimate = true;
      if (record.note !== undefined) entry.note = record.note;
      if (record.issues.length > 0)
        entry.issues = record.issues.map((issue) =>
          issue.theme ? { theme: issue.theme, text: issue.text } : issue.text,
        );
      if (record.evidence !== undefined) entry.evidence = record.evidence;
      for (const [key, place] of Object.entries(record.places)) {
        const field = key === 'date' ? (record.date === undefined ? 'period' : 'date') : key;
        places.push([['updates', index, field], place]);
      }
      return entry;
    });
    const before = kept(target.keep.updates, updates, 'task');
    const shifted = places.map(([at, place]): [Path, CellPlace] => [
      ['updates', (at[1] as number) + before.length, ...at.slice(2)],
      place,
    ]);
    files.push(
      yamlFile(
        target.paths.updates,
        { ...head, updates: [...before, ...updates] },
        shifted,
        before.map((_entry, index) => ['updates', index]),
      ),
    );
  }
  if (records.values.length > 0) {
    const places: [Path, CellPlace][] = [];
    const values = records.values.map((record, index) => {
      const entry: Record<string, unknown> = { indicator: record.indicator };
      if (record.date !== undefined) entry.date = record.date;
      else entry.period = target.period;
      entry.value = record.value;
      if (record.estimate) entry.estimate = true;
      if (record.note !== undefined) entry.note = record.note;
      for (const [key, place] of Object.entries(record.places))
        places.push([['values', index, key], place]);
      return entry;
    });
    const before = kept(target.keep.values, values, 'indicator');
    const shifted = places.map(([at, place]): [Path, CellPlace] => [
      ['values', (at[1] as number) + before.length, ...at.slice(2)],
      place,
    ]);
    files.push(
      yamlFile(
        target.paths.indicators,
        {
          agency: target.agency,
          submitted: target.submitted,
          source: target.source,
          values: [...before, ...values],
        },
        shifted,
        before.map((_entry, index) => ['values', index]),
      ),
    );
  }
  const scores = records.scores ?? [];
  if (scores.length > 0 || records.difficulties.length > 0 || records.proposals.length > 0) {
    const typed = target.keep.assessment;
    const places: [Path, CellPlace][] = [];
    // The office's typed scores stay where the form leaves a criterion blank; a verified score stays.
    const scoreMap: Record<string, unknown> = { ...typed?.scores };
    for (const record of scores) {
      const before = scoreMap[record.criterion];
      const verified =
        before !== null && typeof before === 'object' && 'verified' in before
          ? { verified: before.verified }
          : {};
      const score =
        record.evidence === undefined && !('verified' in verified)
          ? record.self
          : {
              self: record.self,
              ...verified,
              ...(record.evidence === undefined ? {} : { evidence: record.evidence }),
            };
      scoreMap[record.criterion] = score;
      for (const [key, place] of Object.entries(record.places))
        places.push([
          typeof score === 'number'
            ? ['scores', record.criterion]
            : ['scores', record.criterion, key],
          place,
        ]);
    }
    const typedPaths: Path[] = Object.keys(typed?.scores ?? {})
      .filter((criterion) => !scores.some((record) => record.criterion === criterion))
      .map((criterion) => ['scores', criterion]);
    const texts = (name: 'difficulties' | 'proposals') => {
      const kept = typed?.[name] ?? [];
      kept.forEach((_text, index) => typedPaths.push([name, index]));
      const given = records[name].filter((record) => !kept.includes(record.text));
      given.forEach((record, index) => places.push([[name, kept.length + index], record.place]));
      return [...kept, ...given.map((record) => record.text)];
    };
    const assessment: Record<string, unknown> = { ...head, scores: scoreMap };
    const difficulties = texts('difficulties');
    const proposals = texts('proposals');
    if (difficulties.length > 0) assessment.difficulties = difficulties;
    if (proposals.length > 0) assessment.proposals = proposals;
    files.push(yamlFile(target.paths.assessment, assessment, places, typedPaths));
  }
  return files;
}

function yamlFile(
  path: string,
  value: Record<string, unknown>,
  places: readonly [Path, CellPlace][],
  typed: readonly Path[] = [],
): FormFile {
  const document = new Document(value);
  for (const at of typed) {
    const node = entryNode(document.getIn(at.slice(0, -1), true), at.at(-1)!);
    if (node) node.commentBefore = TYPED_COMMENT;
  }
  const text = document.toString({ lineWidth: 0 });
  const lineCounter = new LineCounter();
  const parsed = parseDocument(text, { lineCounter });
  const cells = new Map<number, CellPlace>();
  for (const [at, place] of places) {
    const node = parsed.getIn(at, true);
    if (isNode(node) && node.range) cells.set(lineCounter.linePos(node.range[0]).line, place);
  }
  return { path, text, cells };
}

/** The node a comment above an entry hangs on: a list's item, or a map entry's key. */
function entryNode(
  parent: unknown,
  key: string | number,
): { commentBefore?: string | null } | undefined {
  if (isSeq(parent) && typeof key === 'number') {
    const item = parent.items[key];
    return isNode(item) ? item : undefined;
  }
  if (isMap(parent)) {
    const pair = parent.items.find((entry) => isScalar(entry.key) && entry.key.value === key);
    return pair && isScalar(pair.key) ? pair.key : undefined;
  }
  return undefined;
}

/**
 * The entries of a file the office typed, to keep beside a form's: all of
 * them when no import wrote the file (no `source:`); in a file an import
 * wrote, those it marked with {@link TYPED_COMMENT}. Lists by name, and the
 * map of `scores`.
 */
export function typedParts(text: string): {
  lists: Record<string, Record<string, unknown>[] | string[]>;
  scores: Record<string, unknown>;
} {
  const document = parseDocument(text);
  const root = document.contents;
  const out = { lists: {} as Record<string, Record<string, unknown>[] | string[]>, scores: {} };
  if (!isMap(root)) return out;
  const imported = root.has('source');
  // A comment above a collection's first entry is read as the collection's own.
  const marked = (node: unknown, first: boolean, parent: { commentBefore?: string | null }) =>
    !imported ||
    (isNode(node) && node.commentBefore?.includes(TYPED_COMMENT.trim()) === true) ||
    (first && parent.commentBefore?.includes(TYPED_COMMENT.trim()) === true);
  for (const pair of root.items) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    const value = pair.value;
    if (isSeq(value))
      out.lists[name] = value.items
        .filter((item, index) => marked(item, index === 0, value))
        .map((item) => (isNode(item) ? item.toJSON() : item) as Record<string, unknown>);
    else if (name === 'scores' && isMap(value))
      for (const [index, entry] of value.items.entries())
        if (isScalar(entry.key) && marked(entry.key, index === 0, value))
          (out.scores as Record<string, unknown>)[String(entry.key.value)] = isNode(entry.value)
            ? entry.value.toJSON()
            : entry.value;
  }
  return out;
}
