/**
 * The whole flow on one screen: read and validate → compute → render → write.
 * Only load/ and write/ touch the disk; the stages between are pure. The CLI
 * and library callers both call these functions: the CLI only turns flags into
 * options and the result into printed lines and an exit code.
 *
 *   const result = await buildReports({ data: 'data', period: '2024-H1', formats: ['md', 'json'] });
 *   if (result.status === 'invalid') console.log(result.diagnostics);
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeReport } from './compute/compute-report.js';
import type { ReportModel } from './compute/report-model.js';
import { hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import type { Limits } from './dataset/limits.js';
import { asUsageError, UsageError } from './errors/known-errors.js';
import { listDataset, readSourceFile, type ListedDataset } from './load/load-dataset.js';
import type { ReportFormat } from './model/report-formats.js';
import type { Dataset, Settings } from './model/types.js';
import {
  pathOption,
  resolveFormats,
  resolveLimits,
  resolveOutputPaths,
  type BuildOptions,
  type OutputOptions,
  type ReadOptions,
  type RenderOptions,
} from './options/build-options.js';
import { readReference, readTemplate } from './options/input-files.js';
import { checkOutputFolder } from './options/output-folder.js';
import {
  resolveReportOptions,
  type ReportOptions,
  type ReportRequest,
} from './options/report-request.js';
import { finishConversions, findSoffice } from './convert/pdf.js';
import { fcMatch, substitutedFont, type FontMatcher } from './convert/pdf-font.js';
import { artifactSize, type Artifact, type Rendered } from './render/artifact.js';
import { preloadRenderers, renderAll } from './render/registry.js';
import { validateDataset } from './validate/validate-dataset.js';
import { reportNotices } from './compute/report-notices.js';
import { DIAGNOSTIC_SEVERITY } from './diagnostics/codes.js';
import { writeArtifacts, type WrittenFile } from './write/write-artifacts.js';

export type {
  BuildOptions,
  OutputOptions,
  ReadOptions,
  RenderOptions,
} from './options/build-options.js';
export type { ReportOptions } from './options/report-request.js';

/** The bundled Markdown template (templates/ of the package). */
export const DEFAULT_TEMPLATE = fileURLToPath(
  new URL('../templates/bao-cao.md.hbs', import.meta.url),
);

export interface CheckedDataset {
  /** Present when the dataset has no error (warnings allowed). */
  dataset?: Dataset;
  /** Every problem found, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** dx-report.yaml as read, even when other files have errors: run defaults (language) come from it. */
  settings?: Settings;
  /** How many dataset files were read. */
  fileCount: number;
  /** The dataset folder, resolved. */
  dataDir: string;
}

/** Reads and validates a dataset folder (spec § Errors: every problem, each at its place). */
export async function checkDataset(options: ReadOptions): Promise<CheckedDataset> {
  const dataDir = path.resolve(options.cwd ?? '.', pathOption('data', options.data) ?? '');
  const limits = resolveLimits(options.limits);
  const listed = listFolder(dataDir, limits);
  const result = await validateDataset({
    files: listed.files,
    loadDiagnostics: listed.diagnostics,
    read: (file) => readSourceFile(dataDir, file),
    limits,
    onProgress: options.onProgress,
  });
  return { ...result, fileCount: listed.files.length, dataDir };
}

function listFolder(dataDir: string, limits: Limits): ListedDataset {
  try {
    return listDataset(dataDir, limits);
  } catch (error) {
    throw asUsageError(error);
  }
}

/** Computes the report model of a valid dataset for a period (spec § Derived figures). */
export function buildModel(dataset: Dataset, options: ReportOptions): ReportModel {
  return computeFor(dataset, resolveReportOptions(options));
}

function computeFor(dataset: Dataset, request: ReportRequest): ReportModel {
  return computeReport(dataset, request);
}

/**
 * Renders the model in every requested format (registry order); bad
 * templates and reference documents are usage errors. A PDF is the Word
 * briefing converted by LibreOffice (convert/pdf.ts).
 */
export async function renderReports(
  model: ReportModel,
  options: RenderOptions,
): Promise<Artifact[]> {
  const formats = resolveFormats(options.formats) ?? ['md'];
  requireConverters(formats);
  const templateFile = pathOption('--template', options.template) ?? DEFAULT_TEMPLATE;
  const reference = pathOption('--docx-reference', options.docxReference);
  return renderFormats(model, formats, {
    templateFile: path.resolve(templateFile),
    docxReferenceFile: reference === undefined ? undefined : path.resolve(reference),
  });
}

interface RenderFiles {
  templateFile: string;
  docxReferenceFile: string | undefined;
  /** The environment of LibreOffice; default the process's. */
  env?: OutputOptions['env'];
}

/** A PDF needs LibreOffice: without it, say what to install before any work is done. */
function requireConverters(
  formats: readonly ReportFormat[],
  env: OutputOptions['env'] = process.env,
): void {
  if (formats.includes('pdf') && findSoffice(env.PATH) === null)
    throw new UsageError('noLibreOffice');
}

/** The formats printed from the template's Markdown: the briefing as a reader, Word or a browser gets it. */
const BRIEFING_FORMATS: ReadonlySet<ReportFormat> = new Set(['md', 'html', 'docx', 'pdf']);

