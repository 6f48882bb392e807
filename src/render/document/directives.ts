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
import type { Block, Orientation, Role } from './tree.js';

export type Directive =
  | { directive: 'open'; role: Role; orientation: Orientation }
  | { directive: 'next' }
  | { directive: 'end' };

const PATTERN = /^<!--\s*dx:([a-z-]+)((?:[ \t]+[a-z-]+)*)\s*-->\s*$/;

const ROLES: Readonly<Record<string, Role>> = {
  header: 'header',
  title: 'title',
  addressees: 'addressees',
  signature: 'signature',
  recipients: 'recipients',
  appendix: 'appendix-head',
};

/** The directive an HTML block holds, or null (any other HTML is left out of the document). */
export function parseDirective(html: string): Directive | null {
  const match = PATTERN.exec(html.trim());
  if (match === null) return null;
  const name = match[1] ?? '';
  const words = (match[2] ?? '').trim().split(/\s+/);
  if (name === 'next') return { directive: 'next' };
  if (name === 'end') return { directive: 'end' };
  const role = ROLES[name];
  if (role === undefined) return null;
  const orientation: Orientation = words.includes('landscape')
    ? 'landscape'
    : words.includes('portrait')
      ? 'portrait'
      : 'auto';
  return { directive: 'open', role, orientation };
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
