/**
 * The Markdown briefing: a Handlebars template (the default one is
 * templates/bao-cao.md.hbs, read by the caller) applied to the report model,
 * then normalised. Pure: the template arrives as text, the document leaves as
 * bytes.
 */
import Handlebars from 'handlebars';
import type { ReportModel } from '../../compute/report-model.js';
import { type Artifact, reportFileName, utf8 } from '../artifact.js';
import { HELPERS, withoutOptions } from './helpers.js';
import { normalizeMarkdown } from './markdown-text.js';
import { TemplateError } from './template-error.js';

export { TemplateError } from './template-error.js';

/** File name of the default template in the package's templates/ folder. */
export const DEFAULT_TEMPLATE_FILE = 'bao-cao.md.hbs';

export interface MarkdownOptions {
  /** The template source text; the CLI reads templates/bao-cao.md.hbs or `--template`. */
  template: string;
}

/** A compiled template: the report model in, the raw (not yet normalised) text out. */
export type CompiledTemplate = (model: ReportModel) => string;

// An isolated Handlebars environment, so helpers never leak into (or from) the global one.
const handlebars = Handlebars.create();
for (const [name, helper] of Object.entries(HELPERS)) {
  handlebars.registerHelper(name, withoutOptions(helper));
}

const compiled = new Map<string, CompiledTemplate>();

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Compiles a template once per distinct source text (later calls reuse it).
 * `noEscape`: Markdown is not HTML, so "&" stays "&" (user text is escaped for
 * Markdown by the `inline` and `cell` helpers instead). `strict`: a field the
 * model does not have is an error, not an empty string, so a typo in a custom
 * template cannot silently drop a figure. Syntax errors throw TemplateError.
 */
export function compileTemplate(source: string): CompiledTemplate {
  const cached = compiled.get(source);
  if (cached) return cached;
  try {
    // compile() is lazy; parsing first reports syntax errors here rather than at render.
    handlebars.parse(source);
  } catch (error) {
    throw new TemplateError(`Template syntax error: ${describe(error)}`);
  }
  const template = handlebars.compile<ReportModel>(source, { noEscape: true, strict: true });
  const render: CompiledTemplate = (model) => {
    try {
      return template(model);
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      throw new TemplateError(`Template error: ${describe(error)}`);
    }
  };
  compiled.set(source, render);
  return render;
}

/**
 * Renders the briefing to `bao-cao-cds-<PERIOD>.md`: NFC, LF line ends, no
 * trailing spaces, at most one blank line in a row, one final newline (see
 * normalizeMarkdown). The same model and template always give the same bytes.
 */
export function renderMarkdown(model: ReportModel, options: MarkdownOptions): Artifact {
  const text = normalizeMarkdown(compileTemplate(options.template)(model));
  return { name: reportFileName(model.period.code, 'md'), bytes: utf8(text) };
}
