/**
 * How wide a text prints in Times New Roman, estimated from the font's
 * advance widths (the Adobe core-14 Times metrics, which Times New Roman and
 * Liberation Serif share; the Adobe set has no ơ or ư, whose horn widens
 * them: those are Liberation Serif 2's). Used to fit table columns to their
 * content and to draw the rules under the header lines at the length NĐ 30
 * asks for; an estimate, never a figure of the report.
 */

/** Advance widths in 1/1000 em of A–Z, a–z, then of the characters in OTHER, in that order. */
const REGULAR = {
  upper: [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611],
  lower: [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444],
  other: [250, 333, 500, 250, 250, 278, 278, 278, 333, 333, 833, 564, 778, 500, 1000, 444, 444, 333, 333, 564, 500],
}; // prettier-ignore
const BOLD = {
  upper: [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667],
  lower: [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444],
  other: [250, 333, 500, 250, 250, 333, 333, 278, 333, 333, 1000, 570, 833, 500, 1000, 500, 500, 333, 333, 570, 500],
}; // prettier-ignore
/** space - digit(0–9 share one width) , . : ; / ( ) % + & – — “ ” [ ] = ? */
const OTHER = [
  ' ',
  '-',
  '0',
  ',',
  '.',
  ':',
  ';',
  '/',
  '(',
  ')',
  '%',
  '+',
  '&',
  '–',
  '—',
  '“',
  '”',
  '[',
  ']',
  '=',
  '?',
];

/** O, U, o, u with the horn (Ơ Ư ơ ư and their toned forms): the horn sticks out to the right. */
const HORNED = {
  regular: { O: 722, U: 776, o: 529, u: 542 },
  bold: { O: 778, U: 796, o: 554, u: 600 },
} as const;
const HORN = '\u031b';

function advance(char: string, widths: typeof REGULAR): number {
  // Other Vietnamese letters print as wide as their base letter: the marks sit above or below it.
  const decomposed = char.normalize('NFD');
  const horned = decomposed.includes(HORN) ? decomposed[0] : undefined;
  if (horned === 'O' || horned === 'U' || horned === 'o' || horned === 'u')
    return HORNED[widths === BOLD ? 'bold' : 'regular'][horned];
  const base = char === 'Đ' ? 'D' : char === 'đ' ? 'd' : (decomposed[0] ?? char);
  const code = base.charCodeAt(0);
  if (code >= 65 && code <= 90) return widths.upper[code - 65] ?? 500;
  if (code >= 97 && code <= 122) return widths.lower[code - 97] ?? 500;
  const other = /\d/.test(base) ? 2 : OTHER.indexOf(base);
  return other >= 0 ? (widths.other[other] ?? 500) : 500;
}

/**
 * Advances already looked up, by UTF-16 code unit for the characters of the
 * Basic Multilingual Plane (0: not yet), by character for the others:
 * decomposing each character is most of the cost, and a table indexed by
 * code makes no one-character strings.
 */
const ADVANCES = { regular: new Uint16Array(0x10000), bold: new Uint16Array(0x10000) };
const ASTRAL = { regular: new Map<string, number>(), bold: new Map<string, number>() };
/** Whether a code unit separates words (as `\s` does): 0 not yet known, 1 a space, 2 not. */
const SPACES = new Uint8Array(0x10000);

/** The advance of the character whose UTF-16 code is `code` (not a surrogate). */
function advanceOfCode(code: number, bold: boolean): number {
  const known = bold ? ADVANCES.bold : ADVANCES.regular;
  let width = known[code] ?? 0;
  if (width === 0) known[code] = width = advance(String.fromCharCode(code), bold ? BOLD : REGULAR);
  return width;
}

function advanceOfAstral(char: string, bold: boolean): number {
  const known = bold ? ASTRAL.bold : ASTRAL.regular;
  let width = known.get(char);
  if (width === undefined) known.set(char, (width = advance(char, bold ? BOLD : REGULAR)));
  return width;
}

function isSpaceCode(code: number): boolean {
  let space = SPACES[code] ?? 0;
  if (space === 0) SPACES[code] = space = /\s/u.test(String.fromCharCode(code)) ? 1 : 2;
  return space === 1;
}

const twips = (thousandths: number, points: number) =>
  Math.ceil((thousandths * points * 20) / 1000);

/** The printed width of `text` at `points` size, in twips. */
export function textWidth(text: string, points: number, bold = false): number {
  return measureText(text, points, bold).line;
}

/** The width of the widest word of `text`: no column can be narrower without breaking a word. */
export function widestWord(text: string, points: number, bold = false): number {
  return measureText(text, points, bold).widest;
}

/**
 * `textWidth` and `widestWord` of a text in one pass over it (NFC): fitting
 * the columns of a long table measures every cell both ways; `ink`, the width
 * of its words without the spaces between them. A surrogate pair is one
 * character, as a string's iterator gives it; a lone surrogate one of its own.
 */
export function measureText(
  text: string,
  points: number,
  bold = false,
): { line: number; widest: number; ink: number } {
  const nfc = text.normalize('NFC');
  let line = 0;
  let ink = 0;
  let word = 0;
  let widest = 0;
  for (let at = 0; at < nfc.length; at += 1) {
    const code = nfc.charCodeAt(at);
    let width: number;
    let space: boolean;
    if (code < 0xd800 || code > 0xdfff) {
      width = advanceOfCode(code, bold);
      space = isSpaceCode(code);
    } else {
      const next = nfc.charCodeAt(at + 1);
      const pair = code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      const char = nfc.slice(at, pair ? at + 2 : at + 1);
      if (pair) at += 1;
      width = advanceOfAstral(char, bold);
      space = /\s/u.test(char);
    }
    line += width;
    if (space) {
      if (word > 0) widest = Math.max(widest, twips(word, points));
      word = 0;
    } else {
      word += width;
      ink += width;
    }
  }
  return {
    line: twips(line, points),
    widest: Math.max(widest, twips(word, points)),
    ink: twips(ink, points),
  };
}
