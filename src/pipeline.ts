/**
 * The whole flow on one screen: load → validate → compute → render → write.
 * Only load/ and write/ touch the disk; the CLI turns the result into output and
 * an exit code.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeReport } from './compute/compute-report.js';
import type { ReportModel } from './compute/report-model.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { listDataset, type LoadProgress } from './load/load-dataset.js';
import { threadCount, validateFolder } from './parallel/validate-folder.js';
import type { Period } from './model/period.js';
import type { Dataset, IsoDate, Settings } from './model/types.js';
import type { Artifact } from './render/artifact.js';
import type { Limits } from './validate/limits.js';
import { writeArtifacts, type WrittenFile } from './write/write-artifacts.js';

export type ReportFormat = 'md' | 'json' | 'xlsx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['md', 'json', 'xlsx'];

/** The package's own templates/ folder, where the default briefing template lives. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

export interface CheckedDataset {
  dataset?: Dataset;
  diagnostics: Diagnostic[];
  /** dx-report.yaml as read, even when other files have errors: the CLI takes run defaults (language) from it. */
  settings?: Settings;
  /** How many dataset files were read. */
  fileCount: number;
}

/**
 * Reads and validates a dataset folder; `onProgress` follows the reading, for a
 * progress line. Large datasets are read on worker threads (`jobs`: how many;
 * default: automatic, 1 to stay on the main thread); the result is the same.
 */
export async function checkDataset(
  dataDir: string,
  limits: Limits,
  onProgress?: LoadProgress,
  jobs?: number,
): Promise<CheckedDataset> {
  const listed = await listDataset(dataDir, limits);
  const recordBytes = listed.files
    .filter((file) => file.kind === 'tasks' || file.kind === 'assessment')
    .reduce((sum, file) => sum + file.bytes, 0);
  const result = await validateFolder({
    folder: dataDir,
    files: listed.files,
    loadDiagnostics: listed.diagnostics,
    limits,
    threads: threadCount(recordBytes, jobs),
    onProgress,
  });
  return { ...result, fileCount: listed.files.length };
}

export interface ReportOptions {
  period: Period;
  asOf?: IsoDate | undefined;
  compare?: Period | undefined;
  reportDate?: IsoDate | undefined;
}

export function buildModel(dataset: Dataset, options: ReportOptions): ReportModel {
  return computeReport(dataset, options);
}

export interface RenderOptions {
  formats: readonly ReportFormat[];
  /** A Handlebars template file for the Markdown briefing; default: templates/bao-cao.md.hbs. */
  templateFile?: string;
}

const RENDERER_MODULES = {
  md: () => import('./render/markdown/render-markdown.js'),
  json: () => import('./render/json.js'),
  xlsx: () => import('./render/xlsx/render-xlsx.js'),
} as const;

/**
 * Starts loading the renderers of these formats (Handlebars, exceljs) without
 * waiting, so their files are read while the dataset is checked. A failure
 * here surfaces again, with its context, in renderReports.
 */
export function preloadRenderers(formats: readonly ReportFormat[]): void {
  for (const format of formats) RENDERER_MODULES[format]().catch(() => undefined);
}

/** Renders every requested format; each renderer (Handlebars, exceljs) loads only when its format is asked for. */
export async function renderReports(
  model: ReportModel,
  options: RenderOptions,
): Promise<Artifact[]> {
  const artifacts: Artifact[] = [];
  for (const format of REPORT_FORMATS.filter((name) => options.formats.includes(name))) {
    if (format === 'md') {
      const { DEFAULT_TEMPLATE_FILE, renderMarkdown } = await RENDERER_MODULES.md();
      const templateFile = options.templateFile ?? path.join(TEMPLATES_DIR, DEFAULT_TEMPLATE_FILE);
      const template = await readFile(templateFile, 'utf8');
      artifacts.push(renderMarkdown(model, { template }));
    } else if (format === 'json') {
      const { renderJson } = await RENDERER_MODULES.json();
      artifacts.push(renderJson(model));
    } else {
      const { renderXlsx } = await RENDERER_MODULES.xlsx();
      artifacts.push(await renderXlsx(model));
    }
  }
  return artifacts;
}

export async function writeReports(
  outDir: string,
  artifacts: readonly Artifact[],
): Promise<WrittenFile[]> {
  return writeArtifacts(outDir, artifacts);
}
