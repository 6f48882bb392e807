/**
 * Source files → a typed Dataset or diagnostics: the validation stage's loop.
 * Each file is read (by the function passed in: this stage does no I/O),
 * parsed, checked against its schema and read into the collection in one pass,
 * so its YAML tree can be dropped before the next; then the rules across files
 * run over what was gathered, and every diagnostic is placed. A dataset with
 * any error yields no Dataset (spec § Errors).
 */
import {
  compareDiagnostics,
  hasErrors,
  makeDiagnostic,
  WHOLE_FILE,
  type Diagnostic,
} from '../diagnostics/diagnostic.js';
import {
  expectedName,
  FILE_KINDS,
  kindOfPath,
  RECORD_KINDS,
  REQUIRED_FILES,
  type FileKind,
} from '../dataset/file-kinds.js';
import type { Limits } from '../dataset/limits.js';
import type { FoundFile, SourceFile } from '../dataset/source-file.js';
import { compareIds } from '../model/collate.js';
import type { AgencyUpdates, Dataset, Settings } from '../model/types.js';
import { emptyCollected, readingOneFile, type Collected } from './collected.js';
import { settlerAfterCatalogues } from './settled-early.js';
import { checkAcrossFiles } from './cross-rules.js';
import { locatePending } from './locate-pending.js';
import { diagnostic, pendingFrom } from './pending.js';
import { readAgencies, readPillars, readPlans, readSettings } from './read-catalogs.js';
import { readCriteria } from './read-criteria.js';
import { readNotes, readThemes } from './read-briefing.js';
import { readIndicators, readIndicatorValues } from './read-indicators.js';
import { readAssessment, readTasks } from './read-records.js';
import { readUpdateFile } from './read-updates.js';
import { checkUpdateFiles, mergeUpdates, type PlacedEntry } from './update-rules.js';
import { readRounds } from './read-rounds.js';
import { checkSchema } from './schema-check.js';
import { prepareValidators } from './schema-validators.js';
import { locateLater, type Locator } from './where.js';
import { parseYamlQuickly } from './yaml-quick.js';

export interface ValidationResult {
  /** Present only when there is no error (warnings allowed). */
  dataset?: Dataset;
  /** Sorted by file, line, column. */
  diagnostics: Diagnostic[];
  /** dx-report.yaml as read, present whenever it parsed, even when the dataset has errors (run defaults such as the language). */
  settings?: Settings;
}

/** Reads one listed file: its text, or the diagnostic saying why it cannot be read. */
export type ReadFile = (file: FoundFile) => SourceFile | Diagnostic;

