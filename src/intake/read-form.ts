/**
 * A returned workbook → the records it says, or the problems, each at its
 * sheet and cell (issue 25). Pure: the cells as read, and the form the
 * agency was sent (made again from the dataset), in. The records then become
 * YAML (form-yaml.ts) and pass the dataset's own rules like any file.
 */
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { IsoDate, ReportedText, TaskStatus, Theme } from '../model/types.js';
import { suggest } from '../model/suggest.js';
import {
  readDate,
  readNumber,
  readProgress,
  readStatus,
  readText,
  readYesNo,
  plainWords,
  type CellRead,
} from './cell-values.js';
import type { IntakeForm } from './form-model.js';
import { textRowsStart } from './form-workbook.js';
import {
  column,
  CRITERION_COLUMNS,
  FIRST_ROW,
  FORM_MARK,
  IDENTITY_KEYS,
  INDICATOR_COLUMNS,
  SHEETS,
  TASK_COLUMNS,
  TEXT_ROWS,
  type Column,
} from './layout.js';

export interface SheetCells {
  name: string;
  /** Rows by number, cells by column number (1-based). */
  rows: ReadonlyMap<number, ReadonlyMap<number, CellRead>>;
  lastRow: number;
}

export type WorkbookCells = readonly SheetCells[];

/** A problem at a sheet and cell (or with the whole workbook when neither). */
export interface Problem {
  code: DiagnosticCode;
  args: Record<string, string | number | undefined>;
  sheet?: string;
  cell?: string;
}

/** Where a record's field was typed. */
export interface CellPlace {
  sheet: string;
  cell: string;
}

export interface UpdateRecord {
  task: string;
  /**
   * The completion date; for an estimate without one, the period's last day;
   * else undefined: the entry counts as of the figures day (`period:`).
   */
  date?: IsoDate;
  /** Marked "ước thực hiện": an expected state (0.3 `estimate: true`). */
  estimate?: true;
  status?: TaskStatus;
  progress?: number;
  note?: string;
  issues: ReportedText[];
  evidence?: string;
  places: Partial<
    Record<
      'task' | 'date' | 'status' | 'progress' | 'estimate' | 'note' | 'issues' | 'evidence',
      CellPlace
    >
  >;
}

export interface ValueRecord {
  indicator: string;
  date?: IsoDate;
  value: number;
  note?: string;
  /** Marked "ước thực hiện": a value expected by the period's last day (0.3 `estimate: true`). */
  estimate?: true;
  places: Partial<Record<'indicator' | 'date' | 'value' | 'note' | 'estimate', CellPlace>>;
}

export interface ScoreRecord {
  criterion: string;
  self: number;
  evidence?: string;
  places: Partial<Record<'self' | 'evidence', CellPlace>>;
}

export interface TextRecord {
  text: string;
  place: CellPlace;
}

export interface FormRecords {
  updates: UpdateRecord[];
  values: ValueRecord[];
  /** null when the form has no assessment sheet. */
  scores: ScoreRecord[] | null;
  difficulties: TextRecord[];
  proposals: TextRecord[];
}

export interface FormIdentity {
  dataset: string;
  agency: string;
  period: string;
  version: string;
  fingerprint: string;
}

/** The hidden sheet's identity, or undefined when the workbook is not one of our forms. */
export function readIdentity(cells: WorkbookCells): FormIdentity | undefined {
  const sheet = cells.find((entry) => entry.name === SHEETS.identity);
  if (!sheet) return undefined;
  const values = new Map<string, string>();
  for (const [row, cellsOfRow] of sheet.rows) {
    const key = readText(cellsOfRow.get(1));
    const value = readText(cellsOfRow.get(2));
    if (key !== null && value !== null && row <= IDENTITY_KEYS.length) values.set(key, value);
  }
  if (values.get('form') !== FORM_MARK) return undefined;
  const [dataset, agency, period, version, fingerprint] = (
    ['dataset', 'agency', 'period', 'version', 'fingerprint'] as const
  ).map((key) => values.get(key) ?? '');
  return {
    dataset: dataset!,
    agency: agency!,
    period: period!,
    version: version!,
    fingerprint: fingerprint!,
  };
}

