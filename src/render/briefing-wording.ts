/**
 * Sentences that make the briefing read as a filed report (facts §9): the
 * opening that cites its basis, the closing with its end mark, difficulties
 * and proposals summed up by theme, grade counts per group, the split of done
 * tasks without empty categories. Plain text, as wording.ts: each renderer
 * makes it safe for its medium. Every figure comes from the report model.
 */
import type {
  GradeCount,
  PlanSummary,
  ReportModel,
  ShareCount,
  SourcedText,
  TaskFigures,
  ThemeGroup,
} from '../compute/report-model.js';
import { formatDateInText, formatInteger, joinVi } from './format-vi.js';
import type { ModelLookup } from './lookup.js';
import { OFFICE_PARTS, type OfficePart } from '../compute/report-notices.js';
import { agencyLabel, capitalFirst, lowerFirst, lowerSentenceStart } from './wording.js';

/** The end mark of an administrative document's body (NĐ 30/2020). */
export const END_MARK = './.';

/** Agencies are named while there are at most this many; beyond, counted ("(14 cơ quan)"). */
export const NAMED_AGENCIES = 3;

/** Texts quoted under a theme in the body; the rest are in the appendix and the workbook. */
export const QUOTED_TEXTS = 3;

/** The word "Khác" names the texts of no theme, when the dataset has themes. */
export const OTHER_THEME = 'Khác';

/** A theme's name by id; the texts of no theme are "Khác". */
export function themeName(model: Pick<ReportModel, 'themes'>, id: string | null): string {
  return model.themes.find((theme) => theme.id === id)?.name ?? OTHER_THEME;
}

/** The kind of document a number names, from its symbol: 1982/QĐ-UBND → "Quyết định". */
function documentKind(number: string): string {
  const symbol = number.split('/')[1]?.split('-')[0]?.toLocaleUpperCase('vi') ?? '';
  const kinds: Record<string, string> = {
    QĐ: 'Quyết định',
    KH: 'Kế hoạch',
    NQ: 'Nghị quyết',
    CT: 'Chỉ thị',
    CV: 'Công văn',
    TB: 'Thông báo',
    HD: 'Hướng dẫn',
  };
  return kinds[symbol] ?? 'Văn bản';
}

/**
 * A plan as a report cites it: "Quyết định số 1982/QĐ-UBND ngày 29/7/2022 của
 * UBND tỉnh ban hành Đề án chuyển đổi số …" (a decision issues the document
 * named by its title; the issuer when plans.yaml names it); "Kế hoạch số
 * 42/KH-UBND ngày 18/02/2025 của UBND tỉnh về chuyển đổi số …" (any other
 * document is about its title, the kind's own word dropped from it).
 */
export function planCitation(
  plan: Pick<PlanSummary, 'number' | 'date'> & { title?: string; issuer?: string | null },
): string {
  const kind = documentKind(plan.number);
  const issuer = plan.issuer?.trim() ? ` của ${plan.issuer.trim()}` : '';
  const cited = `${kind} số ${plan.number} ngày ${formatDateInText(plan.date)}${issuer}`;
  const title = plan.title?.trim();
  if (!title) return cited;
  if (kind === 'Quyết định') return `${cited} ban hành ${title}`;
  const subject = title.toLocaleLowerCase('vi').startsWith(kind.toLocaleLowerCase('vi'))
    ? title.slice(kind.length).trim()
    : lowerFirst(title);
  return subject === '' ? cited : `${cited} về ${subject}`;
}

/**
 * The opening (the office's `basis`, else worded from the settings): "Thực
 * hiện Quyết định số 1982/QĐ-UBND ngày 29/7/2022 của …, Ban Chỉ đạo Chuyển đổi
 * số tỉnh Quảng Trị báo cáo kết quả thực hiện công tác chuyển đổi số 6 tháng
 * đầu năm 2024 như sau:". Without a plan in force, the sentence starts on the
 * organisation.
 */
export function openingParagraphs(model: ReportModel): string[] {
  if (model.notes !== null && model.notes.basis.length > 0) return model.notes.basis;
  const subject = `${model.organization.name} báo cáo ${lowerFirst(model.title)} ${model.period.label} như sau:`;
  if (model.plans.length === 0) return [subject];
  return [`Thực hiện ${joinVi(model.plans.map(planCitation))}, ${subject}`];
}

/** What the office writes in each part of notes/, as the draft asks for it. */
const OFFICE_PART_WORDS: Readonly<Record<OfficePart, string>> = {
  leadership: 'công tác lãnh đạo, chỉ đạo trong kỳ',
  areas: 'kết quả trên các lĩnh vực (nhận thức số, thể chế số, hạ tầng số, …)',
  causes: 'nguyên nhân của tồn tại, hạn chế (khách quan, chủ quan)',
  directions: 'nhiệm vụ, giải pháp trọng tâm thời gian tới',
  proposals: 'đề xuất, kiến nghị của Ban Chỉ đạo',
};

