/**
 * The page of the Word briefing (Nghị định 30/2020, Phụ lục I): A4, margins
 * top and bottom 20 mm, left 30 mm, right 15 mm (the ranges are 20–25, 20–25,
 * 30–35, 15–20 mm; the lower ends leave most room for tables). Lengths are in
 * twips (1/20 pt, 1/1440 inch), Word's unit.
 */

/** Twips in a millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

export const mm = (millimetres: number): number => Math.round(millimetres * TWIPS_PER_MM);

/** A4 portrait, in twips. */
export const A4 = { width: 11906, height: 16838 } as const;

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
  /** From the page's top edge to the page number, in the top margin. */
  header: number;
  footer: number;
}

/** Portrait pages of the body. */
export const PORTRAIT_MARGINS: Margins = {
  top: mm(20),
  right: mm(15),
  bottom: mm(20),
  left: mm(30),
  header: mm(10),
  footer: mm(10),
};

/**
 * Landscape pages of an appendix: turned a quarter, the binding edge (the
 * portrait's 30 mm left margin) becomes the top, and the portrait's 15 mm
 * right margin the bottom.
 */
export const LANDSCAPE_MARGINS: Margins = {
  top: mm(30),
  right: mm(20),
  bottom: mm(15),
  left: mm(20),
  header: mm(15),
  footer: mm(8),
};

/** The width text may take between the margins of a portrait page. */
export const PORTRAIT_TEXT_WIDTH = A4.width - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right;

/** The same on a landscape page. */
export const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;

/** First-line indent of body paragraphs: 1,27 cm (NĐ 30: 1 cm or 1,27 cm). */
export const FIRST_LINE_INDENT = 720;

/** A page as a section of the Word briefing prints it: its size as turned, and its margins. */
export interface Page {
  width: number;
  height: number;
  margins: Margins;
}

/** The pages of a document: the body's portrait pages and the landscape ones of a wide appendix. */
export interface PageSetup {
  portrait: Page;
  landscape: Page;
}

/** Nghị định 30's pages: A4, the margins above. */
export const BRIEFING_PAGES: PageSetup = {
  portrait: { width: A4.width, height: A4.height, margins: PORTRAIT_MARGINS },
  landscape: { width: A4.height, height: A4.width, margins: LANDSCAPE_MARGINS },
};

/** The width text may take between a page's margins. */
export const textWidthOf = (page: Page): number =>
  page.width - page.margins.left - page.margins.right;

/**
 * A page turned a quarter clockwise, as a portrait sheet is turned to read a
 * landscape table: its left (binding) margin becomes the top, its top the
 * right, its right the bottom, its bottom the left; the distances of the page
 * number from the edges stay. `back` turns a landscape page to portrait.
 */
export function turned(page: Page, back = false): Page {
  const { top, right, bottom, left, header, footer } = page.margins;
  const margins = back
    ? { top: right, right: bottom, bottom: left, left: top, header, footer }
    : { top: left, right: top, bottom: right, left: bottom, header, footer };
  return { width: page.height, height: page.width, margins };
}
