/**
 * The briefing's outline: which numbered sections and appendices a report has,
 * and their numbers. Some sections exist only with their data (indicators,
 * the office's notes), so the sections after them move up; appendices are
 * numbered in Roman numerals once there are two ("Phụ lục I, II …"; a single
 * one is just "Phụ lục"). The rankings are one appendix per index that has
 * results (0.3: indices per level), in criteria.yaml order. Every renderer
 * numbers from here, so the Markdown and the Word document say the same, and
 * the body refers to the appendix it means.
 */
import type { ReportModel } from '../compute/report-model.js';
import { hasNewIndicatorValues, indicatorShortfall } from './indicator-wording.js';
import { romanNumeral } from './numbering.js';

type Present = (model: ReportModel) => boolean;
const always: Present = () => true;
/**
 * A part only the office can write: there with its notes, or, without a
 * notes file for the period, as a bracketed line to fill ("[Bổ sung: …]").
 */
const officePart =
  (part: 'leadership' | 'causes' | 'directions' | 'areas'): Present =>
  (model) =>
    model.notes === null || model.notes[part].length > 0;

/**
 * The numbered sections (khoản) of parts I–III, in order, each with when it
 * is there. A section with nothing for the period is left out rather than
 * negated: no indicator part without a value measured in the period, no index
 * part without an assessment, no list of agencies whose index fell when none did.
 */
const SECTIONS: Readonly<Record<string, Present>> = {
  // I. Kết quả thực hiện
  'results.indicators': (model) => hasNewIndicatorValues(model.indicators),
  'results.leadership': officePart('leadership'),
  'results.areas': officePart('areas'),
  'results.overview': always,
  'results.pillars': always,
  'results.plans': always,
  'results.withinPeriod': always,
  'results.index': (model) => model.index.assessmentPeriod !== null,
  // II. Tồn tại, hạn chế, khó khăn, vướng mắc
  'shortcomings.difficulties': (model) => model.difficulties.length > 0,
  'shortcomings.causes': officePart('causes'),
  'shortcomings.overdue': (model) => model.lagging.overdue.length > 0,
  'shortcomings.indexFell': (model) => model.lagging.indexFell.length > 0,
  'shortcomings.notFiled': (model) => model.index.notFiled.length > 0,
  'shortcomings.reporting': (model) => model.collection !== null,
  // III. Phương hướng, nhiệm vụ thời gian tới
  'directions.keyTasks': officePart('directions'),
  'directions.overdue': (model) => model.nextSteps.overdue.length > 0,
  'directions.dueNext': (model) =>
    model.nextSteps.dueRest.length + model.nextSteps.dueNext.length > 0,
};

export type SectionKey = keyof typeof SECTIONS;
export const SECTION_KEYS = Object.keys(SECTIONS);

/**
 * A list the body gives item by item while it has at most this many items;
 * a longer one (tasks finished, started, overdue; agencies whose index fell;
 * units that have not filed) is one sentence with its count and the appendix
 * that lists it, as real reports give counts and leave lists to the appendix.
 */
export const HANDFUL = 5;

/** Units that have not sent, named in part II up to this many; more go to an appendix. */
export const REPORTING_NAMED = HANDFUL;

/** The appendices, in order, each with when it is there (rankings: see rankingKeys). */
const APPENDICES: Readonly<Record<string, Present>> = {
  rankings: (model) => model.index.rows.length > 0,
  agencies: (model) => model.agencyResults.length > 0,
  texts: (model) => model.difficulties.length + model.proposals.length > 0,
  tasks: (model) => model.tasks.length > 0,
  reporting: (model) => (model.collection?.notSent.length ?? 0) > REPORTING_NAMED,
};
export const APPENDIX_KEYS = Object.keys(APPENDICES);

/** Whether the report has the section. */
export function hasSection(model: ReportModel, key: string): boolean {
  const present = SECTIONS[key];
  if (present === undefined) throw new RangeError(`No section "${key}"`);
  return present(model);
}

/** The section's number within its part (1, 2 …), or 0 when the report does not have it. */
export function sectionNumber(model: ReportModel, key: string): number {
  if (!hasSection(model, key)) return 0;
  const part = key.split('.')[0];
  const before = SECTION_KEYS.slice(0, SECTION_KEYS.indexOf(key)).filter(
    (other) => other.split('.')[0] === part && hasSection(model, other),
  );
  return before.length + 1;
}

/**
 * Whether a part has anything to say: one of its sections (I–III), or for
 * the shortcomings the indicators' distance to their targets; the proposals
 * (IV) the agencies' or the office's, or a line to fill without notes/.
 */
export function hasPart(model: ReportModel, part: string): boolean {
  if (part === 'proposals')
    return model.proposals.length > 0 || model.notes === null || model.notes.proposals.length > 0;
  const sections = SECTION_KEYS.filter((key) => key.startsWith(`${part}.`));
  if (sections.some((key) => hasSection(model, key))) return true;
  return (
    part === 'shortcomings' &&
    hasSection(model, 'results.indicators') &&
    indicatorShortfall(model.indicators!) !== ''
  );
}

/** The key of an index's rankings appendix: `rankings` for the single form's index (id null). */
export function rankingKey(index: string | null): string {
  return index === null ? 'rankings' : `rankings:${index}`;
}

/** The rankings appendices: one per index with at least one agency's result. */
function rankingKeys(model: ReportModel): string[] {
  return model.index.indices
    .filter((index) => model.index.rows.some((row) => row.index === index.id))
    .map((index) => rankingKey(index.id));
}

/** The appendices the report has, in order. */
export function appendixKeys(model: ReportModel): string[] {
  return APPENDIX_KEYS.flatMap((key) =>
    key === 'rankings' ? rankingKeys(model) : APPENDICES[key]!(model) ? [key] : [],
  );
}

/**
 * Every rankings appendix, as one reference: "Phụ lục I" with one index,
 * "Phụ lục I, II" with two (0.3: one per index); '' without any.
 */
export function rankingsLabel(model: ReportModel): string {
  const labels = model.index.indices.map((index) => appendixLabel(model, 'rankings', index.id));
  const present = labels.filter((label) => label !== '');
  if (present.length <= 1) return present[0] ?? '';
  return `Phụ lục ${present.map((label) => label.replace('Phụ lục ', '')).join(', ')}`;
}

/**
 * "Phụ lục II" (or "Phụ lục" when it is the only one); '' when the report has
 * no such appendix. `index` names the index of a rankings appendix.
 */
export function appendixLabel(
  model: ReportModel,
  key: string,
  index: string | null = null,
): string {
  if (APPENDICES[key] === undefined) throw new RangeError(`No appendix "${key}"`);
  const present = appendixKeys(model);
  const position = present.indexOf(key === 'rankings' ? rankingKey(index) : key);
  if (position === -1) return '';
  return present.length === 1 ? 'Phụ lục' : `Phụ lục ${romanNumeral(position + 1)}`;
}