/**
 * The visible line a draft without notes/ shows where only the office can
 * write: "[Bổ sung: công tác lãnh đạo, chỉ đạo trong kỳ]" (build warns,
 * `notes-missing`, naming every such part).
 */
export function fillInLine(part: OfficePart): string {
  if (!OFFICE_PARTS.includes(part)) throw new RangeError(`No office part "${part}"`);
  return `[Bổ sung: ${OFFICE_PART_WORDS[part]}]`;
}

/**
 * The closing (the office's `closing`, else "Trên đây là báo cáo … của …"),
 * its last paragraph ending with the end mark "./.".
 */
export function closingParagraphs(model: ReportModel): string[] {
  const written = model.notes?.closing ?? [];
  const paragraphs =
    written.length > 0
      ? [...written]
      : [
          `Trên đây là báo cáo ${lowerFirst(model.title)} ${model.period.label} của ${model.organization.name}.`,
        ];
  const last = paragraphs.pop()!.trim();
  const bare = last.endsWith(END_MARK) ? last.slice(0, -END_MARK.length) : last;
  return [...paragraphs, `${bare.replace(/[\s.;,:]+$/u, '')}${END_MARK}`];
}

/**
 * The done tasks split against their deadlines, empty categories left out:
 * "3 đúng hạn, 5 trước hạn"; '' when nothing is done.
 */
export function doneSplit(figures: TaskFigures): string {
  const parts: [number, string][] = [
    [figures.dueDoneOnTime, 'đúng hạn'],
    [figures.dueDoneLate, 'trễ hạn'],
    [figures.notDueDone, 'trước hạn'],
  ];
  return parts
    .filter(([count]) => count > 0)
    .map(([count, words]) => `${formatInteger(count)} ${words}`)
    .join(', ');
}

/** Agencies by their short names while few ("Sở Y tế, UBND huyện Cam Lộ"), else counted ("14 cơ quan"). */
export function agenciesNamedOrCounted(ids: readonly string[], lookup: ModelLookup): string {
  const distinct = [...new Set(ids)];
  return distinct.length <= NAMED_AGENCIES
    ? distinct.map((id) => agencyLabel(lookup.agency(id))).join(', ')
    : `${formatInteger(distinct.length)} cơ quan`;
}

/** A text with who raised it: "Thiếu kinh phí (Sở Y tế, Sở Tư pháp)". */
export function sourcedTextLine(entry: SourcedText, lookup: ModelLookup): string {
  const text = entry.text.trim().replace(/[\s.;,:]+$/u, '');
  const agencies = agenciesNamedOrCounted(
    entry.sources.map((source) => source.agency),
    lookup,
  );
  return `${text} (${agencies})`;
}

/**
 * One theme of the body: its name, how many agencies raised it, and its most
 * raised texts: "Nhân lực … (12 cơ quan): Nhân lực tham mưu … (11 cơ quan);
 * Đội ngũ … (Sở Nội vụ)." The theme's name and the quoted texts are apart so
 * that each renderer can set the name in bold.
 */
export function themeSummary(
  model: Pick<ReportModel, 'themes'>,
  group: ThemeGroup,
  lookup: ModelLookup,
): { name: string; count: string; quoted: string } {
  const shown = group.gist.slice(0, QUOTED_TEXTS).map((entry) => sourcedTextLine(entry, lookup));
  const more = group.gist.length - shown.length;
  const rest = more > 0 ? `; và ${formatInteger(more)} ý kiến khác` : '';
  return {
    name: themeName(model, group.theme),
    count: `${formatInteger(group.agencies.length)} cơ quan`,
    quoted: `${shown.join('; ')}${rest}.`,
  };
}

/** A text raised by at least this many agencies, in no theme, is an item of its own in the body. */
export const OWN_ITEM_AGENCIES = 3;
/** Texts given as examples of a theme in the body. */
export const EXAMPLE_TEXTS = 3;
/** Texts of no theme listed one by one when at most this many remain; beyond, counted. */
const LISTED_REST = 3;

/** One item of the body's difficulties (or proposals): a headline in bold, or none, then its sentence. */
export interface IssueItem {
  headline: string | null;
  text: string;
}

/** How agencies raised a text: "phản ánh" a difficulty, "đề xuất" a proposal. */
export type IssueKind = 'difficulty' | 'proposal';
const RAISED: Record<IssueKind, string> = { difficulty: 'phản ánh', proposal: 'đề xuất' };

const bareText = (text: string) => text.trim().replace(/[\s.;,:]+$/u, '');
const agencyCount = (texts: readonly SourcedText[]) =>
  new Set(texts.flatMap((entry) => entry.sources.map((source) => source.agency))).size;
const examples = (texts: readonly SourcedText[], count: number) =>
  texts
    .slice(0, count)
    .map((entry) => lowerSentenceStart(bareText(entry.text)))
    .join('; ');

