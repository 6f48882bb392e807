/**
 * Printed widths in Times New Roman at 12 pt, in twips: a line's and its
 * widest word's, each character once however it is written (NFC; a character
 * outside the Basic Multilingual Plane one character, of the default width).
 */
import { describe, expect, it } from 'vitest';
import { measureText, textWidth, widestWord } from '../../../src/render/layout/text-width.js';

describe('measureText', () => {
  it('measures a line and its widest word: "a" 444, "b" 500, a space 250 thousandths of an em', () => {
    // (444 + 250 + 500) × 12 pt × 20 / 1000 = 286.56 → 287; "b" 120.
    // Its ink, "a" and "b": 944 × 0.24 = 226.56 → 227.
    expect(measureText('a b', 12)).toEqual({ line: 287, widest: 120, ink: 227 });
    expect(textWidth('a b', 12)).toBe(287);
    expect(widestWord('a b', 12)).toBe(120);
  });

  it('reads ơ, ư with their horn and Đ as D, composed or not', () => {
    // ơ 529, ư 542, Đ as D 722: 1 793 × 0.24 = 430.32 → 431.
    expect(textWidth('ơưĐ', 12)).toBe(431);
    expect(textWidth('o\u031bu\u031bĐ', 12)).toBe(431);
    expect(textWidth('ơưĐ', 12, true)).toBe(Math.ceil((554 + 600 + 722) * 0.24));
  });

  it('takes a character outside the BMP as one, 500 wide, and a lone surrogate as one', () => {
    // "a😀" 444 + 500 = 944 → 226.56 → 227; then a space and "b".
    expect(measureText('a😀 b', 12)).toEqual({ line: 407, widest: 227, ink: 347 });
    expect(textWidth('\ud83d', 12)).toBe(120);
  });
});
