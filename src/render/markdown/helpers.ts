/**
 * The Handlebars helpers of the Markdown briefing, for the default template and
 * for custom ones (the list is documented at the top of templates/bao-cao.md.hbs).
 * They format and word figures of the report model; none computes a figure of
 * its own.
 */
import type {
  AgencyInfo,
  DocumentInfo,
  GradeCount,
  IndexSummary,
  IndicatorRow,
  IndicatorSection,
  PlanSummary,
  Ratio,
  ReportModel,
  ShareCount,
  SourcedText,
  TaskFigures,
  ThemeGroup,
} from '../../compute/report-model.js';
import {
  formatChange,
  formatCounts,
  formatDateInText,
  formatDateLong,
  formatInteger,
  formatMeasure,
  formatMeasureChange,
  formatMeasureNumber,
  formatNumber,
  formatPercent,
  formatProgress,
  formatRatio,
  formatPointChange,
  formatScore,
  NO_VALUE,
  percentTenths,
} from '../format-vi.js';
import { reportSchema } from '../../compute/report-schema.js';
import { pointLetter, romanNumeral } from '../numbering.js';
import {
  attachmentLine,
  numberLine,
  dateLineDate,
  upperVi,
  withoutEndPunctuation,
} from '../document-identity.js';
import { isRealDate } from '../../model/dates.js';
import { suggest } from '../../model/suggest.js';
import { lookupIn, type ModelLookup } from '../lookup.js';
import {
  agenciesNamedOrCounted,
  closingParagraphs,
  doneSplit,
  fillInLine,
  gradeCountSentence,
  openingParagraphs,
  sharesDoneText,
  sourcedTextLine,
  themeName,
  themeSummary,
  issueItems,
  type IssueKind,
} from '../briefing-wording.js';
import {
  appendixLabel,
  APPENDIX_KEYS,
  HANDFUL,
  hasPart,
  rankingsLabel,
  SECTION_KEYS,
  sectionNumber,
} from '../outline.js';
import { indicatorLead, indicatorShortfall } from '../indicator-wording.js';
import { OFFICE_PARTS, type OfficePart } from '../../compute/report-notices.js';
import { owedCell } from '../round-wording.js';
import { escapeCell, escapeInline } from './markdown-text.js';
import {
  countedKinds,
  kindCount,
  kindShare,
  kindRows,
  tasksAndGroups,
  totalsChangeSentences,
  totalsSentences,
} from '../totals-wording.js';
import { TemplateError, type ExpectedKind } from '../../errors/known-errors.js';
import {
  INDICATOR_STATUS_WORDS,
  ONGOING_WORD,
  STATUS_WORDS,
  TIMELINESS_WORDS,
} from '../vocabulary.js';
import {
  agencyAside,
  agencyInProse,
  agencyLabel,
  componentTrendSentence,
  distinct,
  byAgencyGroup,
  groupBy,
  indicatorSentence,
  lowerSentenceStart,
  overviewSentence,
  targetText,
} from '../wording.js';

function fail(helper: string, expected: ExpectedKind, value: unknown): never {
  throw new TemplateError('templateHelperArgument', [
    helper,
    expected,
    JSON.stringify(value) ?? 'undefined',
  ]);
}

function ratioArg(helper: string, value: unknown): Ratio {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Ratio).numerator === 'number' &&
    typeof (value as Ratio).denominator === 'number'
  ) {
    return value as Ratio;
  }
  return fail(helper, 'ratio', value);
}

function numberArg(helper: string, value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : fail(helper, 'number', value);
}

function textArg(helper: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return fail(helper, 'text', value);
}

/** A day as the model writes it (YYYY-MM-DD, a real day), formatted; null is "—". */
function dateOrNone(helper: string, value: unknown, format: (date: string) => string): string {
  if (value === null || value === undefined) return NO_VALUE;
  return typeof value === 'string' && isRealDate(value)
    ? format(value)
    : fail(helper, 'date', value);
}

/** An agency by its id (as the model names agencies), or an entry of the model's `agencies`. */
function agencyArg(helper: string, value: unknown, lookup: ModelLookup): AgencyInfo {
  if (typeof value === 'string') return lookup.agency(value);
  if (value !== null && typeof value === 'object' && 'name' in value && 'id' in value) {
    return value as AgencyInfo;
  }
  return fail(helper, 'agency', value);
}

