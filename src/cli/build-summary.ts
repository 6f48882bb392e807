/** What build says about the figures: one line for the terminal, a table for the GitHub job summary. */
import type { ReportModel, TaskFigures } from '../compute/report-model.js';
import type { Language } from '../diagnostics/messages.js';
import { escapeCell, escapeInline } from '../render/markdown/markdown-text.js';
import { formatDateInText } from '../render/format-vi.js';
import { numberStyle } from '../render/number-style.js';
import { indicatorSentence } from '../render/wording.js';
import { safeText } from '../render/safe-text.js';
import { countedKinds, kindCount } from '../render/totals-wording.js';

/** One line of key figures, in the briefing's own words, numbers in the language's style. */
export function summaryLine(model: ReportModel, language: Language): string {
  const { totals, period } = model;
  const n = numberStyle(language);
  // Groups of tasks (nhóm nhiệm vụ) kept apart from tasks, as the briefing keeps them.
  const apart = model.totalsApart;
  if (language === 'en') {
    if (apart === null)
      return `${period.code} as of ${period.asOf}: implemented ${n.ratio(totals.implementedRatio)}, done ${n.integer(totals.done)}, overdue ${n.integer(totals.overdue)}.`;
    const kinds = [
      { noun: 'tasks', figures: apart.tasks.figures },
      { noun: 'task groups', figures: apart.groups.figures },
    ];
    // Each kind, those with none left out unless both have none, as the Vietnamese line (kindCount).
    const counted = (count: (figures: TaskFigures) => number) => {
      const some = kinds.filter((kind) => count(kind.figures) > 0);
      return (some.length === 0 ? kinds.slice(0, 1) : some)
        .map((kind) => `${n.integer(count(kind.figures))} ${kind.noun}`)
        .join(' and ');
    };
    const implemented = kinds
      .map((kind) => `${n.ratio(kind.figures.implementedRatio)} ${kind.noun}`)
      .join(' and ');
    return `${period.code} as of ${period.asOf}: implemented ${implemented}, done ${counted((f) => f.done)}, overdue ${counted((f) => f.overdue)}.`;
  }
  const asOf = `${period.label} (số liệu đến ${formatDateInText(period.asOf)})`;
  if (apart === null)
    return `${asOf}: đã triển khai ${n.ratio(totals.implementedRatio)} nhiệm vụ, hoàn thành ${n.integer(totals.done)}, quá hạn ${n.integer(totals.overdue)}.`;
  // The counts of each kind in the body's words: "hoàn thành 5 nhiệm vụ và 3 nhóm nhiệm vụ, quá hạn 2 nhiệm vụ".
  const kinds = countedKinds(model);
  const implemented = `${n.ratio(apart.tasks.figures.implementedRatio)} nhiệm vụ và ${n.ratio(apart.groups.figures.implementedRatio)} nhóm nhiệm vụ`;
  return `${asOf}: đã triển khai ${implemented}, hoàn thành ${kindCount(kinds, (kind) => kind.figures.done)}, quá hạn ${kindCount(kinds, (kind) => kind.figures.overdue)}.`;
}

/**
 * The indicators' x/y line ("Có 2/4 chỉ tiêu đã đạt mục tiêu đề ra; 5 chỉ
 * tiêu chưa có mục tiêu."), or null when the dataset has no indicators.
 */
export function indicatorLine(model: ReportModel, language: Language): string | null {
  const section = model.indicators;
  if (section === null) return null;
  if (language === 'vi') return indicatorSentence(section);
  const n = numberStyle(language);
  const parts = [`Indicators: ${n.counts(section.reached)} reached their target`];
  if (section.noData > 0) parts.push(`${n.integer(section.noData)} without data`);
  if (section.noTarget > 0) parts.push(`${n.integer(section.noTarget)} without a target`);
  return `${parts.join('; ')}.`;
}

const JOB_SUMMARY_WORDS = {
  vi: {
    from: (first: string, last: string) => `Số liệu từ ${first} đến ${last}.`,
    header: '| Trụ cột | Đã triển khai | Hoàn thành | Quá hạn | Hoàn thành/đến hạn |',
    total: '**Tổng cộng**',
    tasks: '**Cộng nhiệm vụ**',
    groups: '**Cộng nhóm nhiệm vụ**',
  },
  en: {
    from: (first: string, last: string) => `Figures from ${first} to ${last}.`,
    header: '| Pillar | Implemented | Done | Overdue | Done/due |',
    total: '**Total**',
    tasks: '**Total tasks**',
    groups: '**Total task groups**',
  },
} as const;

/**
 * Key figures as Markdown for the GitHub Actions job summary
 * ($GITHUB_STEP_SUMMARY), one row per pillar and the totals (tasks and groups
 * of tasks apart, as the briefing's pillar table), in the run's language; figures
 * in the briefing's notation. Names come from the data and are written as the
 * briefing writes them (render/markdown/markdown-text.ts): one line, `|`
 * escaped in a cell, no Markdown or HTML markup, no character a report may
 * not carry (render/safe-text.ts), so a name can neither shift the figures
 * into another column nor add a heading, a link or HTML to the summary.
 */
export function jobSummary(model: ReportModel, language: Language): string {
  const words = JOB_SUMMARY_WORDS[language];
  const n = numberStyle(language);
  const row = (cell: string, figures: ReportModel['totals']) =>
    `| ${cell} | ${n.ratio(figures.implementedRatio)} | ${n.integer(figures.done)} | ${n.integer(figures.overdue)} | ${n.ratio(figures.dueDoneRatio)} |`;
  const name = (text: string) => escapeCell(safeText(text));
  const period = language === 'en' ? model.period.code : model.period.label;
  return [
    `### ${escapeInline(safeText(model.organization.name))}: ${period}`,
    '',
    words.from(n.date(model.period.windowFrom), n.date(model.period.asOf)),
    '',
    words.header,
    '|---|---|---|---|---|',
    ...model.pillars.map((pillar) => row(name(pillar.name), pillar.figures)),
    ...(model.totalsApart === null
      ? [row(words.total, model.totals)]
      : [
          row(words.tasks, model.totalsApart.tasks.figures),
          row(words.groups, model.totalsApart.groups.figures),
        ]),
    '',
    ...(model.indicators === null ? [] : [indicatorLine(model, language)!, '']),
    '',
  ].join('\n');
}

/** A file size as people read it: `812 B`, `4,7 KB` (`4.7 KB` in English), `1,2 MB`. */
export function fileSize(bytes: number, language: Language = 'vi'): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  const text = value.toFixed(1);
  return `${language === 'vi' ? text.replace('.', ',') : text} ${unit}`;
}
