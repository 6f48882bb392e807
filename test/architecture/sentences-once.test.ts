/**
 * Every sentence once: the briefing's words are the template's, and no
 * printer writes them again. Each stretch of the bundled template's literal
 * text (between its {{…}} expressions, comments left out) long enough to be
 * a phrase (five words or more) must not appear in src/render/. The workbook
 * (render/xlsx/) is left out: it prints the model as data, under labels of
 * its own, not the briefing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..', '..');
const template = readFileSync(path.join(ROOT, 'templates', 'bao-cao.md.hbs'), 'utf8');

/** The template's literal phrases: text between expressions, Markdown marks and table pipes trimmed. */
function phrases(source: string): string[] {
  const literal = source.replace(/\{\{!--[\s\S]*?--\}\}/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const found = new Set<string>();
  for (const stretch of literal.split(/\{\{[\s\S]*?\}\}/)) {
    for (const piece of stretch.split(/[|\n*#\\]|^\s*-\s/m)) {
      const phrase = piece.trim().replace(/^[-:.;,()\s]+|[-:.;,()\s]+$/g, '');
      // A phrase: five words or more (not a column's label), with a Vietnamese letter.
      if (phrase.split(/\s+/).length >= 5 && /[à-ỹđĐ]/i.test(phrase)) found.add(phrase);
    }
  }
  return [...found];
}

function sources(folder: string): { file: string; text: string }[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file: path.relative(ROOT, file), text: readFileSync(file, 'utf8').normalize('NFC') };
    });
}

describe('the briefing written once', () => {
  const found = phrases(template.normalize('NFC'));

  it('finds the template’s phrases (the check checks something)', () => {
    expect(found.length).toBeGreaterThan(40);
    expect(found).toContain('Kết quả thực hiện các chỉ tiêu');
    expect(found).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('has no phrase of the template in src/render/', () => {
    const printers = sources(path.join(ROOT, 'src', 'render')).filter(
      ({ file }) => !file.includes(`${path.sep}xlsx${path.sep}`),
    );
    const copies = printers.flatMap(({ file, text }) =>
      found.filter((phrase) => text.includes(phrase)).map((phrase) => `${file}: ${phrase}`),
    );
    expect(copies).toEqual([]);
  });
});
