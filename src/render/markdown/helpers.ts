/**
 * The Handlebars helpers of the Markdown briefing, for the default template and
 * for custom ones (the list is documented at the top of templates/bao-cao.md.hbs).
 * They format and word figures of the report model; none computes a figure of
 * its own.
 */
import type { AgencyInfo, DocumentInfo, Ratio, ReportModel } from '../../compute/report-model.js';
import {
  formatChange,
  formatCounts,
  formatDateInText,
  formatDateLong,
  formatDateShort,
  formatInteger,
  formatNumber,
  formatPercent,
  formatProgress,
  formatRatio,
  formatPointChange,
  formatScore,
  NO_VALUE,
  percentTenths,
} from '../format-vi.js';
import { lookupIn, type ModelLookup } from '../lookup.js';
import { pointLetter, romanNumeral } from '../numbering.js';
import {
  attachmentLine,
  numberLine,
  upperVi,
  withoutEndPunctuation,
} from '../document-identity.js';
import { escapeCell, escapeInline } from './markdown-text.js';
import { TemplateError } from './template-error.js';
import { ONGOING_WORD, STATUS_WORDS, TIMELINESS_WORDS } from '../vocabulary.js';
import {
  agencyLabel,
  componentTrendSentence,
  distinct,
  groupBy,
  overviewSentence,
} from '../wording.js';

function fail(helper: string, expected: string, value: unknown): never {
  throw new TemplateError(
    `{{${helper}}} expects ${expected}, got ${JSON.stringify(value) ?? 'undefined'}`,
  );
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
  return fail(helper, 'a ratio {numerator, denominator}', value);
}

function numberArg(helper: string, value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : fail(helper, 'a number', value);
}

function textArg(helper: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return fail(helper, 'a text', value);
}

function dateOrNone(helper: string, value: unknown, format: (date: string) => string): string {
  return value === null || value === undefined ? NO_VALUE : format(textArg(helper, value));
}

/** An agency by its id (as the model names agencies), or an entry of the model's `agencies`. */
function agencyArg(helper: string, value: unknown, lookup: ModelLookup): AgencyInfo {
  if (typeof value === 'string') return lookup.agency(value);
  if (value !== null && typeof value === 'object' && 'name' in value && 'id' in value) {
    return value as AgencyInfo;
  }
  return fail(helper, 'an agency id', value);
}

/** Ids in a list, or the `agency` of each entry (difficulty sources). */
function agencyIds(helper: string, value: unknown): string[] {
  return listArg<unknown>(helper, value).map((item) =>
    typeof item === 'string'
      ? item
      : item !== null && typeof item === 'object' && 'agency' in item
        ? textArg(helper, item.agency)
        : fail(helper, 'a list of agency ids', value),
  );
}

function documentArg(helper: string, value: unknown): DocumentInfo {
  if (value !== null && typeof value === 'object' && 'symbol' in value && 'number' in value)
    return value as DocumentInfo;
  return fail(helper, "the model's document {symbol, number}", value);
}

function listArg<T>(helper: string, value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : fail(helper, 'a list', value);
}

/** A task row's deadline object, a TaskBrief's date or null: "31/12/2024", "thường xuyên", "—". */
function deadlineText(value: unknown): string {
  if (value === null || value === undefined) return NO_VALUE;
  if (typeof value === 'string') return formatDateShort(value);
  if (typeof value === 'object' && 'kind' in value) {
    if (value.kind === 'ongoing') return ONGOING_WORD;
    if (value.kind === 'date' && 'date' in value)
      return formatDateShort(textArg('deadline', value.date));
    if (value.kind === 'none') return NO_VALUE;
  }
  return fail('deadline', 'a deadline', value);
}

function words(helper: string, table: Record<string, string>, value: unknown): string {
  const key = textArg(helper, value);
  return table[key] ?? fail(helper, `one of ${Object.keys(table).join(', ')}`, value);
}

/** What a helper sees besides its arguments: names of the model it renders. */
export interface HelperScope {
  lookup: ModelLookup;
  model: ReportModel;
}

type Helper = (this: HelperScope, ...args: unknown[]) => unknown;

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
  date: (value) => dateOrNone('date', value, formatDateShort),
  textDate: (value) => dateOrNone('textDate', value, formatDateInText),
  longDate: (value) => dateOrNone('longDate', value, formatDateLong),
  change: (delta, unit) => {
    const text = formatChange(numberArg('change', delta));
    return unit === undefined || delta === 0 ? text : `${text} ${textArg('change', unit)}`;
  },
  pointChange: (difference) =>
    difference === null ? NO_VALUE : formatPointChange(ratioArg('pointChange', difference)),
  progress: (value) => (value === null ? NO_VALUE : formatProgress(numberArg('progress', value))),
  upper: (value) => upperVi(textArg('upper', value)),
  inline: (value) =>
    value === null || value === undefined ? '' : escapeInline(textArg('inline', value)),
  cell: (value) => {
    const text = value === null || value === undefined ? '' : escapeCell(textArg('cell', value));
    return text === '' ? NO_VALUE : text;
  },
  bare: (value) => withoutEndPunctuation(textArg('bare', value)),
  // Spaces left for the document system's number would collapse in Markdown: keep them as no-break spaces.
  numberLine: (document) =>
    escapeInline(
      numberLine(documentArg('numberLine', document)).replace(
        / {2,}/g,
        (spaces) => ` ${'\u00a0'.repeat(spaces.length - 1)}`,
      ),
    ),
  attachment() {
    return escapeInline(attachmentLine(this.model));
  },
  alpha: (index) => `${pointLetter(numberArg('alpha', index))})`,
  roman: (value) => romanNumeral(numberArg('roman', value)),
  inc: (value) => numberArg('inc', value) + 1,
  status: (value) => words('status', STATUS_WORDS, value),
  timeliness: (value) => words('timeliness', TIMELINESS_WORDS, value),
  deadline: (value) => deadlineText(value),
  agency(value) {
    return agencyLabel(agencyArg('agency', value, this.lookup));
  },
  agencyName(value) {
    return agencyArg('agencyName', value, this.lookup).name;
  },
  agencies(list) {
    const names = distinct(agencyIds('agencies', list)).map((id) => this.lookup.agency(id).name);
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
  groupBy: (list, property) =>
    groupBy(listArg<object>('groupBy', list), textArg('groupBy', property)),
  overview: (pillars, asOf) =>
    escapeInline(overviewSentence(listArg('overview', pillars), textArg('overview', asOf))),
  trends: (componentTrends) =>
    escapeInline(componentTrendSentence(listArg('trends', componentTrends))),
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
  gt: (a, b) => numberArg('gt', a) > numberArg('gt', b),
  gte: (a, b) => numberArg('gte', a) >= numberArg('gte', b),
  lt: (a, b) => numberArg('lt', a) < numberArg('lt', b),
  and: (...values) => values.every(Boolean),
  or: (...values) => values.some(Boolean),
  not: (value) => !value,
};

/**
 * A helper as Handlebars calls it: its options object comes last, and its
 * `data.root` is the model being rendered, whose names the helper may need.
 */
export function asHandlebarsHelper(helper: Helper): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    const options = args.at(-1) as { data?: { root?: ReportModel } } | undefined;
    const root = options?.data?.root;
    if (root === undefined) throw new TemplateError('helpers need the report model as the root');
    return helper.apply({ lookup: lookupIn(root), model: root }, args.slice(0, -1));
  };
}
