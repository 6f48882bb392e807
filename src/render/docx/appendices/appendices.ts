/**
 * The appendices the report has, in the outline's order (render/outline.ts),
 * each as its own section of the document.
 */
import type { ReportModel } from '../../../compute/report-model.js';
import { lookupIn, type ModelLookup } from '../../lookup.js';
import { appendixKeys } from '../../outline.js';
import { agenciesAppendix } from './agencies.js';
import type { Appendix } from './appendix-page.js';
import { rankingsAppendix } from './rankings.js';
import { tasksAppendix } from './tasks.js';
import { textsAppendix } from './texts.js';

export type { Appendix } from './appendix-page.js';

const APPENDICES: Readonly<Record<string, (model: ReportModel, lookup: ModelLookup) => Appendix>> =
  {
    rankings: rankingsAppendix,
    agencies: agenciesAppendix,
    texts: textsAppendix,
    tasks: tasksAppendix,
  };

export function appendices(model: ReportModel): Appendix[] {
  const lookup = lookupIn(model);
  return appendixKeys(model).map((key) => {
    const render = APPENDICES[key];
    if (render === undefined) throw new RangeError(`No Word appendix for "${key}"`);
    return render(model, lookup);
  });
}
