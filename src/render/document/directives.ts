/**
 * The directives a template writes as HTML comments, invisible wherever the
 * Markdown is shown (docs/templates.md lists them):
 *
 *   <!-- dx:header -->      …  <!-- dx:next -->  …  <!-- dx:end -->
 *   <!-- dx:title -->       …  <!-- dx:end -->
 *   <!-- dx:addressees -->  …  <!-- dx:end -->
 *   <!-- dx:signature -->   …  <!-- dx:end -->
 *   <!-- dx:recipients -->  …  <!-- dx:end -->
 *   <!-- dx:appendix [landscape|portrait] -->  …  <!-- dx:end -->
 *
 * Each opens a frame region (tree.ts, Role) that `end` closes; `next` starts
 * the region's next column. `appendix` also starts a new section (a new page,
 * its own page numbers), turned as asked or, by default, as its widest table
 * needs; its region is the appendix's head.
 */
import { TemplateError } from '../../errors/known-errors.js';
import { suggest } from '../../model/suggest.js';
import type { Block, Orientation, Role } from './tree.js';

export type Directive =
  | { directive: 'open'; role: Role; orientation: Orientation }
  | { directive: 'next' }
  | { directive: 'end' };

const ROLES: Readonly<Record<string, Role>> = {
  header: 'header',
  title: 'title',
  addressees: 'addressees',
  signature: 'signature',
  recipients: 'recipients',
  appendix: 'appendix-head',
};

/** Every directive's name, in the order docs/templates.md lists them. */
export const DIRECTIVE_NAMES = [
  'header',
  'next',
  'title',
  'addressees',
  'signature',
  'recipients',
  'appendix',
  'end',
] as const;

/** The words a directive may take after its name (one at most). */
const WORDS: Readonly<Record<string, readonly Orientation[]>> = {
  appendix: ['landscape', 'portrait'],
};

/** A `<!-- dx:` comment: what the author meant as a directive. */
const MEANT = /<!--\s*dx\s*:/i;
/** A directive as written: alone on its line, `dx:` and its name, words, the comment closed. */
const WRITTEN = /^(\s*<!--\s*dx:)(\S+?)((?:\s+(?!-->)\S+)*)\s*-->\s*$/;

/** What is wrong with a line meant as a directive, its 0-based column on the line. */
export interface DirectiveProblem {
  problem: 'templateUnknownDirective' | 'templateDirectiveWord' | 'templateDirectiveForm';
  args: string[];
  column: number;
}

/**
 * Reads a line: null when it is no directive (no `<!-- dx:` in it), else the
 * directive, or what is wrong with it — a name no directive has, a word it
 * does not take, or a comment not alone on its line or not closed on it.
 */
export function readDirective(line: string): Directive | DirectiveProblem | null {
  const meant = MEANT.exec(line);
  if (meant === null) return null;
  const written = WRITTEN.exec(line);
  if (written === null)
    return { problem: 'templateDirectiveForm', args: [line.trim()], column: meant.index };
  const [, lead = '', name = '', rest = ''] = written;
  if (!(DIRECTIVE_NAMES as readonly string[]).includes(name)) {
    const suggestion = suggest(name, DIRECTIVE_NAMES);
    return {
      problem: 'templateUnknownDirective',
      args: [name, suggestion === undefined ? '' : `dx:${suggestion}`, DIRECTIVE_LIST],
      column: lead.length,
    };
  }
  const allowed = WORDS[name] ?? [];
  let column = lead.length + name.length;
  let orientation: Orientation = 'auto';
  for (const word of rest.split(/(\s+)/)) {
    if (word !== '' && !/^\s+$/.test(word)) {
      const known = allowed.find((each) => each === word);
      if (known === undefined || orientation !== 'auto')
        return {
          problem: 'templateDirectiveWord',
          // A second word is refused as such: no suggestion.
          args: [
            name,
            word,
            known === undefined ? (suggest(word, allowed) ?? '') : '',
            allowed.join(', '),
          ],
          column,
        };
      orientation = known;
    }
    column += word.length;
  }
  if (name === 'next') return { directive: 'next' };
  if (name === 'end') return { directive: 'end' };
  return { directive: 'open', role: ROLES[name] ?? 'header', orientation };
}

const DIRECTIVE_LIST = DIRECTIVE_NAMES.map((name) => `dx:${name}`).join(', ');

/**
 * The directive an HTML block holds, or null for any other HTML (left out of
 * the document). A directive the template wrote wrongly was refused at its
 * line when the template was compiled (markdown/template-problems.ts); one
 * that only its rendering made wrong is refused here, without a line.
 */
export function parseDirective(html: string): Directive | null {
  if (!html.trimStart().startsWith('<!--')) return null;
  const read = readDirective(html.trim());
  if (read === null || 'directive' in read) return read;
  throw new TemplateError(read.problem, read.args);
}

/**
 * Blocks with the directives turned into regions and sections. A region
 * opened while another is open closes that one first; a `next` or `end`
 * outside a region is left out.
 */
export function* assembleRegions(items: Iterable<Block | Directive>): Iterable<Block> {
  let region: Extract<Block, { type: 'region' }> | null = null;
  for (const item of items) {
    if (!('directive' in item)) {
      if (region === null) yield item;
      else region.columns.at(-1)?.push(item);
      continue;
    }
    if (item.directive === 'next') {
      region?.columns.push([]);
      continue;
    }
    if (region !== null) yield region;
    region = null;
    if (item.directive === 'end') continue;
    if (item.role === 'appendix-head') yield { type: 'section', orientation: item.orientation };
    region = { type: 'region', role: item.role, columns: [[]] };
  }
  if (region !== null) yield region;
}
