/**
 * Indicators (chỉ tiêu) on D (spec § Derived figures, added in 0.2): each
 * indicator's value is its latest measurement on or before D; its target is
 * the one whose `by` period ends on or after D soonest (after the last has
 * passed, that last one); it is reached when the value is at or beyond the
 * target in its `better` direction. "x/y chỉ tiêu đạt" counts the indicators
 * with both a target and a value. The previous value is the one as of the
 * comparison day, when it is an earlier measurement. Values are compared and subtracted exactly in decimal.
 *
 * The baseline a briefing gives in brackets ("đạt 83,5% (cuối năm 2023 là
 * 61,3%)") is the latest value on or before 31 December of the year before
 * D's year, as real half-year and annual reviews compare a stock with the end
 * of the previous year (docs/indicators.md); none when there is no such value
 * or it is the current value itself.
 */
import { lastDay, parsePeriod, periodLabelVi } from '../model/period.js';
import type { Indicator, IndicatorTarget, IndicatorValue, IsoDate } from '../model/types.js';
import type { ComputeContext } from './context.js';
import { compareDecimals, decimalDifference } from './exact-ratio.js';
import type { IndicatorRow, IndicatorSection, PeriodRef, Ratio } from './report-model.js';

/** The latest value on or before the day (the last written, of several on that day). */
function valueOn(values: readonly IndicatorValue[], day: IsoDate): IndicatorValue | undefined {
  let found: IndicatorValue | undefined;
  for (const entry of values) if (entry.date <= day) found = entry;
  return found;
}

/** The target in force on a day: the first whose period ends on or after it, else the last. */
export function targetOn(
  targets: readonly IndicatorTarget[],
  day: IsoDate,
): IndicatorTarget | undefined {
  return targets.find((target) => lastDay(parsePeriod(target.by)!) >= day) ?? targets.at(-1);
}

/** 31 December of the year before the day's year: the baseline's day. */
export function baselineDay(day: IsoDate): IsoDate {
  return `${String(Number(day.slice(0, 4)) - 1).padStart(4, '0')}-12-31`;
}

/** How far a value still is from its target in the better direction (> 0), exactly; null once reached. */
function gapToTarget(indicator: Indicator, value: number, target: number): number | null {
  if (reached(indicator, value, target)) return null;
  return indicator.better === 'lower'
    ? decimalDifference(value, target)
    : decimalDifference(target, value);
}

function reached(indicator: Indicator, value: number, target: number): boolean {
  const order = compareDecimals(value, target);
  return indicator.better === 'lower' ? order <= 0 : order >= 0;
}

const periodRef = (code: string): PeriodRef => ({ code, label: periodLabelVi(parsePeriod(code)!) });

function indicatorRow(
  context: ComputeContext,
  indicator: Indicator,
  values: readonly IndicatorValue[],
): IndicatorRow {
  const now = valueOn(values, context.asOf);
  // The same measurement on both days is no earlier value: nothing was measured since.
  const then = valueOn(values, context.compareAsOf);
  const before = then !== undefined && now !== undefined && then.date < now.date ? then : undefined;
  const base = valueOn(values, baselineDay(context.asOf));
  const baseline =
    base !== undefined && now !== undefined && base.date < now.date ? base : undefined;
  const target = targetOn(indicator.targets, context.asOf);
  const plan = target?.plan === undefined ? undefined : context.plans.get(target.plan);
  const cite = (id: string | undefined) => {
    const agency = id === undefined ? undefined : context.agencies.get(id);
    return agency === undefined ? null : context.cite(agency);
  };
  const status =
    now === undefined
      ? 'no-data'
      : target === undefined
        ? 'no-target'
        : reached(indicator, now.value, target.value)
          ? 'reached'
          : 'not-reached';
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    pillar: indicator.pillar ?? null,
    better: indicator.better,
    agency: cite(indicator.agency),
    value:
      now === undefined
        ? null
        : {
            value: now.value,
            date: now.date,
            period: now.period ?? null,
            agency: cite(now.agency),
            note: now.note ?? null,
            estimate: now.estimate === true,
            inPeriod: now.date >= context.windowFrom,
          },
    target:
      target === undefined
        ? null
        : {
            value: target.value,
            by: periodRef(target.by),
            plan: plan === undefined ? null : { id: plan.id, number: plan.number },
            ended: lastDay(parsePeriod(target.by)!) <= context.asOf,
            gap: now === undefined ? null : gapToTarget(indicator, now.value, target.value),
          },
    status,
    previous: before === undefined ? null : { value: before.value, date: before.date },
    baseline: baseline === undefined ? null : { value: baseline.value, date: baseline.date },
    change:
      now === undefined || before === undefined ? null : decimalDifference(now.value, before.value),
  };
}

function countReached(rows: readonly IndicatorRow[]): Ratio {
  const judged = rows.filter((row) => row.status === 'reached' || row.status === 'not-reached');
  return {
    numerator: judged.filter((row) => row.status === 'reached').length,
    denominator: judged.length,
  };
}

/** The indicator section, or null when the dataset has no indicators (no part of the report then). */
export function indicatorSection(context: ComputeContext): IndicatorSection | null {
  const { dataset } = context;
  if (dataset.indicators.length === 0) return null;
  const byIndicator = new Map<string, IndicatorValue[]>();
  for (const entry of dataset.indicatorValues) {
    // Estimated values count only in a report built with --estimate (spec § tasks, 0.3).
    if (entry.estimate === true && !context.estimate) continue;
    const list = byIndicator.get(entry.indicator);
    if (list) list.push(entry);
    else byIndicator.set(entry.indicator, [entry]);
  }
  const pillarOrder = new Map(dataset.pillars.map((pillar, index) => [pillar.id, index]));
  const position = (row: IndicatorRow) =>
    row.pillar === null
      ? dataset.pillars.length
      : (pillarOrder.get(row.pillar) ?? dataset.pillars.length);
  // Grouped by pillar in pillars.yaml order, those without one last; catalogue order within (a stable sort).
  const rows = dataset.indicators
    .map((indicator) => indicatorRow(context, indicator, byIndicator.get(indicator.id) ?? []))
    .sort((a, b) => position(a) - position(b));
  const pillars = [...new Set(rows.map((row) => row.pillar))];
  const targetPeriods = new Set(
    rows.flatMap((row) =>
      row.status === 'reached' || row.status === 'not-reached' ? [row.target!.by.code] : [],
    ),
  );
  const [onlyPeriod] = targetPeriods;
  return {
    reached: countReached(rows),
    noData: rows.filter((row) => row.status === 'no-data').length,
    noTarget: rows.filter((row) => row.status === 'no-target').length,
    estimated: rows.filter((row) => row.value?.estimate === true).length,
    targetPeriod:
      targetPeriods.size === 1 && onlyPeriod !== undefined ? periodRef(onlyPeriod) : null,
    byPillar: pillars.map((pillar) => ({
      pillar,
      reached: countReached(rows.filter((row) => row.pillar === pillar)),
    })),
    rows,
  };
}
