/**
 * The renderer registry: one entry per report format, typed as a record over
 * the closed list (model/report-formats.ts), so a new format is one renderer
 * module plus one entry here and the compiler demands both. Each renderer
 * module is imported only when its format is asked for: exceljs and
 * Handlebars never load for a run that does not need them.
 */
import type { ReportModel } from '../compute/report-model.js';
import { ReportTooLargeError } from '../errors/known-errors.js';
import type { ReportFormat } from '../model/report-formats.js';
import { reportFileName, type Artifact, type Rendered } from './artifact.js';
import { safeStrings, safeText } from './safe-text.js';

export { REPORT_FORMATS, isReportFormat, type ReportFormat } from '../model/report-formats.js';

/** What a renderer may need besides the model, read by the caller (renderers do no I/O). */
export interface RenderInput {
  /** The Markdown template's text and, for messages, the file it came from. */
  template: { text: string; file: string };
  /** An office's .docx whose styles replace the Word briefing's (`--docx-reference`). */
  docxReference?: { bytes: Uint8Array; file: string } | undefined;
}

export type Renderer = (model: ReportModel, input: RenderInput) => Promise<Artifact> | Artifact;

export interface FormatEntry {
  /** Loads the renderer module (lazily). */
  load: () => Promise<Renderer>;
  /** Set when the renderer's document is only the source of this format, converted by convert/. */
  convertTo?: 'pdf';
}

const loadDocx = async () => (await import('./docx/render-docx.js')).renderDocx;

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
  docx: { load: loadDocx },
  // The PDF is the Word briefing as LibreOffice prints it (convert/pdf.ts).
  pdf: { load: loadDocx, convertTo: 'pdf' },
  // The same document as the Markdown and the Word file, as one web page (document/).
  html: {
    load: async () => (await import('./html/render-html.js')).renderHtml,
  },
};

/** Starts loading the renderers of these formats without waiting, so their files load while the dataset is read. */
export function preloadRenderers(formats: readonly ReportFormat[]): void {
  for (const format of formats) RENDERERS[format].load().catch(() => undefined);
}

/**
 * Renders every requested format, in registry order, each once; a format
 * made by converting another's document (pdf from docx) is handed on as a
 * Conversion, and a document both need is rendered once.
 */
export async function renderAll(
  model: ReportModel,
  formats: readonly ReportFormat[],
  input: RenderInput,
): Promise<Rendered[]> {
  // Sanitise once (safe-text.ts): no printer sees a character no document may carry.
  model = safeStrings(model);
  input = { ...input, template: { ...input.template, text: safeText(input.template.text) } };
  const rendered: Rendered[] = [];
  const done = new Map<Renderer, Artifact>();
  for (const format of Object.keys(RENDERERS) as ReportFormat[]) {
    if (!formats.includes(format)) continue;
    const entry = RENDERERS[format];
    const render = await entry.load();
    const artifact =
      done.get(render) ?? (await renderOrTooLarge(async () => render(model, input), format));
    done.set(render, artifact);
    rendered.push(
      entry.convertTo === undefined
        ? artifact
        : { name: reportFileName(model.period.code, format), to: entry.convertTo, from: artifact },
    );
  }
  return rendered;
}

/** Runs a renderer, turning "this text cannot exist" into a ReportTooLargeError for the format. */
async function renderOrTooLarge(
  render: () => Promise<Artifact>,
  format: ReportFormat,
): Promise<Artifact> {
  try {
    return await render();
  } catch (error) {
    if (
      error instanceof RangeError &&
      /Invalid string length|Array buffer allocation/.test(error.message)
    )
      throw new ReportTooLargeError(format);
    throw error;
  }
}
