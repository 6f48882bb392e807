/**
 * Difficulties and proposals reported during the period, each text listed once
 * with every agency that reported it.
 */
import { compareVi } from '../model/collate.js';
import { firstDay } from '../model/period.js';
import type { Assessment } from '../model/types.js';
import type { ComputeContext } from './context.js';
import type { SourcedText } from './report-model.js';
import { updatesInOrder } from './task-status.js';
import { textKey, tidyText } from './text-key.js';

type Source = SourcedText['sources'][number];

/** A text as reported once, by one source. */
export interface Mention {
  text: string;
  source: Source;
}

/**
 * Merges mentions of the same text (by {@link textKey}: NFC, trimmed, white
 * space collapsed, case-insensitive, a trailing '.' or ';' ignored): the first
 * spelling is kept, and each source (agency, kind, ref) is listed once, in the
 * order first met. Ordered by number of sources (most first), then by the
 * text in Vietnamese collation.
 */
export function mergeMentions(mentions: readonly Mention[]): SourcedText[] {
  const merged = new Map<string, SourcedText>();
  const seenSources = new Set<string>();
  for (const { text, source } of mentions) {
    const key = textKey(text);
    if (key === '') continue;
    const entry = merged.get(key) ?? { text: tidyText(text), sources: [] };
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
 * Difficulties of the period: the `issues` of task updates dated within
 * [first day of the period, D] (source: the task, under the agency it counts
 * under on D), then the `difficulties` of the period's assessments.
 */
export function periodDifficulties(context: ComputeContext): SourcedText[] {
  const from = firstDay(context.period);
  const fromTasks = context.tasks.flatMap((view) =>
    updatesInOrder(view.task)
      .filter((update) => from <= update.date && update.date <= context.asOf)
      .flatMap((update) => update.issues)
      .map((text): Mention => ({
        text,
        source: { agency: context.cite(view.lead), kind: 'task', ref: view.task.id },
      })),
  );
  const fromAssessments = periodAssessments(context).flatMap(({ assessment, source }) =>
    assessment.difficulties.map((text) => ({ text, source })),
  );
  return mergeMentions([...fromTasks, ...fromAssessments]);
}

/** Proposals of the period: the `proposals` of the period's assessments. */
export function periodProposals(context: ComputeContext): SourcedText[] {
  return mergeMentions(
    periodAssessments(context).flatMap(({ assessment, source }) =>
      assessment.proposals.map((text) => ({ text, source })),
    ),
  );
}
