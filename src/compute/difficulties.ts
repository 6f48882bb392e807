/**
 * Difficulties and proposals reported during the period, each text listed once
 * with every agency that reported it, grouped by theme (spec § themes.yaml,
 * added in 0.2): a text belongs to the theme it was written with; otherwise to
 * the theme whose keyword it contains (NFC, ignoring case), the longest such
 * keyword deciding (the most specific), catalogue order between equals, a
 * theme whose `exclude` phrase the text contains left out; otherwise to none.
 */
import { compareVi } from '../model/collate.js';
import type { Assessment, ReportedText, Theme } from '../model/types.js';
import type { ComputeContext, TaskHolding } from './context.js';
import type { SourcedText, ThemeGroup } from './report-model.js';
import { notesLog, updatesInOrder, type NoteEntry } from './task-status.js';
import { joinAlike } from './alike-texts.js';
import { phraseFinder } from './phrase-finder.js';
import { searchForm, textKey, tidyText } from './text-key.js';

type Source = SourcedText['sources'][number];

/** A text as reported once, by one source. */
export interface Mention {
  said: ReportedText;
  source: Source;
}

/**
 * The theme a text belongs to: its own, else the theme of the longest keyword
 * it contains (the first theme in catalogue order between keywords of one
 * length), themes whose `exclude` phrase it contains left out; else null.
 */
export function themeOf(said: ReportedText, themes: readonly Theme[]): string | null {
  if (said.theme !== undefined) return said.theme;
  return themeMatcher(themes)(searchForm(said.text));
}

/** Each theme list's matcher, made once: its keywords and exclusions normalised once. */
const matchers = new WeakMap<readonly Theme[], (text: string) => string | null>();

/**
 * The matcher of a theme list: one automaton finds every keyword and
 * exclusion a text contains (phrase-finder.ts, linear in the text), then the
 * rule above picks the theme among those found only.
 */
function themeMatcher(themes: readonly Theme[]): (text: string) => string | null {
  const known = matchers.get(themes);
  if (known) return known;
  const phrases: string[] = [];
  /** Per phrase: its theme's place in the list, and whether it is a keyword or an exclusion. */
  const owners: { theme: number; keyword: boolean }[] = [];
  themes.forEach((theme, index) => {
    for (const keyword of theme.keywords) {
      phrases.push(searchForm(keyword));
      owners.push({ theme: index, keyword: true });
    }
    for (const phrase of theme.exclude ?? []) {
      phrases.push(searchForm(phrase));
      owners.push({ theme: index, keyword: false });
    }
  });
  const finder = phraseFinder(phrases);
  const match = (text: string): string | null => {
    const found = finder.find(text);
    const excluded = new Set<number>();
    for (const phrase of found) if (!owners[phrase]!.keyword) excluded.add(owners[phrase]!.theme);
    let best: { theme: number; length: number } | null = null;
    for (const phrase of found) {
      const { theme, keyword } = owners[phrase]!;
      if (!keyword || excluded.has(theme)) continue;
      const length = phrases[phrase]!.length;
      // The longest keyword; between equals, the first theme in the list.
      if (best === null || length > best.length || (length === best.length && theme < best.theme))
        best = { theme, length };
    }
    return best === null ? null : themes[best.theme]!.id;
  };
  matchers.set(themes, match);
  return match;
}

/**
 * Merges mentions of the same text (by {@link textKey}: NFC, trimmed, white
 * space collapsed, case-insensitive, a trailing '.' or ';' ignored): the first
 * spelling is kept, and each source (agency, kind, ref) is listed once, in the
 * order first met. Ordered by number of sources (most first), then by the
 * text in Vietnamese collation.
 */
export function mergeMentions(
  mentions: readonly Mention[],
  themes: readonly Theme[] = [],
): SourcedText[] {
  const merged = new Map<string, SourcedText>();
  const seenSources = new Set<string>();
  for (const { said, source } of mentions) {
    const key = textKey(said.text);
    if (key === '') continue;
    // The first mention decides the theme; a later explicit one settles a text that had none.
    const entry = merged.get(key) ?? {
      text: tidyText(said.text),
      theme: themeOf(said, themes),
      sources: [],
    };
    if (entry.theme === null && said.theme !== undefined) entry.theme = said.theme;
    const sourceKey = [key, source.agency, source.kind, source.ref].join('\u0000');
    if (!seenSources.has(sourceKey)) entry.sources.push(source);
    seenSources.add(sourceKey);
    merged.set(key, entry);
  }
  return [...merged.entries()]
    .sort(
      ([keyA, a], [keyB, b]) =>
        b.sources.length - a.sources.length ||
        compareVi(a.text, b.text) ||
        (keyA < keyB ? -1 : keyA > keyB ? 1 : 0),
    )
    .map(([, entry]) => entry);
}

