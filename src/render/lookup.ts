/**
 * The report model names agencies by id and lists each once (`agencies`);
 * renderers look names up here. Built once per model and kept while the model
 * lives, so a renderer asking for 100,000 names pays for one map.
 */
import type { AgencyInfo, GroupInfo, ReportModel } from '../compute/report-model.js';

export interface ModelLookup {
  /** The agency of an id; an id the catalogue lacks is shown as itself. */
  agency(id: string): AgencyInfo;
  /** An agency's group, or null. */
  group(id: string | null): GroupInfo | null;
  /** A pillar's name by id (the id itself when unknown). */
  pillarName(id: string): string;
  /** A plan's number ("1982/QĐ-UBND") by id, or null. */
  planNumber(id: string | null): string | null;
}

const LOOKUPS = new WeakMap<ReportModel, ModelLookup>();

export function lookupIn(model: ReportModel): ModelLookup {
  const cached = LOOKUPS.get(model);
  if (cached) return cached;
  const agencies = new Map(model.agencies.map((agency) => [agency.id, agency]));
  const groups = new Map(model.groups.map((group) => [group.id, group]));
  const pillars = new Map(model.pillars.map((pillar) => [pillar.id, pillar.name]));
  const plans = new Map(model.plans.map((plan) => [plan.id, plan.number]));
  const lookup: ModelLookup = {
    agency: (id) => agencies.get(id) ?? { id, name: id, shortName: null, group: null },
    group: (id) => (id === null ? null : (groups.get(id) ?? null)),
    pillarName: (id) => pillars.get(id) ?? id,
    planNumber: (id) => (id === null ? null : (plans.get(id) ?? id)),
  };
  LOOKUPS.set(model, lookup);
  return lookup;
}
