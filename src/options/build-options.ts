/**
 * The options of a build besides the period (report-request.ts): where the
 * data and the reports are, which formats and limits. Each has a
 * documented default; a bad value is a UsageError naming the option.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { BYTES_PER_NODE, DEFAULT_LIMITS, type Limits } from '../dataset/limits.js';
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from '../model/report-formats.js';
import type { RunDefaults } from '../model/types.js';
import { UsageError } from '../errors/known-errors.js';
import type { ReportOptions } from './report-request.js';

export interface ReadOptions {
  /** The dataset folder. Required. */
  data: string;
  /** Resource limits; each defaults to DEFAULT_LIMITS. */
  limits?: Partial<Limits> | undefined;
  /** @deprecated Ignored: the dataset is read on one thread (worker threads saved no time; CHANGELOG). */
  jobs?: unknown;
  /** Follows the reading: `done` of `total` files (for a progress line). */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** The folder relative paths start from; default: the process's working folder. */
  cwd?: string | undefined;
}

export interface OutputOptions {
  /** Formats as a list or a comma-separated text; default: the dataset's `defaults.formats`, else `md`. */
  formats?: string | readonly string[] | undefined;
  /** Folder of the reports; default: the dataset's `defaults.out` (from the dataset folder), else `reports` in `cwd`. */
  out?: string | undefined;
  /** A Handlebars template for the Markdown; default: the dataset's `defaults.template`, else the bundled one. */
  template?: string | undefined;
  /** A .docx whose styles the Word briefing takes; default: the dataset's `defaults.docx_reference`, else none. */
  docxReference?: string | undefined;
  /** The folder relative paths of these options start from; default: the process's working folder. */
  cwd?: string | undefined;
  /** Where LibreOffice is looked for (PATH) and the environment it runs in; default: the process's. */
  env?: Readonly<Record<string, string | undefined>> | undefined;
}

export interface RenderOptions {
  formats: string | readonly string[];
  /** A Handlebars template file for the Markdown; default: the bundled one. */
  template?: string | undefined;
  /** A .docx whose styles the Word briefing (and its PDF) takes; default: none. */
  docxReference?: string | undefined;
}

export interface BuildOptions extends ReadOptions, ReportOptions, OutputOptions {
  /** Warnings fail the build too (no report written); default false. */
  strict?: boolean | undefined;
  /** Validate, compute and render, but write nothing; default false. */
  dryRun?: boolean | undefined;
}

const ALLOWED = REPORT_FORMATS.join(', ');

/** A value as a message shows it: text as is, anything else as JSON. */
export const shown = (value: unknown): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');

/** Formats in registry order, each once; undefined when not given. */
export function resolveFormats(value: unknown, option = '--format'): ReportFormat[] | undefined {
  if (value === undefined) return undefined;
  const names =
    typeof value === 'string'
      ? value.split(',')
      : Array.isArray(value) && value.every((item): item is string => typeof item === 'string')
        ? value
        : undefined;
  if (names === undefined) throw new UsageError('badOption', option, 'a list of formats');
  const wanted = names.map((name) => name.trim().toLowerCase()).filter(Boolean);
  for (const name of wanted)
    if (!isReportFormat(name)) throw new UsageError('badFormat', name, ALLOWED);
  if (wanted.length === 0) throw new UsageError('noFormat', ALLOWED);
  return REPORT_FORMATS.filter((format) => wanted.includes(format));
}

/**
 * The limits with the given ones in place of the defaults. The node limit
 * follows the file limit (one node per BYTES_PER_NODE bytes) unless given.
 */
export function resolveLimits(value: Partial<Limits> | undefined): Limits {
  const nodes =
    value?.maxFileBytes === undefined || value.maxNodes !== undefined
      ? {}
      : { maxNodes: Math.ceil(value.maxFileBytes / BYTES_PER_NODE) };
  const limits = { ...DEFAULT_LIMITS, ...nodes, ...value };
  for (const [name, number] of Object.entries(limits)) {
    if (typeof number !== 'number' || !Number.isFinite(number) || number <= 0)
      throw new UsageError('badNumber', name, String(number));
  }
  return limits;
}

/** A folder or file option: a non-empty text, or undefined. */
export function pathOption(option: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new UsageError('badOption', option, 'a path');
  if (value.trim() === '') throw new UsageError('emptyOption', option);
  return value;
}

const inside = (child: string, parent: string): boolean => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * A path with its symbolic links resolved: the real path of its deepest part
 * that exists, the rest (not made yet) as written. A link inside the dataset
 * to /etc/passwd is then seen where it leads.
 */
function realPath(absolute: string): string {
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

export interface OutputPaths {
  outDir: string;
  /** undefined: the bundled template. */
  templateFile: string | undefined;
  /** undefined: the Word briefing's own styles. */
  docxReferenceFile: string | undefined;
}

/**
 * Where reports go, which template and Word reference document render them. An option wins (from
 * `cwd`); else the dataset's `defaults` (from the dataset folder), which may
 * name only places inside the dataset folder or `cwd`: a dataset comes from
 * many hands, and must not make a build read or write elsewhere. Without
 * either, reports go to `<cwd>/reports`, which may not lie inside the data.
 */
export function resolveOutputPaths(
  options: OutputOptions,
  defaults: RunDefaults,
  dataDir: string,
): OutputPaths {
  const cwd = path.resolve(options.cwd ?? '.');
  // Links resolved before the check; a file the dataset names (read into the report) stays inside the dataset.
  const fromDataset = (key: 'out' | 'template' | 'docx_reference', value: string) => {
    const resolved = path.resolve(dataDir, value);
    const real = realPath(resolved);
    const realData = realPath(path.resolve(dataDir));
    if (key !== 'out' && !inside(real, realData))
      throw new UsageError('defaultFileOutside', key, value);
    if (!inside(real, realData) && !inside(real, realPath(cwd)))
      throw new UsageError('defaultOutside', key, value);
    return resolved;
  };
  const out = pathOption('--out', options.out);
  const template = pathOption('--template', options.template);
  let outDir: string;
  if (out !== undefined) outDir = path.resolve(cwd, out);
  else if (defaults.out !== undefined) outDir = fromDataset('out', defaults.out);
  else {
    outDir = path.join(cwd, 'reports');
    if (inside(outDir, dataDir)) throw new UsageError('implicitOutInsideData', outDir);
  }
  const templateFile =
    template !== undefined
      ? path.resolve(cwd, template)
      : defaults.template !== undefined
        ? fromDataset('template', defaults.template)
        : undefined;
  const reference = pathOption('--docx-reference', options.docxReference);
  const docxReferenceFile =
    reference !== undefined
      ? path.resolve(cwd, reference)
      : defaults.docxReference !== undefined
        ? fromDataset('docx_reference', defaults.docxReference)
        : undefined;
  return { outDir, templateFile, docxReferenceFile };
}
