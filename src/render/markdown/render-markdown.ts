/**
 * The Markdown briefing: a Handlebars template (the default one is
 * templates/bao-cao.md.hbs, read by the pipeline) applied to the report model,
 * then normalised. Pure: the template arrives as text, the document leaves as
 * bytes.
 */
import type HandlebarsModule from 'handlebars';
import type { ReportModel } from '../../compute/report-model.js';
import { type Artifact, reportFileName, textArtifact } from '../artifact.js';
import type { RenderInput } from '../registry.js';
import { asHandlebarsHelper, HELPERS } from './helpers.js';
import { normalizeMarkdown, withoutDirectives } from './markdown-text.js';
import {
  OUTPUT_COUNTER_ENTRY,
  OUTPUT_COUNTER,
  useCountedOutput,
  withOutputLimit,
} from './counted-output.js';
import { useNullSafePaths } from './null-safe-paths.js';
import {
  EMPTY_HASH,
  EMPTY_HASH_ENTRY,
  HELPER_TABLE,
  useDirectHelperCalls,
} from './helper-calls.js';
import { directiveProblem, renderProblem, syntaxProblem } from './template-problems.js';

/** File name of the default template in the package's templates/ folder. */
export const DEFAULT_TEMPLATE_FILE = 'bao-cao.md.hbs';

/** A compiled template: the report model in, the raw (not yet normalised) text out. */
export type CompiledTemplate = (model: ReportModel) => string;

/**
 * `noEscape`: Markdown is not HTML, so "&" stays "&" (user text is escaped for
 * Markdown by the `inline` and `cell` helpers instead). `strict`: a field the
 * model does not have is an error, not an empty string, so a typo in a custom
 * template cannot silently drop a figure. Also used to precompile the default.
 */
export const TEMPLATE_OPTIONS = { noEscape: true, strict: true } as const;

type Handlebars = typeof HandlebarsModule;
type TemplateSpec = Parameters<Handlebars['template']>[0];

/** An isolated environment, so helpers never leak into (or from) the global one. */
export function environment(module: Handlebars): Handlebars {
  const handlebars = module.create();
  const table: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, helper] of Object.entries(HELPERS)) {
    table[name] = asHandlebarsHelper(helper);
    handlebars.registerHelper(name, table[name] as never);
  }
  for (const name of BUILT_IN_BLOCKS) table[name] = handlebars.helpers[name];
  // Not functions: Handlebars leaves them as they are (counted-output.ts, helper-calls.ts).
  handlebars.registerHelper(OUTPUT_COUNTER, OUTPUT_COUNTER_ENTRY as never);
  handlebars.registerHelper(HELPER_TABLE, table as never);
  handlebars.registerHelper(EMPTY_HASH_ENTRY, EMPTY_HASH as never);
  return handlebars;
}

/**
 * Handlebars's own block helpers that read no `lookupProperty` from their
 * options (only `lookup` does): the template calls them unwrapped too.
 */
const BUILT_IN_BLOCKS = ['if', 'unless', 'each', 'with'] as const;

/**
 * An environment that compiles templates as every template here is compiled:
 * paths null-safe, output counted, helpers called directly. Also used to
 * precompile the default template (scripts/compile-template.mjs).
 */
export function compilingEnvironment(module: Handlebars): Handlebars {
  return useDirectHelperCalls(useCountedOutput(useNullSafePaths(environment(module))), [
    ...Object.keys(HELPERS),
    ...BUILT_IN_BLOCKS,
  ]);
}

/**
 * The default template, precompiled by `npm run build` (scripts/compile-template.mjs)
 * to dist/render/markdown/default-template.mjs, with the source it was made from.
 * Rendering it needs only Handlebars's runtime: no template parsing, and a
 * fraction of the compiler's load time. Running from the TypeScript sources
 * (tests), or for any other template text, the compiler is loaded instead.
 */
let precompiled: Promise<{ source: string; spec: TemplateSpec } | null> | undefined;
let runtime: Handlebars | undefined;
let compiler: Handlebars | undefined;

/** Written by scripts/compile-template.mjs; absent when running from the sources. */
const PRECOMPILED = './default-template.mjs';

async function precompiledFor(source: string): Promise<TemplateSpec | undefined> {
  precompiled ??= import(PRECOMPILED).then(
    (module: { default: { source: string; spec: TemplateSpec } }) => module.default,
    () => null,
  );
  const found = await precompiled;
  return found?.source === source ? found.spec : undefined;
}

/** Handlebars's default for inherited properties and methods (denied), given so it is not warned about. */
const NO_PROTOTYPE_ACCESS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
} as const;

/** Handlebars as an ES module default: the CommonJS exports. */
async function loadHandlebars(entry: 'handlebars' | 'handlebars/runtime'): Promise<Handlebars> {
  const module = (await (entry === 'handlebars'
    ? import('handlebars')
    : import('handlebars/runtime.js'))) as unknown as { default: Handlebars };
  return module.default;
}

const compiled = new Map<string, CompiledTemplate>();

/**
 * Compiles a template once per distinct source text (later calls reuse it),
 * with TEMPLATE_OPTIONS. Syntax errors and mistyped layout directives throw
 * TemplateError.
 */
export async function compileTemplate(source: string): Promise<CompiledTemplate> {
  const cached = compiled.get(source);
  if (cached) return cached;
  const spec = await precompiledFor(source);
  let template: HandlebarsTemplateDelegate<ReportModel>;
  let handlebars: Handlebars;
  if (spec) {
    handlebars = runtime ??= environment(await loadHandlebars('handlebars/runtime'));
    template = runtime.template<ReportModel>(spec);
  } else {
    handlebars = compiler ??= compilingEnvironment(await loadHandlebars('handlebars'));
    try {
      // compile() is lazy; parsing first reports syntax errors here rather than at render.
      compiler.parse(source);
    } catch (error) {
      throw syntaxProblem(source, error);
    }
    template = compiler.compile<ReportModel>(source, TEMPLATE_OPTIONS);
  }
  // A mistyped layout directive would be left out of every document without a word.
  const directive = directiveProblem(source);
  if (directive !== undefined) throw directive;
  const render: CompiledTemplate = (model) => {
    try {
      // The source goes to the helpers, which name a missing argument as it was written;
      // `named` holds the agencies this rendering has introduced by full name.
      // Inherited properties stay denied, said explicitly: Handlebars otherwise prints a warning
      // of its own to the terminal for each one a template asks for.
      const options = { data: { source, named: new Set<string>() }, ...NO_PROTOTYPE_ACCESS };
      return withOutputLimit(() => template(model, options));
    } catch (error) {
      throw renderProblem(source, error, error instanceof handlebars.Exception);
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
export async function renderMarkdown(model: ReportModel, input: RenderInput): Promise<Artifact> {
  const text = withoutDirectives(await briefingMarkdown(model, input));
  return textArtifact(reportFileName(model.period.code, 'md'), text);
}

/** The last briefing rendered for a model, by template text: md, html and docx of one run share it. */
const rendered = new WeakMap<ReportModel, { source: string; text: string }>();

/** The briefing's Markdown (normalised, directives kept), which the Word and HTML printers read (document/). */
export async function briefingMarkdown(model: ReportModel, input: RenderInput): Promise<string> {
  const last = rendered.get(model);
  if (last?.source === input.template.text) return last.text;
  const text = normalizeMarkdown((await compileTemplate(input.template.text))(model));
  rendered.set(model, { source: input.template.text, text });
  return text;
}
