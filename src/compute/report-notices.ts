/**
 * What the briefing will say that its author should know, found once the
 * report model is computed (issue 27): texts that no theme groups. Pure data
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

/** Every notice about the briefing of `model`, in a fixed order. */
export function reportNotices(model: ReportModel): ReportNotice[] {
  return [...themeNotices(model)];
}
