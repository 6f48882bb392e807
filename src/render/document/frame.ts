/**
 * What a printer needs besides the document's words: the document's title
 * (the HTML page's title, the Word file's properties), its issuer and its
 * date (the Word file's properties and the date of every entry of its ZIP).
 * Settings, not sentences: the words are all the template's.
 */
import type { ReportModel } from '../../compute/report-model.js';
import type { IsoDate } from '../../model/types.js';

export interface DocumentFrame {
  title: string;
  organization: string;
  date: IsoDate;
}

/** The briefing's frame: "<title> <period>", the office, the day on its date line. */
export function briefingFrame(model: ReportModel): DocumentFrame {
  return {
    title: `${model.title} ${model.period.label}`,
    organization: model.organization.name,
    date: model.reportDate,
  };
}
