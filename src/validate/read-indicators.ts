/**
 * Readers of the indicator files (spec § indicators.yaml and
 * indicators/**\/*.yaml, added in 0.2): the catalogue with its targets, and
 * the measured values, each with the references and places the rules across
 * files check.
 */
import { figuresDay, lastDay } from '../model/period.js';
import type { Indicator, IndicatorTarget, IndicatorValue } from '../model/types.js';
import { list, number, record, text, type Collected } from './collected.js';
import { diagnostic } from './pending.js';
import { readPeriod } from './values.js';
import type { Locator, ValuePath } from './where.js';

export function readIndicators(
  value: unknown,
  file: string,
  locate: Locator,
  into: Collected,
): void {
  list(record(value).indicators).forEach((item, index) => {
    const source = record(item);
    const path: ValuePath = ['indicators', index];
    const [id, name, unit] = [text(source.id), text(source.name), text(source.unit)];
    const ref = (kind: 'agency' | 'pillar', field: 'agency' | 'pillar') => {
      const target = text(source[field]);
      if (target) into.references.push({ kind, id: target, file, at: locate([...path, field]) });
      return target;
    };
    const pillar = ref('pillar', 'pillar');
    const agency = ref('agency', 'agency');
    const targets = readTargets(list(source.targets), [...path, 'targets'], file, locate, into);
    if (!id || !name || !unit) return;
    into.declarations.push({ kind: 'indicator', id, file, at: locate([...path, 'id']) });
    const indicator: Indicator = {
      id,
      name,
      unit,
      better: source.better === 'lower' ? 'lower' : 'higher',
      targets,
    };
    if (pillar) indicator.pillar = pillar;
    if (agency) indicator.agency = agency;
    into.indicators.push(indicator);
  });
}

/** Targets in the order of their periods' ends; two for one period are an error. */
function readTargets(
  items: unknown[],
  path: ValuePath,
  file: string,
  locate: Locator,
  into: Collected,
): IndicatorTarget[] {
  const targets: IndicatorTarget[] = [];
  // By the day a target's period ends: 2024-H1, 2024-Q2 and 2024-06 are due on one day.
  const seen = new Map<string, IndicatorTarget>();
  items.forEach((item, index) => {
    const source = record(item);
    const at: ValuePath = [...path, index];
    const period = readPeriod(source.by);
    const value = number(source.value);
    const plan = text(source.plan);
    if (plan) into.references.push({ kind: 'plan', id: plan, file, at: locate([...at, 'plan']) });
    if (source.by !== undefined && !period && typeof source.by === 'number') {
      into.diagnostics.push(
        diagnostic('period-invalid', file, locate([...at, 'by']), { value: String(source.by) }),
      );
    }
    if (!period || value === undefined) return;
    const day = lastDay(period);
    const earlier = seen.get(day);
    if (earlier?.by === period.code) {
      into.diagnostics.push(
        diagnostic('indicator-target-duplicate', file, locate([...at, 'by']), {
          period: period.code,
        }),
      );
      return;
    }
    if (earlier) {
      // The verdict would follow line order: two values due on one day are a contradiction.
      if (earlier.value !== value)
        into.diagnostics.push(
          diagnostic('indicator-target-same-day', file, locate([...at, 'by']), {
            period: period.code,
            other: earlier.by,
            day,
            value,
            otherValue: earlier.value,
          }),
        );
      return;
    }
    const target = plan ? { by: period.code, value, plan } : { by: period.code, value };
    seen.set(day, target);
    targets.push(target);
  });
  const end = (target: IndicatorTarget) => lastDay(readPeriod(target.by)!);
  return targets.sort((a, b) => (end(a) < end(b) ? -1 : end(a) > end(b) ? 1 : 0));
}

export function readIndicatorValues(
  value: unknown,
  file: string,
  locate: Locator,
  into: Collected,
): void {
  const root = record(value);
  const agency = text(root.agency);
  const submitted = text(root.submitted);
  if (agency) into.references.push({ kind: 'agency', id: agency, file, at: locate(['agency']) });
  const cutoffDay = into.settings?.cutoffDay;
  list(root.values).forEach((item, index) => {
    const source = record(item);
    const path: ValuePath = ['values', index];
    const indicator = text(source.indicator);
    if (indicator)
      into.references.push({
        kind: 'indicator',
        id: indicator,
        file,
        at: locate([...path, 'indicator']),
      });
    const hasDate = source.date !== undefined;
    const hasPeriod = source.period !== undefined;
    if (hasDate && hasPeriod)
      into.diagnostics.push(diagnostic('value-date-and-period', file, locate([...path, 'period'])));
    if (!hasDate && !hasPeriod)
      into.diagnostics.push(diagnostic('value-date-missing', file, locate(path)));
    const period = hasPeriod ? readPeriod(source.period) : undefined;
    if (hasPeriod && !period && typeof source.period === 'number') {
      into.diagnostics.push(
        diagnostic('period-invalid', file, locate([...path, 'period']), {
          value: String(source.period),
        }),
      );
    }
    const date = hasDate ? text(source.date) : period ? figuresDay(period, cutoffDay) : undefined;
    const measured = number(source.value);
    if (!indicator || !date || measured === undefined || (hasDate && hasPeriod)) return;
    const entry: IndicatorValue = {
      indicator,
      date,
      value: measured,
      source: { file, path },
    };
    if (period && !hasDate) entry.period = period.code;
    if (agency) entry.agency = agency;
    if (submitted) entry.submitted = submitted;
    if (text(source.note)) entry.note = text(source.note)!;
    if (source.estimate === true) entry.estimate = true;
    into.indicatorValues.push(entry);
  });
}
