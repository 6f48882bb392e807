/**
 * Sentences of the briefing whose wording follows a rule rather than a fixed
 * template line: the overview of pillars, the trend of index components, lists
 * of agencies. Every figure comes from the report model; these functions only
 * choose words, and return plain text: each renderer makes it safe for its
 * medium (the Markdown renderer escapes it, Word and Excel take it as is).
 */
import type {
  AgencyInfo,
  IndexSection,
  IndexSummary,
  IndicatorRow,
  IndicatorSection,
  PillarSummary,
} from '../compute/report-model.js';
import { isGroupLabel } from '../compute/task-groups.js';
import type { IsoDate } from '../model/types.js';
import {
  formatCounts,
  formatDateInText,
  formatInteger,
  formatMeasure,
  formatMeasureNumber,
  joinVi,
} from './format-vi.js';

function pillarPhrase(pillar: PillarSummary): string {
  return `${formatCounts(pillar.figures.implementedRatio)} ${pillar.label}`;
}

/**
 * The overview sentence, in the form of the steering committee's briefings:
 * "Tính đến ngày 30/6/2024, 11/11 nhóm nhiệm vụ chung đã được triển khai; đã
 * triển khai 11/21 nhiệm vụ phát triển chính quyền số, 5/9 …, 1/6 …."
 * Pillars whose label starts with "nhóm" (groups of tasks) take the passive
 * "X/Y <label> đã được triển khai"; all others, in their report order, share
 * one "đã triển khai X/Y <label>, …" clause. Either clause is left out when it
 * has no pillar; with no pillar at all the sentence says nothing was assigned.
 */
export function overviewSentence(pillars: readonly PillarSummary[], asOf: IsoDate): string {
  const groups = pillars.filter((pillar) => isGroupLabel(pillar.label));
  const others = pillars.filter((pillar) => !isGroupLabel(pillar.label));
  const clauses: string[] = [];
  if (groups.length > 0) clauses.push(`${groups.map(pillarPhrase).join(', ')} đã được triển khai`);
  if (others.length > 0) clauses.push(`đã triển khai ${others.map(pillarPhrase).join(', ')}`);
  const opening = `Tính đến ngày ${formatDateInText(asOf)}, `;
  return clauses.length === 0
    ? `${opening}chưa có nhiệm vụ nào được giao.`
    : `${opening}${clauses.join('; ')}.`;
}

