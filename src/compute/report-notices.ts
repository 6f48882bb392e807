/**
 * What the briefing will say that its author should know, found once the
 * report model is computed (issue 27): no notes/ for the period, texts that no theme groups, a date
 * line given before the figures it dates or on a weekend. Pure data
 * (a code of diagnostics/codes.ts, the file it concerns, its values); build
 * turns each into a warning printed with the dataset's own.
 */
import type { ReportModel, ThemeGroup } from './report-model.js';

export interface ReportNotice {
  code: 'themes-unmatched' | 'notes-missing' | 'report-date-early' | 'report-date-weekend';
  /** The dataset file it concerns, relative to the dataset folder. */
  file: string;
  args: Readonly<Record<string, string | number>>;
}

const textCount = (groups: readonly ThemeGroup[], themed: boolean) =>
  groups
    .filter((group) => (group.theme !== null) === themed)
    .reduce((sum, group) => sum + group.texts.length, 0);

/**
 * `themes-unmatched` when the dataset has themes and more of the period's
 * difficulties and proposals belong to none than to one.
 */
function themeNotices(model: ReportModel): ReportNotice[] {
  if (model.themes.length === 0) return [];
  const groups = [...model.difficulties, ...model.proposals];
  const [themed, unthemed] = [textCount(groups, true), textCount(groups, false)];
  return unthemed > themed
    ? [{ code: 'themes-unmatched', file: 'themes.yaml', args: { themed, unthemed } }]
    : [];
}

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** The day of the week of a `YYYY-MM-DD` day, 0 for Sunday (a calendar sum, no clock). */
function weekday(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * With `--date`: `report-date-early` when the day is before the latest day
 * of a figure the briefing uses (a self-assessment's submission, an
 * indicator's value), `report-date-weekend` on a Saturday or Sunday. Without
 * it the date line is left for the document system: nothing to check.
 */
function dateNotices(model: ReportModel): ReportNotice[] {
  if (!model.dated) return [];
  const date = model.reportDate;
  const used = [
    ...model.index.rows.flatMap((row) => (row.submitted === null ? [] : [row.submitted])),
    ...(model.indicators?.rows ?? []).flatMap((row) =>
      row.value === null ? [] : [row.value.date],
    ),
  ];
  const latest = used.reduce((max, day) => (day > max ? day : max), '');
  const notices: ReportNotice[] = [];
  if (latest !== '' && date < latest)
    notices.push({ code: 'report-date-early', file: 'dx-report.yaml', args: { date, latest } });
  const day = weekday(date);
  if (day === 0 || day === 6)
    notices.push({
      code: 'report-date-weekend',
      file: 'dx-report.yaml',
      args: { date, weekday: WEEKDAYS[day] ?? '' },
    });
  return notices;
}

/**
 * The parts of the briefing only the office can write (notes/): without a
 * notes file for the period the draft shows each as a bracketed line to fill.
 */
export const OFFICE_PARTS = ['leadership', 'areas', 'causes', 'directions', 'proposals'] as const;
export type OfficePart = (typeof OFFICE_PARTS)[number];

/**
 * `notes-missing` when the period has no notes file: `parts` lists the parts
 * left to fill, as keys the message catalogues word in their language.
 */
function notesNotices(model: ReportModel): ReportNotice[] {
  if (model.notes !== null) return [];
  return [
    {
      code: 'notes-missing',
      file: 'notes/',
      args: { period: model.period.code, parts: OFFICE_PARTS.join(',') },
    },
  ];
}

/**
 * Every notice about the briefing of `model`, in a fixed order. `briefing`:
 * whether the run writes the briefing's text (md, docx, html, pdf); a run of
 * data only (json, xlsx) has no draft whose parts are left to fill.
 */
export function reportNotices(
  model: ReportModel,
  { briefing = true }: { briefing?: boolean } = {},
): ReportNotice[] {
  return [...(briefing ? notesNotices(model) : []), ...themeNotices(model), ...dateNotices(model)];
}