/** Ids in a list, or the `agency` of each entry (difficulty sources). */
function agencyIds(helper: string, value: unknown): string[] {
  return listArg<unknown>(helper, value).map((item) =>
    typeof item === 'string'
      ? item
      : item !== null && typeof item === 'object' && 'agency' in item
        ? textArg(helper, item.agency)
        : fail(helper, 'agencies', value),
  );
}

function indexArg(helper: string, value: unknown): IndexSummary {
  if (value !== null && typeof value === 'object' && 'componentTrends' in value)
    return value as IndexSummary;
  return fail(helper, 'index', value);
}

function indicatorsArg(helper: string, value: unknown): IndicatorSection {
  if (value !== null && typeof value === 'object' && 'noTarget' in value && 'rows' in value)
    return value as IndicatorSection;
  return fail(helper, 'indicators', value);
}

function targetArg(helper: string, value: unknown): NonNullable<IndicatorRow['target']> {
  if (value !== null && typeof value === 'object' && 'by' in value && 'value' in value)
    return value as NonNullable<IndicatorRow['target']>;
  return fail(helper, 'target', value);
}

/** Two numbers, or two texts such as days (YYYY-MM-DD orders as text), compared. */
function order(helper: string, a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return numberArg(helper, a) - numberArg(helper, b);
}

function listArg<T>(helper: string, value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : fail(helper, 'list', value);
}

function documentArg(helper: string, value: unknown): DocumentInfo {
  if (value !== null && typeof value === 'object' && 'symbol' in value && 'number' in value)
    return value as DocumentInfo;
  return fail(helper, 'document', value);
}

/** A task row's deadline object, a TaskBrief's date or null: "31/12/2024", "thường xuyên", "—". */
function deadlineText(value: unknown): string {
  if (value === null || value === undefined) return NO_VALUE;
  if (typeof value === 'string') return formatDateInText(value);
  if (typeof value === 'object' && 'kind' in value) {
    if (value.kind === 'ongoing') return ONGOING_WORD;
    if (value.kind === 'date' && 'date' in value)
      return formatDateInText(textArg('deadline', value.date));
    if (value.kind === 'none') return NO_VALUE;
  }
  return fail('deadline', 'deadline', value);
}

function words(helper: string, table: Record<string, string>, value: unknown): string {
  const key = textArg(helper, value);
  return table[key] ?? fail(helper, 'word', value);
}

/** What a helper sees besides its arguments: names of the model it renders. */
export interface HelperScope {
  lookup: ModelLookup;
  model: ReportModel;
  /** Agencies the document has already introduced by full name (one set per rendering). */
  named: Set<string>;
}

/** Paragraphs of prose, each escaped, a blank line between them. */
const prose = (paragraphs: readonly string[]) => paragraphs.map(escapeInline).join('\n\n');

function keyArg(helper: string, keys: readonly string[], value: unknown): string {
  const key = textArg(helper, value);
  return keys.includes(key) ? key : fail(helper, 'word', value);
}

function figuresArg(helper: string, value: unknown): TaskFigures {
  if (
    value !== null &&
    typeof value === 'object' &&
    'dueDoneOnTime' in value &&
    'notDueDone' in value
  )
    return value as TaskFigures;
  return fail(helper, 'figures', value);
}

function objectArg<T>(helper: string, value: unknown, field: string): T {
  if (value !== null && typeof value === 'object' && field in value) return value as T;
  return fail(helper, 'list', value);
}

type Helper = (this: HelperScope, ...args: unknown[]) => unknown;

/** What kindCount counts: done within the window, or a count of the figures. */
const KIND_COUNTS = [
  'finishedWithin',
  'assigned',
  'implemented',
  'done',
  'inProgress',
  'notStarted',
  'overdue',
  'due',
  'cancelled',
] as const;

/** A run of spaces (the blank left for a document's number) as one space and no-break spaces, which Markdown keeps. */
function keepBlank(text: string): string {
  return text.replace(/ {2,}/g, (spaces) => ` ${'\u00a0'.repeat(spaces.length - 1)}`);
}

