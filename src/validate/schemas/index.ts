import type { FileKind } from '../../dataset/file-kinds.js';
import {
  agenciesSchema,
  criteriaSchema,
  pillarsSchema,
  plansSchema,
  settingsSchema,
} from './catalogs.js';
import { notesSchema, themesSchema } from './briefing.js';
import type { JsonSchema } from './common.js';
import { indicatorValuesSchema, indicatorsSchema } from './indicators.js';
import { assessmentSchema, tasksSchema } from './records.js';
import { updatesSchema } from './updates.js';
import { roundsSchema } from './rounds.js';

export type { FileKind } from '../../dataset/file-kinds.js';

/** File name of each kind's schema as shipped in `schemas/` and written by `dx-report schema`. */
export const SCHEMA_FILE_NAMES: Record<FileKind, string> = {
  settings: 'settings.schema.json',
  pillars: 'pillars.schema.json',
  agencies: 'agencies.schema.json',
  plans: 'plans.schema.json',
  criteria: 'criteria.schema.json',
  indicators: 'indicators.schema.json',
  themes: 'themes.schema.json',
  rounds: 'rounds.schema.json',
  tasks: 'tasks.schema.json',
  assessment: 'assessment.schema.json',
  'indicator-values': 'indicator-values.schema.json',
  notes: 'notes.schema.json',
  updates: 'updates.schema.json',
};

const BODIES: Record<FileKind, JsonSchema> = {
  settings: settingsSchema,
  pillars: pillarsSchema,
  agencies: agenciesSchema,
  plans: plansSchema,
  criteria: criteriaSchema,
  indicators: indicatorsSchema,
  themes: themesSchema,
  rounds: roundsSchema,
  tasks: tasksSchema,
  assessment: assessmentSchema,
  'indicator-values': indicatorValuesSchema,
  notes: notesSchema,
  updates: updatesSchema,
};

/** The complete draft-07 schema document of a file kind. */
export function schemaFor(kind: FileKind): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `dx-report: ${SCHEMA_FILE_NAMES[kind].replace('.schema.json', '')}`,
    ...BODIES[kind],
  };
}

/** Every kind that has a schema, in read order. */
export const SCHEMA_KINDS = Object.keys(BODIES) as FileKind[];