/** Reads a filled form against the form it was made as; records only when there is no problem. */
export function readFilledForm(
  cells: WorkbookCells,
  form: IntakeForm,
  themes: readonly Theme[],
): { records?: FormRecords; problems: Problem[] } {
  const problems: Problem[] = [];
  const sheetOf = (name: string): SheetCells | undefined => {
    const sheet = cells.find((entry) => entry.name === name);
    if (!sheet) {
      const known = new Set<string>(Object.values(SHEETS));
      const found = cells.map((entry) => entry.name).filter((entry) => !known.has(entry));
      problems.push({
        code: 'intake-sheet-missing',
        args: { sheet: name, found: found.join(', ') },
      });
    }
    return sheet;
  };
  const tasks = sheetOf(SHEETS.tasks);
  const indicators = sheetOf(SHEETS.indicators);
  const assessment = form.criteria === null ? undefined : sheetOf(SHEETS.assessment);
  if (problems.length > 0) return { problems };
  const records: FormRecords = {
    updates: readTaskRows(tasks!, form, themes, problems),
    values: readIndicatorRows(indicators!, form, problems),
    scores: assessment ? readScores(assessment, form, problems) : null,
    difficulties: assessment ? readTexts(assessment, textRowsStart(form.criteria!.length) + 1) : [],
    proposals: assessment
      ? readTexts(assessment, textRowsStart(form.criteria!.length) + TEXT_ROWS + 2)
      : [],
  };
  return problems.length > 0 ? { problems } : { records, problems };
}

/**
 * The rows of a table against the codes expected, in order: a row deleted,
 * moved, added with a code of its own, or a locked cell changed is named.
 * Returns, for each expected row, its cells (only when the table is intact).
 */
function rowsOf(
  sheet: SheetCells,
  columns: readonly Column[],
  expected: readonly { id: string; locked: Record<string, string | number | null> }[],
  problems: Problem[],
  /** The last row a table may reach (the assessment's texts follow its criteria). */
  limit = Infinity,
): ReadonlyMap<number, CellRead>[] | undefined {
  const before = problems.length;
  const at = (letter: string, row: number): CellPlace => ({
    sheet: sheet.name,
    cell: `${letter}${row}`,
  });
  const position = new Map(expected.map((entry, index) => [entry.id, index]));
  const seen = new Set<string>();
  // A row out of order, or lower than its place (a row inserted above), is moved; one only
  // shifted up by a deleted row above it is not (the deletion is what is reported).
  let furthest = -1;
  const last = Math.min(limit, Math.max(sheet.lastRow, FIRST_ROW + expected.length - 1));
  for (let row = FIRST_ROW; row <= last; row++) {
    const cells = sheet.rows.get(row) ?? new Map<number, CellRead>();
    const code = readText(cells.get(1));
    const index = row - FIRST_ROW;
    if (code === null) {
      const filled = columns.some(
        (entry, col) => entry.input && readText(cells.get(col + 1)) !== null,
      );
      if (filled)
        problems.push({ code: 'intake-row-foreign', args: { code: '' }, ...at('A', row) });
      continue;
    }
    const wanted = position.get(code);
    if (wanted === undefined) {
      problems.push({ code: 'intake-row-foreign', args: { code }, ...at('A', row) });
      continue;
    }
    seen.add(code);
    if (wanted < furthest || wanted < index) {
      problems.push({
        code: 'intake-row-moved',
        args: { code, row: FIRST_ROW + wanted },
        ...at('A', row),
      });
      continue;
    }
    furthest = wanted;
    // Shifted up by a deleted row: reported as that deletion, its locked cells not compared.
    if (wanted !== index) continue;
    const locked = expected[wanted]!.locked;
    columns.forEach((entry, col) => {
      if (entry.input || !(entry.key in locked)) return;
      const want = locked[entry.key];
      const shown = want === null || want === undefined ? null : String(want);
      const got = readText(cells.get(col + 1));
      if (sameText(got, shown) || sameNumber(cells.get(col + 1), want)) return;
      problems.push({
        code: 'intake-locked-edited',
        args: { expected: shown ?? '' },
        ...at(entry.letter, row),
      });
    });
  }
  expected.forEach((entry, index) => {
    if (!seen.has(entry.id))
      problems.push({
        code: 'intake-row-missing',
        args: { code: entry.id },
        ...at('A', FIRST_ROW + index),
      });
  });
  if (problems.length > before) return undefined;
  return expected.map((_entry, index) => sheet.rows.get(FIRST_ROW + index) ?? new Map());
}