export interface ValidationInput {
  /** The dataset's files, as listed (sizes already checked). */
  files: readonly FoundFile[];
  /** What listing found wrong (unreadable folders, files too large, stray files). */
  loadDiagnostics: readonly Diagnostic[];
  read: ReadFile;
  limits: Limits;
  /** Called as files are validated: `done` of `total`; once more with done === total at the end. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

type Reader = (value: unknown, file: string, locate: Locator, into: Collected) => void;

const READERS: Record<FileKind, Reader> = {
  settings: readSettings,
  pillars: readPillars,
  agencies: readAgencies,
  plans: readPlans,
  criteria: readCriteria,
  indicators: readIndicators,
  themes: readThemes,
  rounds: readRounds,
  tasks: readTasks,
  assessment: readAssessment,
  'indicator-values': readIndicatorValues,
  notes: readNotes,
  updates: readUpdateFile,
};

/** Validates a whole dataset; see ValidationInput. */
export async function validateDataset(input: ValidationInput): Promise<ValidationResult> {
  const { read, limits } = input;
  const ordered = inReadOrder(input.files);
  const collected = startValidation(input.loadDiagnostics);
  const total = ordered.length;
  let done = 0;
  const counted = () => input.onProgress?.(done++, total);
  const catalogues = ordered.filter((file) => !RECORD_KINDS.has(file.kind));
  const records = ordered.filter((file) => RECORD_KINDS.has(file.kind));
  await validateFilesInto(catalogues, read, limits, collected, counted);
  const settle = settlerAfterCatalogues(collected);
  let settled = settle(collected, { references: 0, scores: 0 });
  await validateFilesInto(records, read, limits, collected, () => {
    settled = settle(collected, settled);
    counted();
  });
  settle(collected, settled);
  input.onProgress?.(total, total);
  const byPath = new Map(input.files.map((file) => [file.path, file]));
  const readText = (path: string) => {
    const found = byPath.get(path);
    const result = found ? read(found) : undefined;
    return result && 'text' in result ? result.text : undefined;
  };
  return finishValidation(collected, input.files, input.loadDiagnostics, readText, limits);
}

/** The order files are read in: settings, catalogues, records, each by path (so results never depend on discovery order). */
export function inReadOrder<T extends { kind: FileKind; path: string }>(files: readonly T[]): T[] {
  return [...files].sort(
    (a, b) => FILE_KINDS.indexOf(a.kind) - FILE_KINDS.indexOf(b.kind) || (a.path < b.path ? -1 : 1),
  );
}

/** A fresh collection holding the loading problems; a catalogue that could not be read is marked broken. */
function startValidation(loadDiagnostics: readonly Diagnostic[]): Collected {
  const collected = emptyCollected();
  for (const entry of loadDiagnostics) collected.diagnostics.push(pendingFrom(entry));
  // References into an unreadable catalogue go unchecked, else every id in it is "unknown".
  for (const entry of loadDiagnostics) {
    const kind = entry.severity === 'error' ? kindOfPath(entry.file) : undefined;
    if (kind) collected.brokenKinds.add(kind);
  }
  return collected;
}

/**
 * Reads and validates files into a collection, in order. A file that cannot be
 * read marks its kind broken, so references into an unreadable catalogue are
 * not also reported as unknown ids. `onFile` is called before each file.
 */
export async function validateFilesInto(
  files: readonly FoundFile[],
  read: ReadFile,
  limits: Limits,
  into: Collected,
  onFile?: () => void,
): Promise<void> {
  for (const found of files) {
    onFile?.();
    const source = read(found);
    if ('text' in source) await validateFileInto(source, limits, into);
    else {
      into.diagnostics.push(pendingFrom(source));
      into.brokenKinds.add(found.kind);
    }
  }
}

/**
 * After every file is read: required files, the rules across files, the lines
 * and columns of what files read without positions have to report (`readText`
 * gives their text again), and the dataset when there is no error.
 */
async function finishValidation(
  collected: Collected,
  files: readonly { kind: FileKind }[],
  loadDiagnostics: readonly Diagnostic[],
  readText: (file: string) => string | undefined,
  limits: Limits,
): Promise<ValidationResult> {
  checkRequiredFiles(files, loadDiagnostics, collected);
  append(collected.diagnostics, checkAcrossFiles(collected));
  const updates = checkUpdateFiles(collected);
  append(collected.diagnostics, updates.diagnostics);
  const located = await locatePending(collected.diagnostics, readText, limits);
  const diagnostics = located.sort(compareDiagnostics);
  if (!collected.settings) return { diagnostics };
  const settings = collected.settings;
  if (hasErrors(diagnostics)) return { diagnostics, settings };
  return { dataset: assemble(collected, updates.placed), diagnostics, settings };
}

/** push(...items) passes every item as an argument and overflows the stack past ~100,000 diagnostics. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * Parses one file, checks it against its schema and reads it into the
 * collection. A file is read quickly, without positions, when that can be done
 * (the value is then the one `yaml` would give, so its schema problems are
 * the same: they are placed later, by path, in locate-pending.ts, once the
 * value and the schema check's own errors are gone from memory); else `yaml`
 * reads it with positions, and explains any problem of YAML or schema itself.
 */
export async function validateFileInto(
  file: SourceFile,
  limits: Limits,
  into: Collected,
): Promise<void> {
  await prepareValidators();
  const quick = parseYamlQuickly(file.text, limits);
  if (quick !== undefined) {
    const before = into.diagnostics.length;
    append(into.diagnostics, checkSchema(file.kind, file.path, quick, locateLater));
    readingOneFile(() => READERS[file.kind](quick, file.path, locateLater, into));
    if (hasErrors(into.diagnostics.slice(before))) into.brokenKinds.add(file.kind);
    return;
  }
  const { parseYaml } = await import('./yaml-source.js');
  const before = into.diagnostics.length;
  const parsed = parseYaml(file.path, file.text, limits);
  append(into.diagnostics, parsed.diagnostics.map(pendingFrom));
  if (parsed.diagnostics.length === 0) {
    if (parsed.value === null || parsed.value === undefined) {
      into.diagnostics.push(diagnostic('file-empty', file.path, { line: 1, column: 1 }));
    } else {
      append(into.diagnostics, checkSchema(file.kind, file.path, parsed.value, parsed.locate));
      readingOneFile(() => READERS[file.kind](parsed.value, file.path, parsed.locate, into));
    }
  }
  const newErrors = hasErrors(into.diagnostics.slice(before));
  if (newErrors || parsed.value === undefined) into.brokenKinds.add(file.kind);
}

function checkRequiredFiles(
  files: readonly { kind: FileKind }[],
  loadDiagnostics: readonly Diagnostic[],
  into: Collected,
): void {
  // Past the dataset's size limit, listing stopped: the files not listed are not missing.
  if (loadDiagnostics.some((entry) => entry.code === 'dataset-too-large')) return;
  const present = new Set(files.map((file) => file.kind));
  // A file that exists but could not be read already has its own diagnostic.
  const failed = new Set(loadDiagnostics.map((entry) => entry.file));
  // Records that refer to a catalogue need it: assessments their criteria, values their indicators.
  const required = [
    ...REQUIRED_FILES,
    ...(present.has('assessment') ? (['criteria'] as const) : []),
    ...(present.has('indicator-values') ? (['indicators'] as const) : []),
  ];
  for (const kind of required) {
    if (present.has(kind)) continue;
    const name = expectedName(kind);
    if (failed.has(name) || failed.has(name.replace(/\.yaml$/, '.yml'))) continue;
    into.diagnostics.push(
      pendingFrom(makeDiagnostic('file-missing', name, WHOLE_FILE, { file: name })),
    );
    into.brokenKinds.add(kind);
  }
}

function assemble(collected: Collected, placed: readonly PlacedEntry[]): Dataset {
  return {
    settings: collected.settings!,
    pillars: collected.pillars,
    groups: collected.groups,
    agencies: collected.agencies,
    plans: collected.plans,
    components: collected.components,
    criteria: collected.criteria,
    grades: collected.grades,
    ...(collected.indices ? { indices: collected.indices } : {}),
    tasks: mergeUpdates(
      [...collected.tasks].sort((a, b) => compareIds(a.id, b.id)),
      placed,
    ),
    assessments: [...collected.assessments].sort(
      (a, b) =>
        (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) || compareIds(a.agency, b.agency),
    ),
    indicators: collected.indicators,
    // A stable sort: values of one indicator on one day keep their file order.
    indicatorValues: [...collected.indicatorValues].sort(
      (a, b) =>
        compareIds(a.indicator, b.indicator) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
    ),
    themes: collected.themes,
    notes: [...collected.notes].sort((a, b) =>
      a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
    ),
    updateFiles: agencyUpdates(collected, placed),
    rounds: [...collected.rounds].sort((a, b) =>
      a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
    ),
    ...(collected.reminders ? { reminders: collected.reminders } : {}),
  };
}

/** Who sent which updates/ file, and for which tasks and days (its accepted entries). */
function agencyUpdates(collected: Collected, placed: readonly PlacedEntry[]): AgencyUpdates[] {
  const accepted = new Map<string, { task: string; date: string }[]>();
  for (const { entry, file } of placed) {
    const list = accepted.get(file.file) ?? [];
    list.push({ task: entry.task, date: entry.date });
    accepted.set(file.file, list);
  }
  return collected.updateFiles
    .map((file): AgencyUpdates => {
      const read: AgencyUpdates = {
        agency: file.agency,
        period: file.period,
        entries: accepted.get(file.file) ?? [],
        source: { file: file.file, path: [] },
      };
      if (file.submitted) read.submitted = file.submitted;
      if (file.imported) read.imported = file.imported;
      return read;
    })
    .sort(
      (a, b) =>
        (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) || compareIds(a.agency, b.agency),
    );
}
