/**
 * The numbering of the briefing's headings and points (Nghị định 30/2020,
 * Phụ lục I): mục in Roman numerals (I, II …), khoản in Arabic (1, 2 …),
 * điểm in letters of the Vietnamese alphabet (a, b, c, d, đ, e …: no f, j, w,
 * z). Shared by every renderer that numbers headings.
 */

/** Point letters in Vietnamese alphabet order (NĐ 30/2020: no f, j, w, z). */
export const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

const ROMAN_DIGITS: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
]; // prettier-ignore

/** 1 → I, 4 → IV, 12 → XII. */
export function romanNumeral(value: number): string {
  let rest = Math.trunc(value);
  let text = '';
  for (const [amount, digits] of ROMAN_DIGITS) {
    for (; rest >= amount; rest -= amount) text += digits;
  }
  return text;
}

/** The letter of the point at an index: 0 → a, 4 → đ, 5 → e; then aa, ab … past the alphabet. */
export function pointLetter(index: number): string {
  const count = POINT_LETTERS.length;
  const letter = (i: number) => POINT_LETTERS[i % count] ?? '';
  return index < count ? letter(index) : letter(Math.floor(index / count) - 1) + letter(index);
}