/** anyHas's answers by list and field: the model is not changed while a template renders. */
const ANY_HAS = new WeakMap<object, Map<string, boolean>>();

/** Every helper by name; each takes only the template's arguments (Handlebars's options are stripped). */
export const HELPERS: Record<string, Helper> = {
  number: (value) =>
    value === null
      ? NO_VALUE
      : Number.isInteger(value)
        ? formatInteger(value as number)
        : formatNumber(numberArg('number', value)),
  percent: (ratio) => formatPercent(ratioArg('percent', ratio)),
  counts: (ratio) => formatCounts(ratioArg('counts', ratio)),
  ratio: (ratio) => formatRatio(ratioArg('ratio', ratio)),
  score: (ratio) => formatScore(ratioArg('score', ratio)),
  date: (value) => dateOrNone('date', value, formatDateInText),
  textDate: (value) => dateOrNone('textDate', value, formatDateInText),
  longDate: (value) => dateOrNone('longDate', value, formatDateLong),
  change: (delta, unit) => {
    const text = formatChange(numberArg('change', delta));
    return unit === undefined || delta === 0 ? text : `${text} ${textArg('change', unit)}`;
  },
  pointChange: (difference) =>
    difference === null ? NO_VALUE : formatPointChange(ratioArg('pointChange', difference)),
  // The same in a table whose header names the unit: "tăng 3,8".
  points: (difference) =>
    difference === null ? NO_VALUE : formatPointChange(ratioArg('points', difference), false),
  progress: (value) => (value === null ? NO_VALUE : formatProgress(numberArg('progress', value))),
  upper: (value) => upperVi(textArg('upper', value)),
  // Lines of the header or the signature (0.3: written as a list), in capitals, bold, one per line.
  boldLines: (list) =>
    listArg<unknown>('boldLines', list)
      .map((line) => `**${escapeInline(upperVi(textArg('boldLines', line)))}**`)
      .join('\\\n'),
  // The first letter upper-case, to open a sentence with a label: năm 2026 → Năm 2026.
  capital: (value) => {
    const text = textArg('capital', value);
    return upperVi(text.slice(0, 1)) + text.slice(1);
  },
  inline: (value) =>
    value === null || value === undefined ? '' : escapeInline(textArg('inline', value)),
  cell: (value) => {
    const text = value === null || value === undefined ? '' : escapeCell(textArg('cell', value));
    return text === '' ? NO_VALUE : text;
  },
  bare: (value) => withoutEndPunctuation(textArg('bare', value)),
  // A text going on after a colon inside a sentence: lower case unless it opens on a name.
  clause: (value) => lowerSentenceStart(withoutEndPunctuation(textArg('clause', value))),
  // Spaces left for the document system's number would collapse in Markdown: keep them as no-break spaces.
  numberLine: (document) =>
    escapeInline(keepBlank(numberLine(documentArg('numberLine', document)))),
  attachment() {
    return escapeInline(keepBlank(attachmentLine(this.model)));
  },
  dateLine() {
    return escapeInline(keepBlank(dateLineDate(this.model)));
  },
  alpha: (index) => `${pointLetter(numberArg('alpha', index))})`,
  roman: (value) => {
    // Roman numerals run to 3999; a larger number would only grow a string of Ms without end.
    const number = numberArg('roman', value);
    return Number.isInteger(number) && number >= 1 && number <= 3999
      ? romanNumeral(number)
      : fail('roman', 'roman', value);
  },
  section(key) {
    return sectionNumber(this.model, keyArg('section', SECTION_KEYS, key));
  },
  // (appendix "rankings" id): the rankings appendix of one index (0.3); without an id, all of them.
  appendix(key, index) {
    const name = keyArg('appendix', APPENDIX_KEYS, key);
    if (index !== undefined && index !== null)
      return appendixLabel(this.model, name, textArg('appendix', index));
    return name === 'rankings' ? rankingsLabel(this.model) : appendixLabel(this.model, name);
  },
  opening() {
    return prose(openingParagraphs(this.model));
  },
  closing() {
    return prose(closingParagraphs(this.model));
  },
  paragraphs: (list) =>
    prose(listArg<unknown>('paragraphs', list).map((item) => textArg('paragraphs', item))),
  doneSplit: (figures) => escapeInline(doneSplit(figuresArg('doneSplit', figures))),
  // Tasks and groups of tasks apart (totalsApart): counts and shares of each kind, and the totals' sentences.
  kindCount(key) {
    const field = keyArg('kindCount', KIND_COUNTS, key);
    return escapeInline(
      kindCount(countedKinds(this.model), (kind) =>
        field === 'finishedWithin'
          ? kind.finishedWithin
          : (kind.figures[field as keyof TaskFigures] as number),
      ),
    );
  },
  // An agency's overdue count (lagging.overdue), its groups of tasks apart: "2 nhiệm vụ và 1 nhóm nhiệm vụ".
  overdueCount(entry) {
    const { count, groups } = objectArg<{ count: number; groups: number }>(
      'overdueCount',
      entry,
      'groups',
    );
    return escapeInline(tasksAndGroups(count, groups));
  },
  kindShare(key) {
    const field = keyArg('kindShare', KIND_COUNTS.slice(1), key) as keyof TaskFigures;
    return escapeInline(kindShare(countedKinds(this.model), (figures) => figures[field] as number));
  },
  // A plan's or an agency's rows by kind when it holds groups of tasks (figuresApart): [{ name: "Nhiệm vụ", figures }, …]; else [].
  kindRows(row) {
    return kindRows(objectArg<PlanSummary>('kindRows', row, 'figuresApart')).map((kind) => ({
      name: upperVi(kind.noun.slice(0, 1)) + kind.noun.slice(1),
      figures: kind.figures,
    }));
  },
  taskTotals() {
    return totalsSentences(countedKinds(this.model)).map(escapeInline).join(' ');
  },
  totalsChange() {
    const label = this.model.compare?.label ?? '';
    return totalsChangeSentences(countedKinds(this.model), label).map(escapeInline).join(' ');
  },
  // Escaped as a cell: the bundled template prints it in a table row, where a `|` would split it.
  themeName(id) {
    return escapeCell(themeName(this.model, id === null ? null : textArg('themeName', id)));
  },
  issueItems(groups, kind) {
    const which = keyArg('issueItems', ['difficulty', 'proposal'], kind) as IssueKind;
    return issueItems(
      listArg<unknown>('issueItems', groups).map((group) =>
        objectArg<ThemeGroup>('issueItems', group, 'gist'),
      ),
      this.model,
      which,
    ).map((item) => ({
      headline: item.headline === null ? null : escapeInline(item.headline),
      text: escapeInline(item.text),
    }));
  },
  themeItem(group) {
    const summary = themeSummary(
      this.model,
      objectArg<ThemeGroup>('themeItem', group, 'gist'),
      this.lookup,
    );
    return `**${escapeInline(summary.name)}** (${summary.count}): ${escapeInline(summary.quoted)}`;
  },
  sourcedText(entry) {
    return escapeInline(
      sourcedTextLine(objectArg<SourcedText>('sourcedText', entry, 'sources'), this.lookup),
    );
  },
  namedOrCounted(list) {
    return escapeInline(agenciesNamedOrCounted(agencyIds('namedOrCounted', list), this.lookup));
  },
  gradeCount(count) {
    return escapeInline(
      gradeCountSentence(objectArg<GradeCount>('gradeCount', count, 'grades'), this.lookup),
    );
  },
  shares(item) {
    const { leadGroup, sharesDone } = objectArg<{
      leadGroup: string | null;
      sharesDone: ShareCount | null;
    }>('shares', item, 'sharesDone');
    if (leadGroup === null || sharesDone === null) return '';
    const name = this.lookup.group(leadGroup)?.name ?? leadGroup;
    return escapeCell(sharesDoneText(sharesDone, name));
  },
  anyShares(list) {
    return listArg<{ shares?: unknown; sharesDone?: unknown }>('anyShares', list).some(
      (row) =>
        (typeof row.shares === 'number' && row.shares > 0) ||
        (row.sharesDone !== undefined && row.sharesDone !== null),
    );
  },
  owedBy(agency) {
    const id = textArg('owedBy', agency);
    const row = this.model.collection?.agencies.find((entry) => entry.agency === id);
    return escapeCell(owedCell(row?.owes ?? []));
  },
  inc: (value) => numberArg('inc', value) + 1,
  add: (a, b) => numberArg('add', a) + numberArg('add', b),
  // Handlebars has no conditional expression: (choose indicators 1 0) numbers sections.
  choose: (condition, yes, no) => (condition ? yes : no),
  // A unit is the dataset's text: escaped (for prose and table cells alike).
  measure: (value, unit) =>
    value === null
      ? NO_VALUE
      : unit === undefined
        ? formatMeasureNumber(numberArg('measure', value))
        : escapeCell(formatMeasure(numberArg('measure', value), textArg('measure', unit))),
  measureChange: (change, unit) =>
    change === null
      ? NO_VALUE
      : escapeCell(
          formatMeasureChange(numberArg('measureChange', change), textArg('measureChange', unit)),
        ),
  target: (target, unit) =>
    target === null
      ? NO_VALUE
      : escapeCell(
          targetText(
            targetArg('target', target),
            unit === undefined ? undefined : textArg('target', unit),
          ),
        ),
  indicatorStatus: (value) => words('indicatorStatus', INDICATOR_STATUS_WORDS, value),
  indicatorSummary: (section) =>
    escapeInline(indicatorSentence(indicatorsArg('indicatorSummary', section))),
  shortfall: (section) => escapeInline(indicatorShortfall(indicatorsArg('shortfall', section))),
  indicatorLead: (section) => escapeInline(indicatorLead(indicatorsArg('indicatorLead', section))),
  // A list the body gives item by item (at most HANDFUL items); a longer one is counted.
  few: (list) => listArg<unknown>('few', list).length <= HANDFUL,
  // How many distinct values a property has in a list: the agencies of some tasks.
  distinctCount: (list, property) => {
    const name = textArg('distinctCount', property);
    const items = listArg<object>('distinctCount', list);
    const values = items.map((item) => (item as Record<string, unknown>)[name] ?? null);
    // A group-led task has no lead: it is no agency of the count.
    return new Set(values.filter((value) => value !== null).map((value) => JSON.stringify(value)))
      .size;
  },
  // The office's part left to fill: "[Bổ sung: …]" (our own words, brackets kept literal).
  fillIn: (part) => fillInLine(keyArg('fillIn', OFFICE_PARTS, part) as OfficePart),
  part(key) {
    return hasPart(
      this.model,
      keyArg('part', ['results', 'shortcomings', 'directions', 'proposals'], key),
    );
  },
  status: (value) => words('status', STATUS_WORDS, value),
  timeliness: (value) => words('timeliness', TIMELINESS_WORDS, value),
  deadline: (value) => deadlineText(value),
  agency(value) {
    return agencyLabel(agencyArg('agency', value, this.lookup));
  },
  agencyName(value) {
    return agencyArg('agencyName', value, this.lookup).name;
  },
  // In the body's prose: the full name with the short form the first time, the short form after.
  named(value) {
    return agencyInProse(agencyArg('named', value, this.lookup), this.named);
  },
  // Inside brackets: the short form only once introduced, else the full name (no brackets in brackets).
  namedAside(value) {
    return agencyAside(agencyArg('namedAside', value, this.lookup), this.named);
  },
  agencies(list) {
    const names = distinct(agencyIds('agencies', list)).map((id) =>
      agencyInProse(this.lookup.agency(id), this.named),
    );
    return escapeInline(names.join(', '));
  },
  sourceAgencies(sources) {
    const ids = distinct(agencyIds('sourceAgencies', sources));
    return escapeInline(ids.map((id) => agencyLabel(this.lookup.agency(id))).join(', '));
  },
  group(id) {
    return id === null ? '' : (this.lookup.group(textArg('group', id))?.name ?? '');
  },
  pillarName(id) {
    return this.lookup.pillarName(textArg('pillarName', id));
  },
  planNumber(id) {
    return id === null ? '' : (this.lookup.planNumber(textArg('planNumber', id)) ?? '');
  },
  byGroup(list) {
    const items = listArg<unknown>('byGroup', list).map((item) =>
      objectArg<{ agency: string }>('byGroup', item, 'agency'),
    );
    return byAgencyGroup(items, this.model.groups, (id) => this.lookup.agency(id).group);
  },
  groupBy: (list, property) => {
    const items = listArg<object>('groupBy', list);
    const name = textArg('groupBy', property);
    // Own fields only: "__proto__" or "constructor" would hand the template a shared prototype.
    return items.every((item) => !(name in Object(item)) || Object.hasOwn(item, name))
      ? groupBy(items, name)
      : fail('groupBy', 'field', property);
  },
  notFiledOf(id) {
    const index = id === null ? null : textArg('notFiledOf', id);
    const groups = this.model.index.indices.find((entry) => entry.id === index)?.groups ?? [];
    return index === null
      ? this.model.index.notFiled
      : this.model.index.notFiled.filter((agency) => {
          const group = this.lookup.agency(agency).group;
          return group !== null && groups.includes(group);
        });
  },
  indexRows(id) {
    const index = id === null ? null : textArg('indexRows', id);
    return this.model.index.rows.filter((row) => row.index === index);
  },
  // A column shown only when some row fills it (the task appendix's evidence). Asked in every
  // row of a table of 20,000 tasks about all of them: the answer is kept per list and field.
  anyHas: (list, property) => {
    const name = textArg('anyHas', property);
    const items = listArg<Record<string, unknown>>('anyHas', list);
    const known = ANY_HAS.get(items) ?? new Map<string, boolean>();
    ANY_HAS.set(items, known);
    let found = known.get(name);
    if (found === undefined) {
      found = items.some(
        (item) => Object.hasOwn(item, name) && item[name] !== null && item[name] !== '',
      );
      known.set(name, found);
    }
    return found;
  },
  overview: (pillars, asOf) =>
    escapeInline(overviewSentence(listArg('overview', pillars), textArg('overview', asOf))),
  trends(index) {
    return escapeInline(
      componentTrendSentence(indexArg('trends', index), this.model.index.comparePeriod),
    );
  },
  chartValue: (ratio) => {
    // Mermaid reads a dot decimal; 0/0 draws as an empty bar. Rounded as the text is.
    const tenths = percentTenths(ratioArg('chartValue', ratio));
    return tenths === null ? '0' : (tenths / 10).toFixed(1);
  },
  // Mermaid quotes labels and knows no Markdown: collapse spaces, swap double quotes.
  chartLabel: (value) =>
    textArg('chartLabel', value).normalize('NFC').replace(/\s+/gu, ' ').trim().replace(/"/g, "'"),
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  gt: (a, b) => order('gt', a, b) > 0,
  gte: (a, b) => order('gte', a, b) >= 0,
  lt: (a, b) => order('lt', a, b) < 0,
  and: (...values) => values.every(Boolean),
  or: (...values) => values.some(Boolean),
  not: (value) => !value,
};

/**
 * What Handlebars passes a helper last; `data.source` is set by render-markdown.ts,
 * `loc` is the call's place as helper-calls.ts writes it ("3:2-3:20").
 */
interface HelperOptions {
  name?: string;
  loc?: string;
  data?: { root?: ReportModel; source?: string; named?: Set<string> };
}

interface Place {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** A call's place read back from its text: lines from 1, columns from 0, as Handlebars numbers them. */
function placeOf(loc: string | undefined): Place | undefined {
  const found = loc === undefined ? null : /^(\d+):(\d+)-(\d+):(\d+)$/.exec(loc);
  if (found === null) return undefined;
  const [line, column, endLine, endColumn] = found.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { start: { line, column }, end: { line: endLine, column: endColumn } };
}

/** The words of a mustache as written (`{{cell lastNot}}` → cell, lastNot), to name an argument. */
function writtenArguments(source: string | undefined, text: string | undefined): string[] {
  const loc = placeOf(text);
  if (source === undefined || loc === undefined) return [];
  const lines = source.split('\n').slice(loc.start.line - 1, loc.end.line);
  if (lines.length === 0) return [];
  lines[lines.length - 1] = lines.at(-1)!.slice(0, loc.end.column);
  lines[0] = lines[0]!.slice(loc.start.column);
  const inner = lines
    .join(' ')
    .replace(/^\{\{[#~]?|~?\}\}$/g, '')
    .replace(/^\(|\)$/g, '');
  return inner.match(/"[^"]*"|'[^']*'|\([^)]*\)|[^\s()]+/g) ?? [];
}

/**
 * A helper as Handlebars calls it: its options object comes last, and its
 * `data.root` is the model being rendered, whose names the helper may need.
 * An argument that is undefined names a field the model does not have (null
 * is the model's "no value"): that is an error, as strict mode makes it for
 * a field printed on its own. Every error carries the mustache's place.
 */
export function asHandlebarsHelper(helper: Helper): (...args: unknown[]) => unknown {
  // Handlebars calls it with the values, then the options: most helpers take one or two values,
  // read here without making a list (a national briefing calls helpers some 200,000 times).
  return function (first?: unknown, second?: unknown, third?: unknown): unknown {
    const count = arguments.length;
    const options = (
      count === 1 ? first : count === 2 ? second : count === 3 ? third : undefined
    ) as HelperOptions | undefined;
    const data = options?.data;
    if (
      options !== undefined &&
      data?.root !== undefined &&
      (count < 2 || plain(first)) &&
      (count < 3 || plain(second))
    ) {
      const scope = scopeOf(data.root, data.named);
      try {
        return count === 1
          ? helper.call(scope)
          : count === 2
            ? helper.call(scope, first)
            : helper.call(scope, first, second);
      } catch (error) {
        throw error instanceof TemplateError ? placedAt(error, options) : error;
      }
    }
    // eslint-disable-next-line prefer-rest-params
    return called(helper, Array.prototype.slice.call(arguments) as unknown[]);
  };
}

/** A value a helper may be given: not a missing field, not a function. */
function plain(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function';
}

/** A helper called with any number of values, or with a value it may not be given. */
function called(helper: Helper, args: unknown[]): unknown {
  const options = args.pop() as HelperOptions | undefined;
  const missing = args.indexOf(undefined);
  if (missing !== -1) {
    const written = writtenArguments(options?.data?.source, options?.loc);
    const field = written[missing + 1] ?? `#${missing + 1}`;
    throw placedAt(
      new TemplateError('templateUnknownField', [field, suggestField(field)]),
      options,
    );
  }
  // The model is data: a function reached through it (a prototype's method) is never called or passed on.
  const called = args.findIndex((value) => typeof value === 'function');
  if (called !== -1)
    throw placedAt(
      new TemplateError('templateHelperArgument', [options?.name ?? '', 'data', 'function']),
      options,
    );
  const root = options?.data?.root;
  if (root === undefined) throw placedAt(new TemplateError('templateSyntax', []), options);
  try {
    return helper.apply(scopeOf(root, options?.data?.named), args);
  } catch (error) {
    throw error instanceof TemplateError ? placedAt(error, options) : error;
  }
}

/** The error at the mustache's place. */
function placedAt(error: TemplateError, options: HelperOptions | undefined): TemplateError {
  const loc = placeOf(options?.loc);
  const line = (loc?.start.line ?? 0) || undefined;
  const column = (loc?.start.column ?? 0) + 1;
  return line === undefined ? error : error.at(line, column);
}

/** The scope of a rendering's helpers, by its set of named agencies: made once per rendering. */
const SCOPES = new WeakMap<Set<string>, HelperScope>();

function scopeOf(model: ReportModel, named: Set<string> | undefined): HelperScope {
  if (named === undefined) return { lookup: lookupIn(model), model, named: new Set() };
  let scope = SCOPES.get(named);
  if (scope?.model !== model)
    SCOPES.set(named, (scope = { lookup: lookupIn(model), model, named }));
  return scope;
}

/** The model's field names, from its schema: what "did you mean" picks from. */
let fieldNames: string[] | undefined;

/** The closest field of the model to a misspelt path's last part, or ''. */
export function suggestField(path: string): string {
  fieldNames ??= [...schemaFieldNames(reportSchema())];
  const last = path.split(/[./]/).at(-1) ?? path;
  return suggest(last, fieldNames) ?? '';
}

function schemaFieldNames(schema: unknown, into = new Set<string>()): Set<string> {
  if (schema === null || typeof schema !== 'object') return into;
  const node = schema as Record<string, unknown>;
  if (node.properties !== null && typeof node.properties === 'object')
    for (const name of Object.keys(node.properties)) into.add(name);
  for (const value of Object.values(node)) schemaFieldNames(value, into);
  return into;
}
