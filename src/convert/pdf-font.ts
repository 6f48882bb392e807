/**
 * The font a PDF is set in. The Word briefing asks for Times New Roman (NĐ
 * 30/2020, Phụ lục I); LibreOffice sets the PDF in the font fontconfig gives
 * for it, which on a machine without Times New Roman is another one (Liberation
 * Serif, DejaVu Serif …), without a word. I/O: it asks fontconfig (`fc-match`).
 */
import { execFileSync } from 'node:child_process';
import { FONT } from '../render/docx/style-sheet.js';

/** What fontconfig gives for a family, in its own name ("Liberation Serif"); null when there is no fontconfig to ask. */
export type FontMatcher = (family: string) => string | null;

/** fontconfig's answer (`fc-match -f %{family}`), its first family name; null without fc-match. */
export const fcMatch =
  (env: Readonly<Record<string, string | undefined>> = process.env): FontMatcher =>
  (family) => {
    try {
      const found = execFileSync('fc-match', ['-f', '%{family}', family], {
        encoding: 'utf8',
        env,
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 10_000,
      });
      const first = found.split(',')[0]?.trim() ?? '';
      return first === '' ? null : first;
    } catch {
      return null;
    }
  };

/**
 * The font LibreOffice will set the PDF in instead of Times New Roman, or
 * null when Times New Roman is there, or when there is no fontconfig (Windows,
 * where it always is, and LibreOffice's own fonts elsewhere).
 */
export function substitutedFont(match: FontMatcher): { wanted: string; used: string } | null {
  const used = match(FONT);
  if (used === null) return null;
  return used.toLocaleLowerCase('en') === FONT.toLocaleLowerCase('en')
    ? null
    : { wanted: FONT, used };
}
