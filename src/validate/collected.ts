/**
 * What the per-file readers gather: model pieces, plus the declarations and
 * references (with where they were written) that the cross-file rules check
 * after every file is read. Holding positions rather than YAML trees lets each
 * file's tree be dropped as soon as it is read.
 */
import type {
  Agency,
  AgencyGroup,
  AssessmentIndex,
  Assessment,
  Component,
  Criterion,
  Grade,
  Indicator,
  IndicatorValue,
  Notes,
  Pillar,
  Plan,
  Reminders,
  ReportedText,
  Round,
  Settings,
  Task,
  TaskUpdate,
  Theme,
} from '../model/types.js';
import type { FileKind } from '../dataset/file-kinds.js';
import type { PendingDiagnostic } from './pending.js';
import type { UpdateFileRead } from './read-updates.js';
import type { Locator, Place, ValuePath } from './where.js';

export type { Place } from './where.js';

export type CatalogKind =
  | 'agency'
  | 'pillar'
  | 'plan'
  | 'group'
  | 'index'
  | 'component'
  | 'criterion'
  | 'indicator'
  | 'theme';
export type DeclaredKind = CatalogKind | 'task';

export interface Declaration extends Place {
  kind: DeclaredKind;
  id: string;
}

export interface Reference extends Place {
  kind: CatalogKind;
  id: string;
}

export interface ScoreToCheck extends Place {
  criterion: string;
  value: number;
}

export interface Collected {
  settings?: Settings;
  pillars: Pillar[];
  groups: AgencyGroup[];
  agencies: Agency[];
  plans: Plan[];
  components: Component[];
  criteria: Criterion[];
  grades: Grade[];
  /** criteria.yaml's `indices` (0.3), when it uses that form. */
  indices?: AssessmentIndex[];
  tasks: Task[];
  assessments: Assessment[];
  indicators: Indicator[];
  indicatorValues: IndicatorValue[];
  themes: Theme[];
  notes: Notes[];
  /** updates/ files as read; their entries join the tasks' logs once every file is read. */
  updateFiles: UpdateFileRead[];
  /** Where each notes file named its period: one file per period. */
  notePlaces: Map<Notes, Place>;
  /** Collection rounds (rounds.yaml), and where each named its period: one round per period. */
  rounds: Round[];
  roundPlaces: Map<Round, Place>;
  reminders?: Reminders;
  /** A round's `from` ids: each a group or an agency. */
  roundMembers: (Place & { id: string })[];
  /** The `areas` keys of notes files: criteria component or pillar ids. */
  areaReferences: Reference[];
  declarations: Declaration[];
  references: Reference[];
  scores: ScoreToCheck[];
  /** Where each agency, task and assessment was declared, for cross-file messages. */
  agencyPlaces: Map<string, Place>;
  /** Where an agency's `parent` or `successor` was written, by `field\0id`: the place to fix a cycle. */
  linkPlaces: Map<string, Place>;
  taskPlaces: Map<string, Place>;
  /**
   * Where the inline updates of group-led tasks (and any naming an `agency`)
   * were written, for the rules of shares (0.3) run once the agencies are known.
   */
  updatePaths: Map<TaskUpdate, ValuePath>;
  assessmentPlaces: Map<Assessment, Place>;
  /** Kinds whose files had errors: references to them are not checked, to avoid a cascade of false errors. */
  brokenKinds: Set<FileKind>;
  diagnostics: PendingDiagnostic[];
}

export function emptyCollected(): Collected {
  return {
    pillars: [],
    groups: [],
    agencies: [],
    plans: [],
    components: [],
    criteria: [],
    grades: [],
    tasks: [],
    assessments: [],
    indicators: [],
    indicatorValues: [],
    themes: [],
    notes: [],
    updateFiles: [],
    notePlaces: new Map(),
    rounds: [],
    roundPlaces: new Map(),
    roundMembers: [],
    areaReferences: [],
    declarations: [],
    references: [],
    scores: [],
    agencyPlaces: new Map(),
    linkPlaces: new Map(),
    taskPlaces: new Map(),
    updatePaths: new Map(),
    assessmentPlaces: new Map(),
    brokenKinds: new Set(),
    diagnostics: [],
  };
}

/**
 * Texts copied while one file is read (readingOneFile), by value: a value the
 * file repeats (a lead, a plan, a note written on every update) is kept once.
 */
const copies = new Map<string, string>();

/**
 * A copy of a text that no longer points into the file it was read from. The
 * YAML parser gives each value as a slice of the file's text, and V8 keeps a
 * slice of 13 or more characters as a view of its whole parent: one title kept
 * in the dataset keeps the whole file alive, twice its UTF-8 size once it holds
 * a Vietnamese letter. Concatenating flattens into a new string, of which the
 * slice is a view; shorter texts are copies already.
 */
export function detached(value: string): string {
  if (value.length < 13) return value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  const copy = ` ${value}`.slice(1);
  copies.set(copy, copy);
  return copy;
}

/** Runs one file's reader, then forgets its copies (a reader is synchronous, so files never interleave). */
export function readingOneFile(read: () => void): void {
  try {
    read();
  } finally {
    copies.clear();
  }
}

/**
 * Defensive readers: the value passed the schema when the file is clean, but a
 * broken file is still read for what it has. Texts come out detached from
 * their file's text.
 */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? detached(value) : undefined;
export const number = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
export const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const texts = (value: unknown): string[] =>
  (typeof value === 'string' ? [value] : list(value))
    .filter((item): item is string => typeof item === 'string')
    .map(detached);

/**
 * Difficulties or proposals as written: a text, or a list of texts and
 * `{ theme, text }` items (spec § themes.yaml). Each theme named is a
 * reference to check, at the place it was written.
 */
export function reportedTexts(
  value: unknown,
  at: ValuePath,
  file: string,
  locate: Locator,
  into: Collected,
): ReportedText[] {
  const one = (item: unknown, path: ValuePath): ReportedText[] => {
    if (typeof item === 'string') return [{ text: detached(item) }];
    const entry = record(item);
    const [theme, content] = [text(entry.theme), text(entry.text)];
    if (theme)
      into.references.push({ kind: 'theme', id: theme, file, at: locate([...path, 'theme']) });
    if (content === undefined) return [];
    return [theme ? { text: content, theme } : { text: content }];
  };
  if (Array.isArray(value)) return value.flatMap((item, index) => one(item, [...at, index]));
  return value === undefined ? [] : one(value, [...at]);
}
