/**
 * The page of an office's reference document (`--docx-reference`), as pandoc
 * takes it from its `--reference-doc`: the size and margins of the body's
 * section (the last `<w:sectPr>` of word/document.xml). A portrait reference
 * gives the body's pages, and the landscape pages of a wide appendix are the
 * same sheet turned (layout/page.ts); a landscape reference gives those, and
 * the portrait pages are it turned back. What the reference does not say
 * (no section, no size, no margins) stays the briefing's; a reference that
 * keeps the briefing's own page keeps its landscape pages exactly too.
 */
import { DocxReferenceError } from '../../errors/known-errors.js';
import { BRIEFING_PAGES, turned, type Page, type PageSetup } from '../layout/page.js';

/** Twips in one of each unit a length may be written in (ECMA-376's universal measure). */
const UNITS: Readonly<Record<string, number>> = {
  mm: 1440 / 25.4,
  cm: 1440 / 2.54,
  in: 1440,
  pt: 20,
  pc: 240,
  pi: 240,
};

/** A length in twips: a whole number, or a number and a unit ("2cm"); null when not one. */
function twips(value: string | undefined): number | null {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*$/.exec(value ?? '');
  if (match === null) return null;
  return Math.round(
    Math.abs(Number(match[1])) * (match[2] === undefined ? 1 : (UNITS[match[2]] ?? 1)),
  );
}

/** The attributes of the first element `name` in `xml`, by local name (w:top → top). */
function attributes(xml: string, name: string): Record<string, string> | null {
  const element = new RegExp(`<w:${name}\\b([^>]*)>`).exec(xml);
  if (element === null) return null;
  const found: Record<string, string> = {};
  for (const [, key = '', value = ''] of (element[1] ?? '').matchAll(/w:(\w+)="([^"]*)"/g))
    found[key] = value;
  return found;
}

/** The body's section properties: the last sectPr of the document. */
function bodySection(documentXml: string): string | null {
  const start = documentXml.lastIndexOf('<w:sectPr');
  if (start < 0) return null;
  const end = documentXml.indexOf('</w:sectPr>', start);
  return documentXml.slice(start, end < 0 ? undefined : end);
}

/** Smallest and largest side of a page Word accepts, in twips (0,1 inch to 22 inches). */
const SIDE = { min: 144, max: 31_680 };
/** The least room a page must leave for text, each way, in twips (2 cm). */
const ROOM = 1134;

function usable(page: Page): boolean {
  const { top, right, bottom, left } = page.margins;
  const sides = [page.width, page.height];
  return (
    sides.every((side) => side >= SIDE.min && side <= SIDE.max) &&
    page.width - left - right >= ROOM &&
    page.height - top - bottom >= ROOM
  );
}

/** The pages of a reference document's word/document.xml: its body's, and the other way turned. */
export function referencePages(documentXml: string): PageSetup {
  const section = bodySection(documentXml);
  if (section === null) return BRIEFING_PAGES;
  const size = attributes(section, 'pgSz');
  const margins = attributes(section, 'pgMar');
  const ours = BRIEFING_PAGES.portrait;
  let width = twips(size?.w) ?? ours.width;
  let height = twips(size?.h) ?? ours.height;
  const landscape = size?.orient === 'landscape' || width > height;
  if (landscape && width < height) [width, height] = [height, width];
  const base = landscape ? BRIEFING_PAGES.landscape.margins : ours.margins;
  const read = (key: keyof typeof base) => twips(margins?.[key]) ?? base[key];
  const page: Page = {
    width,
    height,
    margins: {
      top: read('top'),
      right: read('right'),
      bottom: read('bottom'),
      left: read('left'),
      header: read('header'),
      footer: read('footer'),
    },
  };
  if (!usable(page)) throw new DocxReferenceError('bad-page');
  const same = (a: Page, b: Page) => JSON.stringify(a) === JSON.stringify(b);
  if (same(page, landscape ? BRIEFING_PAGES.landscape : ours)) return BRIEFING_PAGES;
  return landscape
    ? { portrait: turned(page, true), landscape: page }
    : { portrait: page, landscape: turned(page) };
}
