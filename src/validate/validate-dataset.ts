/**
 * Source files → a typed Dataset or diagnostics. Each file is parsed, checked
 * against its schema and read in one pass, so its YAML tree can be dropped before
 * the next; then the rules across files run over what was gathered. A dataset
 * with any error yields no Dataset (spec § Errors).
 */
import { compareDiagnostics, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { compareIds } from '../model/collate.js';
import type { Dataset, Settings } from '../model/types.js';
import { expectedName, kindOfPath, REQUIRED_FILES } from '../load/dataset-files.js';
import type { SourceFile } from '../load/load-dataset.js';
import { emptyCollected, type Collected } from './collected.js';
import { checkAcrossFiles } from './cross-rules.js';
import type { Limits } from './limits.js';
import { diagnostic } from './make-diagnostic.js';
import {
  readAgencies,
  readCriteria,
  readPillars,
  readPlans,
  readSettings,
} from './read-catalogs.js';
import { readAssessment, readTasks } from './read-records.js';
import { checkSchema } from './schema-check.js';
import type { FileKind } from './schemas/index.js';
import { locatePending, type ReadText } from './locate-pending.js';
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

type Reader = (value: unknown, file: string, locate: Locator, into: Collected) => void;

const READERS: Record<FileKind, Reader> = {
  settings: readSettings,
  pillars: readPillars,
  agencies: readAgencies,
  plans: readPlans,
  criteria: readCriteria,
  tasks: readTasks,
  assessment: readAssessment,
};

/** Settings first (its cutoff_day dates `period:` updates), catalogues next, records last. */
const READ_ORDER: readonly FileKind[] = [
  'settings',
  'pillars',
  'agencies',
  'plans',
  'criteria',
  'tasks',
  'assessment',
];

/** A fresh collection holding the loading problems; a catalogue that could not be read is marked broken. */
export function startValidation(loadDiagnostics: readonly Diagnostic[]): Collected {
  const collected = emptyCollected();
  append(collected.diagnostics, loadDiagnostics);
  // References into an unreadable catalogue go unchecked, else every id in it is "unknown".
  for (const entry of loadDiagnostics) {
    const kind = entry.severity === 'error' ? kindOfPath(entry.file) : undefined;
    if (kind) collected.brokenKinds.add(kind);
  }
  return collected;
}

/** The order files are read in: settings, catalogues, records, each by path (so results never depend on discovery order). */
export function inReadOrder<T extends { kind: FileKind; path: string }>(files: readonly T[]): T[] {
  return [...files].sort(
    (a, b) => READ_ORDER.indexOf(a.kind) - READ_ORDER.indexOf(b.kind) || (a.path < b.path ? -1 : 1),
  );
}

/**
 * After every file is read: required files, the rules across files, the lines
 * and columns of what files read without positions have to report (`readText`
 * gives their text again), and the dataset when there is no error.
 */
export async function finishValidation(
  collected: Collected,
  files: readonly { kind: FileKind }[],
  loadDiagnostics: readonly Diagnostic[],
  readText: ReadText,
  limits: Limits,
): Promise<ValidationResult> {
  checkRequiredFiles(files, loadDiagnostics, collected);
  append(collected.diagnostics, checkAcrossFiles(collected));
  await locatePending(collected.diagnostics, readText, limits);
  const diagnostics = collected.diagnostics.sort(compareDiagnostics);
  if (!collected.settings) return { diagnostics };
  const settings = collected.settings;
  if (hasErrors(diagnostics)) return { diagnostics, settings };
  return { dataset: assemble(collected), diagnostics, settings };
}

/** push(...items) passes every item as an argument and overflows the stack past ~100,000 diagnostics. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * Parses one file, checks it against its schema and reads it into the
 * collection. A file is read quickly, without positions, when that can be done
 * and its schema check is clean; else `yaml` reads it with positions, and
 * explains any problem of YAML or schema itself.
 */
export async function validateFileInto(
  file: SourceFile,
  limits: Limits,
  into: Collected,
): Promise<void> {
  const quick = parseYamlQuickly(file.text, limits);
  if (quick !== undefined && checkSchema(file.kind, file.path, quick, locateLater).length === 0) {
    const before = into.diagnostics.length;
    READERS[file.kind](quick, file.path, locateLater, into);
    if (hasErrors(into.diagnostics.slice(before))) into.brokenKinds.add(file.kind);
    return;
  }
  const { parseYaml } = await import('./yaml-source.js');
  const before = into.diagnostics.length;
  const parsed = parseYaml(file.path, file.text, limits);
  append(into.diagnostics, parsed.diagnostics);
  if (parsed.diagnostics.length === 0) {
    if (parsed.value === null || parsed.value === undefined) {
      into.diagnostics.push(diagnostic('file-empty', file.path, { line: 1, column: 1 }));
    } else {
      append(into.diagnostics, checkSchema(file.kind, file.path, parsed.value, parsed.locate));
      READERS[file.kind](parsed.value, file.path, parsed.locate, into);
    }
  }
  const newErrors = into.diagnostics.slice(before).some((entry) => entry.severity === 'error');
  if (newErrors || parsed.value === undefined) into.brokenKinds.add(file.kind);
}

function checkRequiredFiles(
  files: readonly { kind: FileKind }[],
  loadDiagnostics: readonly Diagnostic[],
  into: Collected,
): void {
  const present = new Set(files.map((file) => file.kind));
  // A file that exists but could not be read already has its own diagnostic.
  const failed = new Set(loadDiagnostics.map((entry) => entry.file));
  const required = present.has('assessment')
    ? [...REQUIRED_FILES, 'criteria' as const]
    : REQUIRED_FILES;
  for (const kind of required) {
    if (present.has(kind)) continue;
    const name = expectedName(kind);
    if (failed.has(name) || failed.has(name.replace(/\.yaml$/, '.yml'))) continue;
    into.diagnostics.push(diagnostic('file-missing', name, { line: 0, column: 0 }, { file: name }));
    into.brokenKinds.add(kind);
  }
}

function assemble(collected: Collected): Dataset {
  return {
    settings: collected.settings!,
    pillars: collected.pillars,
    groups: collected.groups,
    agencies: collected.agencies,
    plans: collected.plans,
    components: collected.components,
    criteria: collected.criteria,
    grades: collected.grades,
    tasks: [...collected.tasks].sort((a, b) => compareIds(a.id, b.id)),
    assessments: [...collected.assessments].sort(
      (a, b) =>
        (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) || compareIds(a.agency, b.agency),
    ),
  };
}