const sameText = (a: string | null, b: string | null) =>
  (a ?? '').normalize('NFC').trim() === (b ?? '').normalize('NFC').trim();
const sameNumber = (cell: CellRead | undefined, want: unknown) =>
  typeof want === 'number' && typeof cell?.value === 'number' && cell.value === want;

function readTaskRows(
  sheet: SheetCells,
  form: IntakeForm,
  themes: readonly Theme[],
  problems: Problem[],
): UpdateRecord[] {
  const rows = rowsOf(
    sheet,
    TASK_COLUMNS,
    form.tasks.map((task) => ({ id: task.id, locked: { id: task.id, title: task.title } })),
    problems,
  );
  if (!rows) return [];
  const records: UpdateRecord[] = [];
  const byName = new Map(themes.map((theme) => [plainWords(theme.name), theme.id]));
  rows.forEach((cells, index) => {
    const task = form.tasks[index]!;
    const row = FIRST_ROW + index;
    const place = (key: string): CellPlace => ({
      sheet: sheet.name,
      cell: `${column(TASK_COLUMNS, key).letter}${row}`,
    });
    const cell = (key: string) => cells.get(TASK_COLUMNS.indexOf(column(TASK_COLUMNS, key)) + 1);
    const record: UpdateRecord = { task: task.id, issues: [], places: { task: place('id') } };
    let any = false;
    if (task.role !== 'partner') {
      const status = readStatus(cell('status'));
      if (status && 'bad' in status)
        problems.push({
          code: 'status-invalid',
          args: { value: status.bad, suggestion: status.suggestion },
          ...place('status'),
        });
      else if (status) {
        record.status = status.ok;
        record.places.status = place('status');
        any = true;
      }
      const progress = readProgress(cell('progress'));
      if (progress && 'bad' in progress)
        problems.push({
          code: 'intake-number',
          args: { value: progress.bad },
          ...place('progress'),
        });
      else if (progress) {
        if (progress.ok < 0 || progress.ok > 100)
          problems.push({
            code: 'intake-progress',
            args: { value: String(progress.ok).replace('.', ',') },
            ...place('progress'),
          });
        record.progress = progress.ok;
        record.places.progress = place('progress');
        any = true;
      }
      const completed = readDate(cell('completed'));
      if (completed && 'bad' in completed)
        problems.push({
          code: 'intake-date',
          args: { value: completed.bad },
          ...place('completed'),
        });
      else if (completed) {
        if (record.status !== 'done')
          problems.push({ code: 'intake-completed-not-done', args: {}, ...place('completed') });
        record.date = completed.ok;
        record.places.date = place('completed');
        any = true;
      }
      const estimate = readYesNo(cell('estimate'));
      if (estimate && 'bad' in estimate)
        problems.push({
          code: 'intake-estimate',
          args: { value: estimate.bad },
          ...place('estimate'),
        });
      else if (estimate?.ok) {
        // Expected by the period's last day, unless it says when it will be done.
        record.estimate = true;
        record.places.estimate = place('estimate');
        if (record.date === undefined) {
          record.date = form.lastDay;
          record.places.date = place('estimate');
        }
        any = true;
      }
    }
    const note = readText(cell('note'));
    if (note !== null) {
      record.note = note;
      record.places.note = place('note');
      any = true;
    }
    const evidence = readText(cell('evidence'));
    if (evidence !== null) {
      record.evidence = evidence;
      record.places.evidence = place('evidence');
      any = true;
    }
    const themeName = readText(cell('theme'));
    let theme: string | undefined;
    if (themeName !== null) {
      theme = byName.get(plainWords(themeName));
      if (theme === undefined)
        problems.push({
          code: 'intake-unknown-theme',
          args: {
            value: themeName,
            suggestion: suggest(
              themeName,
              themes.map((entry) => entry.name),
            ),
          },
          ...place('theme'),
        });
    }
    const issues = readText(cell('issues'));
    if (issues !== null) {
      record.issues = issues
        .split(/\r?\n/)
        .map((line) => line.replace(/^[-•+*]\s*/u, '').trim())
        .filter((line) => line !== '')
        .map((text) => (theme ? { theme, text } : { text }));
      record.places.issues = place('issues');
      any = true;
    }
    if (!any) return;
    if (task.role !== 'partner' && record.status === undefined)
      problems.push({ code: 'intake-status-missing', args: {}, ...place('status') });
    records.push(record);
  });
  return records;
}

