/**
 * The renderer registry: one entry per report format, typed as a record over
 * the closed list (model/report-formats.ts), so a new format is one renderer
 * module plus one entry here and the compiler demands both. Each renderer
 * module is imported only when its format is asked for: exceljs and
 * Handlebars never load for a run that does not need them.
 */
import type { ReportModel } from '../compute/report-model.js';
import type { ReportFormat } from '../model/report-formats.js';
import type { Artifact } from './artifact.js';

export { REPORT_FORMATS, isReportFormat, type ReportFormat } from '../model/report-formats.js';

/** What a renderer may need besides the model, read by the caller (renderers do no I/O). */
export interface RenderInput {
  /** The Markdown template's text and, for messages, the file it came from. */
  template: { text: string; file: string };
}

export type Renderer = (model: ReportModel, input: RenderInput) => Promise<Artifact> | Artifact;

export interface FormatEntry {
  /** Loads the renderer module (lazily). */
  load: () => Promise<Renderer>;
}

export const RENDERERS: Readonly<Record<ReportFormat, FormatEntry>> = {
  md: {
    load: async () => (await import('./markdown/render-markdown.js')).renderMarkdown,
  },
  json: {
    load: async () => (await import('./json.js')).renderJson,
  },
  xlsx: {
    load: async () => (await import('./xlsx/render-xlsx.js')).renderXlsx,
  },
};

/** Starts loading the renderers of these formats without waiting, so their files load while the dataset is read. */
export function preloadRenderers(formats: readonly ReportFormat[]): void {
  for (const format of formats) RENDERERS[format].load().catch(() => undefined);
}

/**
 * A report larger than the longest text JavaScript can hold (about 512 million
 * characters): a dataset near its size limit, in a verbose format. Said as
 * such (exit 3, one line) rather than as V8's "Invalid string length".
 */
export class ReportTooLargeError extends Error {
  override readonly name = 'ReportTooLargeError';
  constructor(readonly format: ReportFormat) {
    super(`the ${format} report is too large to write`);
  }
}

/** Renders every requested format, in registry order, each once. */
export async function renderAll(
  model: ReportModel,
  formats: readonly ReportFormat[],
  input: RenderInput,
): Promise<Artifact[]> {
  const artifacts: Artifact[] = [];
  for (const format of Object.keys(RENDERERS) as ReportFormat[]) {
    if (!formats.includes(format)) continue;
    const render = await RENDERERS[format].load();
    try {
      artifacts.push(await render(model, input));
    } catch (error) {
      if (
        error instanceof RangeError &&
        /Invalid string length|Array buffer allocation/.test(error.message)
      )
        throw new ReportTooLargeError(format);
      throw error;
    }
  }
  return artifacts;
}
