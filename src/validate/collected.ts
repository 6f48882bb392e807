/**
 * What the per-file readers gather: model pieces, plus the declarations and
 * references (with where they were written) that the cross-file rules check
 * after every file is read. Holding positions rather than YAML trees lets each
 * file's tree be dropped as soon as it is read.
 */
import type {
  Agency,
  AgencyGroup,
  Assessment,
  Component,
  Criterion,
  Grade,
  Indicator,
  IndicatorValue,
  Pillar,
  Plan,
  Settings,
  Task,
} from '../model/types.js';
import type { FileKind } from '../dataset/file-kinds.js';
import type { PendingDiagnostic } from './pending.js';
import type { Place } from './where.js';

export type { Place } from './where.js';

export type CatalogKind =
  'agency' | 'pillar' | 'plan' | 'group' | 'component' | 'criterion' | 'indicator';
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
  tasks: Task[];
  assessments: Assessment[];
  indicators: Indicator[];
  indicatorValues: IndicatorValue[];
  declarations: Declaration[];
  references: Reference[];
  scores: ScoreToCheck[];
  /** Where each agency, task and assessment was declared, for cross-file messages. */
  agencyPlaces: Map<string, Place>;
  /** Where an agency's `parent` or `successor` was written, by `field\0id`: the place to fix a cycle. */
  linkPlaces: Map<string, Place>;
  taskPlaces: Map<string, Place>;
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
    declarations: [],
    references: [],
    scores: [],
    agencyPlaces: new Map(),
    linkPlaces: new Map(),
    taskPlaces: new Map(),
    assessmentPlaces: new Map(),
    brokenKinds: new Set(),
    diagnostics: [],
  };
}

/**
 * Adds what one batch of files gathered to the whole, as if the batch had been
 * read in place: lists keep their order, the first place of an id wins.
 */
export function mergeCollected(into: Collected, part: Collected): void {
  const lists = [
    'pillars',
    'groups',
    'agencies',
    'plans',
    'components',
    'criteria',
    'grades',
    'tasks',
    'assessments',
    'indicators',
    'indicatorValues',
    'declarations',
    'references',
    'scores',
    'diagnostics',
  ] as const;
  for (const key of lists) {
    const target = into[key] as unknown[];
    for (const item of part[key]) target.push(item);
  }
  for (const [id, place] of part.agencyPlaces)
    if (!into.agencyPlaces.has(id)) into.agencyPlaces.set(id, place);
  for (const [key, place] of part.linkPlaces)
    if (!into.linkPlaces.has(key)) into.linkPlaces.set(key, place);
  for (const [id, place] of part.taskPlaces)
    if (!into.taskPlaces.has(id)) into.taskPlaces.set(id, place);
  for (const [assessment, place] of part.assessmentPlaces)
    into.assessmentPlaces.set(assessment, place);
  for (const kind of part.brokenKinds) into.brokenKinds.add(kind);
}

/** Defensive readers: the value passed the schema when the file is clean, but a broken file is still read for what it has. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
export const number = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
export const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const texts = (value: unknown): string[] =>
  (typeof value === 'string' ? [value] : list(value)).filter(
    (item): item is string => typeof item === 'string',
  );