function readIndicatorRows(
  sheet: SheetCells,
  form: IntakeForm,
  problems: Problem[],
): ValueRecord[] {
  const rows = rowsOf(
    sheet,
    INDICATOR_COLUMNS,
    form.indicators.map((entry) => ({ id: entry.id, locked: { id: entry.id, name: entry.name } })),
    problems,
  );
  if (!rows) return [];
  const records: ValueRecord[] = [];
  rows.forEach((cells, index) => {
    const indicator = form.indicators[index]!;
    const row = FIRST_ROW + index;
    const place = (key: string): CellPlace => ({
      sheet: sheet.name,
      cell: `${column(INDICATOR_COLUMNS, key).letter}${row}`,
    });
    const cell = (key: string) =>
      cells.get(INDICATOR_COLUMNS.indexOf(column(INDICATOR_COLUMNS, key)) + 1);
    const value = readNumber(cell('value'));
    const date = readDate(cell('date'));
    const note = readText(cell('note'));
    const estimate = readYesNo(cell('estimate'));
    if (value && 'bad' in value)
      problems.push({ code: 'intake-number', args: { value: value.bad }, ...place('value') });
    if (date && 'bad' in date)
      problems.push({ code: 'intake-date', args: { value: date.bad }, ...place('date') });
    if (estimate && 'bad' in estimate)
      problems.push({
        code: 'intake-estimate',
        args: { value: estimate.bad },
        ...place('estimate'),
      });
    if (!value || 'bad' in value) return;
    const record: ValueRecord = {
      indicator: indicator.id,
      value: value.ok,
      places: { indicator: place('id'), value: place('value') },
    };
    if (date && 'ok' in date) {
      record.date = date.ok;
      record.places.date = place('date');
    }
    if (note !== null) {
      record.note = note;
      record.places.note = place('note');
    }
    if (estimate && 'ok' in estimate && estimate.ok) {
      // Expected by the period's last day, unless it gives its own day.
      record.estimate = true;
      record.places.estimate = place('estimate');
      if (record.date === undefined) {
        record.date = form.lastDay;
        record.places.date = place('estimate');
      }
    }
    records.push(record);
  });
  return records;
}

function readScores(sheet: SheetCells, form: IntakeForm, problems: Problem[]): ScoreRecord[] {
  const criteria = form.criteria ?? [];
  const rows = rowsOf(
    sheet,
    CRITERION_COLUMNS,
    criteria.map((entry) => ({ id: entry.id, locked: { id: entry.id, name: entry.name } })),
    problems,
    textRowsStart(criteria.length) - 1,
  );
  if (!rows) return [];
  const records: ScoreRecord[] = [];
  rows.forEach((cells, index) => {
    const criterion = criteria[index]!;
    const row = FIRST_ROW + index;
    const place = (key: string): CellPlace => ({
      sheet: sheet.name,
      cell: `${column(CRITERION_COLUMNS, key).letter}${row}`,
    });
    const cell = (key: string) =>
      cells.get(CRITERION_COLUMNS.indexOf(column(CRITERION_COLUMNS, key)) + 1);
    const score = readNumber(cell('score'));
    const evidence = readText(cell('evidence'));
    if (score && 'bad' in score) {
      problems.push({ code: 'intake-number', args: { value: score.bad }, ...place('score') });
      return;
    }
    if (!score) return;
    if (score.ok < 0 || score.ok > criterion.max)
      problems.push({
        code: 'score-over-max',
        args: {
          criterion: criterion.id,
          value: String(score.ok).replace('.', ','),
          max: criterion.max,
        },
        ...place('score'),
      });
    const record: ScoreRecord = {
      criterion: criterion.id,
      self: score.ok,
      places: { self: place('score') },
    };
    if (evidence !== null) {
      record.evidence = evidence;
      record.places.evidence = place('evidence');
    }
    records.push(record);
  });
  return records;
}

function readTexts(sheet: SheetCells, first: number): TextRecord[] {
  const out: TextRecord[] = [];
  for (let row = first; row < first + TEXT_ROWS; row++) {
    const text = readText(sheet.rows.get(row)?.get(2));
    if (text !== null) out.push({ text, place: { sheet: sheet.name, cell: `B${row}` } });
  }
  return out;
}