/** The period's assessments, by agency name, for a reading order that does not depend on files. */
function periodAssessments(context: ComputeContext): { assessment: Assessment; source: Source }[] {
  return context.dataset.assessments
    .filter((assessment) => assessment.period === context.assessmentPeriod?.code)
    .flatMap((assessment) => {
      const agency = context.agencies.get(assessment.agency);
      if (agency === undefined) return [];
      const source: Source = {
        agency: context.cite(agency),
        kind: 'assessment',
        ref: assessment.period,
      };
      return [{ assessment, source }];
    })
    .sort((a, b) => context.byAgencyId(a.source.agency, b.source.agency));
}

/**
 * The issues of a task that count in the period: those of its updates dated
 * within the window [windowFrom, D], and, for a task not done nor stopped on
 * D, those of its latest update that reported any, however early: a
 * difficulty still standing (the one the directions print beside an overdue
 * task) is a difficulty of the period.
 */
function standingIssues(held: TaskHolding, context: ComputeContext): readonly ReportedText[] {
  const { asOf, windowFrom } = context;
  const log = held.share ? held.log : notesLog(held.task, updatesInOrder(held.task));
  // One pass, nothing copied for the many tasks that raised nothing (20,000 nationally).
  let latest: NoteEntry | undefined;
  let inWindow: ReportedText[] | undefined;
  for (const update of log) {
    if (update.date > asOf || update.issues.length === 0) continue;
    latest = update;
    if (windowFrom <= update.date) (inWindow ??= []).push(...update.issues);
  }
  const open = held.now.status !== 'done' && held.now.status !== 'cancelled';
  const earlier = open && latest !== undefined && latest.date < windowFrom ? latest.issues : [];
  if (inWindow === undefined) return earlier;
  return earlier.length === 0 ? inWindow : [...earlier, ...inWindow];
}

/**
 * Difficulties of the period: the issues of tasks that count in it
 * ({@link standingIssues}; source: the task, under the agency it counts under
 * on D), then the `difficulties` of the period's assessments.
 */
export function periodDifficulties(context: ComputeContext): ThemeGroup[] {
  const from = context.windowFrom;
  const inWindow = (update: { date: string }) => from <= update.date && update.date <= context.asOf;
  // A share's issues are its holder's (0.3); a group-led task's partners speak for themselves.
  const fromTasks = context.holdings.flatMap((held) =>
    standingIssues(held, context).map((said): Mention => ({
      said,
      source: { agency: context.cite(held.lead), kind: 'task', ref: held.task.id },
    })),
  );
  const fromPartners = context.tasks.flatMap((view) =>
    view.lead !== null
      ? []
      : (view.task.partnerNotes ?? []).filter(inWindow).flatMap((note) => {
          const agency = context.agencies.get(note.agency);
          if (agency === undefined) return [];
          return note.issues.map((said): Mention => ({
            said,
            source: { agency: context.cite(agency), kind: 'task', ref: view.task.id },
          }));
        }),
  );
  const fromAssessments = periodAssessments(context).flatMap(({ assessment, source }) =>
    assessment.difficulties.map((said) => ({ said, source })),
  );
  return byTheme(
    context,
    mergeMentions([...fromTasks, ...fromPartners, ...fromAssessments], context.dataset.themes),
  );
}

/** Proposals of the period: the `proposals` of the period's assessments. */
export function periodProposals(context: ComputeContext): ThemeGroup[] {
  const mentions = periodAssessments(context).flatMap(({ assessment, source }) =>
    assessment.proposals.map((said) => ({ said, source })),
  );
  return byTheme(context, mergeMentions(mentions, context.dataset.themes));
}

/**
 * The merged texts by theme, in catalogue order, texts of no theme last; each
 * group with the agencies that raised any of its texts (by Vietnamese name),
 * its texts most raised first, and the same with alike wordings joined (the
 * body's). Themes nobody raised are left out.
 */
function byTheme(context: ComputeContext, texts: readonly SourcedText[]): ThemeGroup[] {
  const order = [...context.dataset.themes.map((theme) => theme.id), null];
  return order.flatMap((theme) => {
    const inTheme = texts.filter((entry) => entry.theme === theme);
    if (inTheme.length === 0) return [];
    const agencies = [...new Set(inTheme.flatMap((entry) => entry.sources.map((s) => s.agency)))];
    return [
      {
        theme,
        agencies: agencies.sort(context.byAgencyId),
        texts: inTheme,
        gist: joinAlike(inTheme),
      },
    ];
  });
}