/**
 * The body's difficulties or proposals by theme, as a filed report gives them
 * (facts §9). A theme of difficulties is one item: its name in bold, how many
 * agencies raised it, and its most raised texts as examples ("**Nhân lực …**
 * (12 cơ quan phản ánh), như: nhân lực tham mưu …; đội ngũ …."), a theme
 * of one text its name and count. A theme of proposals is worded from its
 * most raised proposals ("Đề nghị bố trí kinh phí …; hỗ trợ … (13 cơ quan đề
 * xuất)."). Texts of no theme that three or more agencies raised are items of
 * their own, worded from the text. These items go most raised first; the
 * other texts of no theme end the list in one short sentence
 * ("Ngoài ra, 5 cơ quan còn nêu 11 ý kiến khác, như: …") or, when three or
 * fewer, one by one. Every text with its agencies is in the appendix.
 */
export function issueItems(
  groups: readonly ThemeGroup[],
  model: Pick<ReportModel, 'themes'>,
  kind: IssueKind,
): IssueItem[] {
  const raised = (count: number) => `(${formatInteger(count)} cơ quan ${RAISED[kind]})`;
  const own = (entry: SourcedText, count: number) => ({
    headline: null,
    text: `${bareText(entry.text)} ${raised(count)}`,
  });
  // Each item with how many agencies raised it: the most raised lead, as a filed report does.
  const counted: { item: IssueItem; agencies: number }[] = [];
  const rest: SourcedText[] = [];
  for (const group of groups) {
    // Alike wordings joined (compute/alike-texts.ts): one complaint counted and quoted once.
    const [first, ...others] = group.gist;
    if (first === undefined) continue;
    const agencies = group.agencies.length;
    if (group.theme !== null && kind === 'difficulty') {
      const count = raised(agencies);
      counted.push({
        agencies,
        item: {
          headline: themeName(model, group.theme),
          text:
            others.length > 0
              ? `${count}, như: ${examples(group.gist, EXAMPLE_TEXTS)}.`
              : `${count}.`,
        },
      });
    } else if (group.theme !== null) {
      // One request and those of the same theme, the count after them all: "Đề nghị A; B (13 cơ quan đề xuất)."
      const request = /^đề nghị\s+/iu;
      const more = others
        .slice(0, EXAMPLE_TEXTS - 1)
        .map((entry) => `; ${lowerSentenceStart(bareText(entry.text).replace(request, ''))}`)
        .join('');
      counted.push({
        agencies,
        item: { headline: null, text: `${bareText(first.text)}${more} ${raised(agencies)}.` },
      });
    } else {
      for (const entry of group.gist) {
        const count = agencyCount([entry]);
        if (count >= OWN_ITEM_AGENCIES)
          counted.push({
            agencies: count,
            item: { headline: null, text: `${own(entry, count).text}.` },
          });
        else rest.push(entry);
      }
    }
  }
  // Stable: between equals, the themes' order, texts of no theme after.
  const items = counted.sort((a, b) => b.agencies - a.agencies).map(({ item }) => item);
  if (rest.length === 0) return items;
  if (rest.length <= LISTED_REST)
    return [
      ...items,
      ...rest.map((entry) => ({
        headline: null,
        text: `${own(entry, agencyCount([entry])).text}.`,
      })),
    ];
  const summary = `${formatInteger(agencyCount(rest))} cơ quan ${items.length === 0 ? '' : 'còn '}nêu ${formatInteger(rest.length)} ý kiến khác, như: ${examples(rest, 2)}.`;
  return [
    ...items,
    { headline: null, text: items.length === 0 ? capitalFirst(summary) : `Ngoài ra, ${summary}` },
  ];
}

/**
 * A group-led task's shares done, beside the task (spec § tasks, 0.3), the
 * group named as the office writes it inside a sentence: "120/124 xã, phường
 * đã hoàn thành" (group "Xã, phường"), "4/5 UBND cấp xã đã hoàn thành".
 */
export function sharesDoneText(count: ShareCount, groupName: string): string {
  return `${formatInteger(count.done)}/${formatInteger(count.total)} ${lowerFirst(groupName)} đã hoàn thành`;
}

/**
 * Grade counts of a group, grades nobody earned left out: "Sở, ban, ngành:
 * 3/17 cơ quan xếp loại Tốt, 10/17 xếp loại Khá, 4/17 xếp loại Trung bình."
 */
export function gradeCountSentence(count: GradeCount, lookup: ModelLookup): string {
  const name =
    count.group === null ? 'Cơ quan khác' : (lookup.group(count.group)?.name ?? count.group);
  const of = `/${formatInteger(count.assessed)}`;
  const parts = count.grades
    .filter((grade) => grade.count > 0)
    .map((grade, index) =>
      index === 0
        ? `${formatInteger(grade.count)}${of} cơ quan xếp loại ${grade.name}`
        : `${formatInteger(grade.count)}${of} xếp loại ${grade.name}`,
    );
  return parts.length === 0
    ? `${name}: ${formatInteger(count.assessed)} cơ quan chưa được xếp loại.`
    : `${name}: ${parts.join(', ')}.`;
}