/** The first letter in upper case, to open a sentence: "tỷ lệ …" → "Tỷ lệ …". */
export function capitalFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** The first letter in lower case, whatever follows it (names with acronyms: {@link lowerFirst}). */
export function lowerFirstLetter(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/**
 * A name inside a sentence: its first letter lower-cased ("Nhận thức số" →
 * "nhận thức số") unless the name starts with an acronym ("CNTT", "IOC").
 */
export function lowerFirst(name: string): string {
  const [first = '', second = ''] = Array.from(name);
  const acronym =
    second !== '' && second === second.toLocaleUpperCase('vi') && /\p{L}/u.test(second);
  return acronym ? name : first.toLocaleLowerCase('vi') + name.slice(first.length);
}

/**
 * A text quoted after a colon inside a sentence, in lower case as an office
 * writes it, unless it opens on a name: an acronym ("UBND tỉnh …") or a
 * capitalised word followed by another ("Sở Thông tin và Truyền thông …").
 * "Đề nghị Sở …" → "đề nghị Sở …"; "Bộ phận Một cửa …" → "bộ phận Một cửa …".
 */
export function lowerSentenceStart(text: string): string {
  const [, second = ''] = text.split(/\s+/u);
  const secondInitial = Array.from(second)[0] ?? '';
  const named =
    secondInitial !== '' &&
    /\p{Lu}/u.test(secondInitial) &&
    secondInitial === secondInitial.toLocaleUpperCase('vi');
  return named ? text : lowerFirst(text);
}

const DIRECTION_WORDS = { up: 'tăng', down: 'giảm', same: 'không đổi' } as const;

function trendClause(names: string[], word: string): string {
  return names.length === 1
    ? `chỉ số thành phần ${names[0] ?? ''} ${word}`
    : `các chỉ số thành phần ${joinVi(names)} đều ${word}`;
}

/**
 * Which index components rose, fell or held, compared like with like over
 * the agencies that filed in both periods, in criteria order within each
 * direction: "So với 6 tháng cuối năm 2023 (tính trên 20 cơ quan có kết quả
 * tự đánh giá cả hai kỳ), các chỉ số thành phần nhận thức số, thể chế số và
 * hạ tầng số đều tăng; chỉ số thành phần nhân lực số giảm." Without a
 * comparison, the sentence says there is nothing to compare with.
 */
export function componentTrendSentence(
  index: Pick<IndexSummary, 'componentTrends' | 'trendAgencies'>,
  comparePeriod: IndexSection['comparePeriod'],
): string {
  const clauses = (['up', 'down', 'same'] as const).flatMap((direction) => {
    const names = index.componentTrends
      .filter((trend) => trend.compared?.direction === direction)
      .map((trend) => lowerFirst(trend.name));
    return names.length === 0 ? [] : [trendClause(names, DIRECTION_WORDS[direction])];
  });
  if (clauses.length === 0 || comparePeriod === null)
    return 'Chưa có số liệu kỳ trước để so sánh các chỉ số thành phần.';
  const base = `tính trên ${formatInteger(index.trendAgencies)} cơ quan có kết quả tự đánh giá cả hai kỳ`;
  return `So với ${comparePeriod.label} (${base}), ${clauses.join('; ')}.`;
}

/** How an agency is named in lists: its short name when it has one. */
export function agencyLabel(agency: AgencyInfo): string {
  return agency.shortName ?? agency.name;
}

/**
 * An agency in the body's prose, as an office introduces a short form: the
 * first time its full name with the short name in brackets ("Sở Thông tin và
 * Truyền thông (Sở TT&TT)"), after that its short name ("Sở TT&TT"); an agency
 * without a short name always by its name. `named` holds the agencies the
 * document has introduced so far, and gains this one.
 */
export function agencyInProse(agency: AgencyInfo, named: Set<string>): string {
  if (agency.shortName === null || agency.shortName === agency.name) return agency.name;
  if (named.has(agency.id)) return agency.shortName;
  named.add(agency.id);
  return `${agency.name} (${agency.shortName})`;
}

/**
 * An agency inside brackets ("(Sở Thông tin và Truyền thông, hoàn thành ngày
 * …)"), where a short form cannot be introduced without brackets in
 * brackets: its short name once the prose has introduced it, else its full
 * name, leaving the introduction to the prose.
 */
export function agencyAside(agency: AgencyInfo, named: ReadonlySet<string>): string {
  return agency.shortName !== null && named.has(agency.id) ? agency.shortName : agency.name;
}

/** Items without repeats, first occurrence kept. */
export function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** A group of items sharing the value of one key (an id, an object with an `id`, or null). */
export interface ItemGroup<T> {
  key: unknown;
  items: T[];
}

function groupId(value: unknown): string | null {
  if (value !== null && typeof value === 'object')
    return 'id' in value && typeof value.id === 'string' ? value.id : JSON.stringify(value);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/**
 * Groups items by one property (`pillar`, `lead`, `group`, `agency`), keeping
 * the model's order: groups in order of first appearance, items in their
 * order within each group. Values are matched by their `id` when they have one.
 */
export function groupBy<T extends object>(items: readonly T[], property: string): ItemGroup<T>[] {
  const groups = new Map<string | null, ItemGroup<T>>();
  for (const item of items) {
    const key: unknown = (item as Record<string, unknown>)[property] ?? null;
    const id = groupId(key);
    const group = groups.get(id);
    if (group) group.items.push(item);
    else groups.set(id, { key, items: [item] });
  }
  return [...groups.values()];
}

/**
 * Items by their agency's group, groups in agencies.yaml order and agencies of
 * no group last, items in their order within each group: the tables whose
 * ranks are per group (an agency is ranked within its group and index) print
 * one group each, so that no "Hạng" column mixes two groups' ranks.
 */
export function byAgencyGroup<T extends { agency: string }>(
  items: readonly T[],
  groups: readonly { id: string }[],
  groupOf: (agency: string) => string | null,
): ItemGroup<T>[] {
  return [...groups.map((group) => group.id), null].flatMap((key) => {
    const inGroup = items.filter((item) => groupOf(item.agency) === key);
    return inGroup.length === 0 ? [] : [{ key, items: inGroup }];
  });
}

/**
 * The one-line summary of the indicators, in the form reviews use ("10/24 chỉ
 * tiêu đã hoàn thành"): "Có 2/4 chỉ tiêu đã đạt mục tiêu năm 2025; 1 chỉ tiêu
 * chưa có số liệu; 5 chỉ tiêu chưa có mục tiêu." The target's period is named
 * when every judged target is for the same one, else "mục tiêu đề ra".
 */
export function indicatorSentence(section: IndicatorSection): string {
  const { reached, noData, noTarget, targetPeriod } = section;
  const goal = targetPeriod === null ? 'mục tiêu đề ra' : `mục tiêu ${targetPeriod.label}`;
  const clauses = [
    reached.denominator === 0
      ? 'Chưa có chỉ tiêu nào có cả mục tiêu và số liệu để đánh giá'
      : `Có ${formatCounts(reached)} chỉ tiêu đã đạt ${goal}`,
  ];
  if (noData > 0) clauses.push(`${formatInteger(noData)} chỉ tiêu chưa có số liệu`);
  if (noTarget > 0) clauses.push(`${formatInteger(noTarget)} chỉ tiêu chưa có mục tiêu`);
  return `${clauses.join('; ')}.`;
}

/** A target with its period and plan: "80% (năm 2025, 749/QĐ-TTg)"; without a unit "80 (…)". */
export function targetText(target: NonNullable<IndicatorRow['target']>, unit?: string): string {
  const source = [target.by.label, ...(target.plan === null ? [] : [target.plan.number])];
  const value =
    unit === undefined ? formatMeasureNumber(target.value) : formatMeasure(target.value, unit);
  return `${value} (${source.join(', ')})`;
}