async function renderFormats(
  model: ReportModel,
  formats: readonly ReportFormat[],
  files: RenderFiles,
): Promise<Artifact[]> {
  const { templateFile, docxReferenceFile } = files;
  // Every briefing format prints the template's document (render/document/).
  const briefing = formats.some((format) => BRIEFING_FORMATS.has(format));
  const text = briefing ? readTemplate(templateFile) : '';
  const wordFormats = formats.includes('docx') || formats.includes('pdf');
  const docxReference =
    wordFormats && docxReferenceFile !== undefined
      ? { bytes: readReference(docxReferenceFile), file: docxReferenceFile }
      : undefined;
  let rendered: Rendered[];
  try {
    rendered = await renderAll(model, formats, {
      template: { text, file: templateFile },
      docxReference,
    });
  } catch (error) {
    // The user's template or reference document is at fault, not the program: no stack.
    throw asUsageError(error, { template: templateFile, docxReference: docxReferenceFile });
  }
  try {
    return await finishConversions(rendered, files.env);
  } catch (error) {
    throw asUsageError(error);
  }
}

/** Writes reports into a folder, all or nothing; never into the dataset through a link. */
export async function writeReports(
  outDir: string,
  artifacts: readonly Artifact[],
  options: { data?: string } = {},
): Promise<WrittenFile[]> {
  if (options.data !== undefined) await checkOutputFolder(outDir, path.resolve(options.data));
  return writeArtifacts(outDir, artifacts);
}

export interface BuildResult extends CheckedDataset {
  /** invalid: errors (or warnings with `strict`), nothing written; planned: a dry run; written: the reports are in place. */
  status: 'invalid' | 'planned' | 'written';
  /** The model, unless the dataset was invalid. */
  model?: ReportModel;
  /** The reports' paths and sizes: written, or that would be written in a dry run. */
  files: WrittenFile[];
}

/**
 * The notices about what the briefing says (report-notices.ts), as warnings
 * on the files they concern; the parts left to fill only when `formats`
 * print the briefing.
 */
export function reportWarnings(
  model: ReportModel,
  formats: readonly ReportFormat[] = ['md'],
): Diagnostic[] {
  const briefing = formats.some((format) => BRIEFING_FORMATS.has(format));
  return reportNotices(model, { briefing }).map(({ code, file, args }) => ({
    code,
    severity: DIAGNOSTIC_SEVERITY[code],
    file,
    line: 0,
    column: 0,
    args,
  }));
}

/**
 * A warning on each PDF set in another font than Times New Roman, naming the
 * font used (convert/pdf-font.ts): the machine lacks it, not the data, so it
 * is said once the PDF is written and never fails a --strict build.
 */
export function pdfFontWarnings(artifacts: readonly Artifact[], match: FontMatcher): Diagnostic[] {
  const pdfs = artifacts.filter((artifact) => artifact.name.endsWith('.pdf'));
  const substituted = pdfs.length === 0 ? null : substitutedFont(match);
  if (substituted === null) return [];
  return pdfs.map((pdf) => ({
    code: 'pdf-font-substituted',
    severity: DIAGNOSTIC_SEVERITY['pdf-font-substituted'],
    file: pdf.name,
    line: 0,
    column: 0,
    args: substituted,
  }));
}

/**
 * The whole build: checks the options, reads and validates the dataset,
 * computes the model, renders every format and writes them into the output
 * folder, all or nothing. Nothing is written from bad data. Options win over
 * the dataset's `defaults`; a bad option throws a UsageError before the
 * dataset is read.
 */
export async function buildReports(options: BuildOptions): Promise<BuildResult> {
  const request = resolveReportOptions(options);
  const asked = resolveFormats(options.formats);
  if (asked) requireConverters(asked, options.env);
  preloadRenderers(asked ?? ['md']);
  const checked = await checkDataset(options);
  const { dataset, diagnostics } = checked;
  if (!dataset || hasErrors(diagnostics) || (options.strict === true && diagnostics.length > 0))
    return { ...checked, status: 'invalid', files: [] };
  const formats = asked ??
    resolveFormats(dataset.settings.defaults.formats, 'defaults.formats') ?? ['md'];
  requireConverters(formats, options.env);
  const { outDir, templateFile, docxReferenceFile } = resolveOutputPaths(
    options,
    dataset.settings.defaults,
    checked.dataDir,
  );
  const model = computeFor(dataset, {
    ...request,
    plans: request.plans ?? dataset.settings.defaults.plans,
  });
  const warned = reportWarnings(model, formats);
  if (options.strict === true && warned.length > 0)
    return { ...checked, diagnostics: [...diagnostics, ...warned], status: 'invalid', files: [] };
  const artifacts = await renderFormats(model, formats, {
    templateFile: templateFile ?? DEFAULT_TEMPLATE,
    docxReferenceFile,
    env: options.env,
  });
  if (options.dryRun === true) {
    const planned = artifacts.map((artifact) => ({
      path: path.join(outDir, artifact.name),
      bytes: artifactSize(artifact),
    }));
    return {
      ...checked,
      diagnostics: [...diagnostics, ...warned],
      status: 'planned',
      model,
      files: planned,
    };
  }
  const files = await writeReports(outDir, artifacts, { data: checked.dataDir });
  const fonts = pdfFontWarnings(artifacts, fcMatch(options.env));
  return {
    ...checked,
    diagnostics: [...diagnostics, ...warned, ...fonts],
    status: 'written',
    model,
    files,
  };
}
