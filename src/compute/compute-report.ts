/**
 * The compute stage: (Dataset, period, as-of day) → ReportModel. Pure: every
 * day it uses comes from the options or the dataset, never from the clock.
 */
import { figuresDay, lastDay, previousPeriod, type Period } from '../model/period.js';
import type { Dataset, DocumentIdentity, IsoDate, Signer } from '../model/types.js';
import { collectionSummary } from './collection.js';
import { buildContext } from './context.js';
import { briefingNotes } from './briefing-notes.js';
import { periodDifficulties, periodProposals } from './difficulties.js';
import { indexSection } from './index-section.js';
import { indicatorSection } from './indicators.js';
import { lagging } from './lagging.js';
import { agencyInfo, periodInfo } from './refs.js';
import {
  REPORT_SCHEMA_VERSION,
  type DocumentInfo,
  type ReportModel,
  type SignerInfo,
} from './report-model.js';
import { nextSteps, withinPeriod } from './task-briefs.js';
import {
  agencySummaries,
  groupFigures,
  pillarSummaries,
  planSummaries,
  totalsApart,
} from './task-groups.js';
import { taskRows, transfers } from './task-rows.js';

/** The title used when dx-report.yaml gives no `report_title`. */
export const DEFAULT_REPORT_TITLE = 'Kết quả thực hiện công tác chuyển đổi số';

export interface ComputeOptions {
  /** The period reported on. */
  period: Period;
  /** D, overriding the period's figures day (its last day, or its `cutoff_day`). */
  asOf?: IsoDate | undefined;
  /** The period compared with; default the previous period of the same kind. */
  compare?: Period | undefined;
  /** The date printed on the date line; default D. */
  reportDate?: IsoDate | undefined;
  /**
   * Today: no figures are taken after it, so the figures day of a period
   * still running is today. Default: no such bound.
   */
  today?: IsoDate | undefined;
  /**
   * "Ước thực hiện" (spec § tasks, 0.3): D is the period's last day, even
   * after today, and estimated updates dated on or before it count. Without
   * it every estimate is ignored.
   */
  estimate?: boolean | undefined;
  /** Plan ids: the report counts only their tasks (`--plan`). Default: every task. */
  plans?: readonly string[] | undefined;
}

/**
 * Computes the report model. D = `asOf`, else the period's figures day, or
 * today while the period runs; the comparison figures are taken as of the
 * comparison period's figures day, bounded by today the same way.
 */
export function computeReport(dataset: Dataset, options: ComputeOptions): ReportModel {
  const { settings } = dataset;
  const notAfterToday = (day: IsoDate) =>
    options.today !== undefined && options.today < day ? options.today : day;
  const estimate = options.estimate === true;
  const asOf = estimate
    ? (options.asOf ?? lastDay(options.period))
    : (options.asOf ?? notAfterToday(figuresDay(options.period, settings.cutoffDay)));
  const compare = options.compare ?? previousPeriod(options.period);
  const compareAsOf = notAfterToday(figuresDay(compare, settings.cutoffDay));
  const plans = options.plans === undefined ? undefined : new Set(options.plans);
  const counted =
    plans === undefined
      ? dataset
      : {
          ...dataset,
          tasks: dataset.tasks.filter((task) => task.plan !== undefined && plans.has(task.plan)),
        };
  const context = buildContext(counted, options.period, asOf, compare, compareAsOf, estimate);
  const index = indexSection(context);
  const totals = groupFigures(context, context.tasks);
  const within = withinPeriod(context);
  const apart = totalsApart(context, within.finished);
  // Every section cites the agencies it names; the catalogue lists them once, so it comes last.
  const sections = {
    totals: totals.figures,
    totalsComparison: totals.comparison,
    totalsApart: apart,
    pillars: pillarSummaries(context),
    plans: planSummaries(context, apart !== null),
    agencyResults: agencySummaries(context, index, apart !== null),
    transfers: transfers(context),
    withinPeriod: within,
    index,
    indicators: indicatorSection(context),
    notes: briefingNotes(context),
    themes: dataset.themes.map((theme) => ({ id: theme.id, name: theme.name })),
    difficulties: periodDifficulties(context),
    proposals: periodProposals(context),
    lagging: lagging(context, index),
    nextSteps: nextSteps(context),
    collection: collectionSummary(context, options.reportDate ?? asOf),
    tasks: taskRows(context),
  };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    organization: {
      name: settings.organization,
      lines: [...settings.organizationLines],
      parent: settings.parentOrganization ?? null,
    },
    place: settings.place,
    title: settings.reportTitle ?? DEFAULT_REPORT_TITLE,
    reportDate: options.reportDate ?? asOf,
    dated: options.reportDate !== undefined,
    document: documentInfo(settings.document),
    signer: signerInfo(settings.signer),
    recipients: [...settings.recipients],
    period: periodInfo(options.period, asOf, settings.cutoffDay),
    estimate,
    compare: periodInfo(compare, context.compareAsOf, settings.cutoffDay),
    groups: dataset.groups.map((group) => ({ id: group.id, name: group.name })),
    agencies: context.cited().map((agency) => agencyInfo(dataset, agency)),
    ...sections,
  };
}

function documentInfo(document: DocumentIdentity | undefined): DocumentInfo | null {
  if (document === undefined) return null;
  return {
    symbol: document.symbol,
    number: document.number ?? null,
    addressees: [...document.addressees],
  };
}

function signerInfo(signer: Signer | undefined): SignerInfo | null {
  if (signer === undefined) return null;
  return {
    authority: [...(signer.authority ?? [])],
    title: signer.title,
    position: signer.position ?? null,
    name: signer.name,
  };
}
