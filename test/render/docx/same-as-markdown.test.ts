/**
 * The Word briefing carries the same sections, sentences and figures as the
 * Markdown one (the default template): every paragraph, list item and
 * heading of sections I–IV, and every row of their tables, is in the Word
 * document, in the same order. A sentence added to the template and not to
 * the Word renderer (or the other way round) fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/compute/report-model.js';
import { renderDocx } from '../../../src/render/docx/render-docx.js';
import { renderMarkdown } from '../../../src/render/markdown/render-markdown.js';
import { DOCUMENT_MODEL } from '../../fixtures/document-model.js';
import { REPORT_MODEL } from '../../fixtures/report-model.js';
import { cellTexts, readDocx } from './docx-xml.js';

const TEMPLATE = readFileSync(
  new URL('../../../templates/bao-cao.md.hbs', import.meta.url),
  'utf8',
);

/** Markdown inline text as it reads: escapes, emphasis and hard breaks gone, no-break spaces as spaces. */
const unmark = (text: string) =>
  text
    .replace(/\\([\\`*_<>[\]~&|#+\-=.)!])/g, '$1')
    .replace(/\*\*|\*/g, '')
    .replace(/\\$/, '')
    .replace(/\u00a0/g, ' ')
    .trim();

interface MarkdownBody {
  /** Paragraphs, list items and headings, in order, as plain text. */
  texts: string[];
  /** Table rows, cell by cell. */
  rows: string[][];
}

/** Sections I–IV of the Markdown: from "## I." to the signature block (the first bold line after "## IV."). */
function markdownBody(markdown: string): MarkdownBody {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('## I. '));
  const last = lines.findIndex((line) => line.startsWith('## IV. '));
  const end = lines.findIndex(
    (line, index) => index > last && (line.startsWith('**') || line === '---'),
  );
  const texts: string[] = [];
  const rows: string[][] = [];
  let paragraph: string[] = [];
  let fence = false;
  const flush = () => {
    if (paragraph.length > 0) texts.push(unmark(paragraph.join(' ')));
    paragraph = [];
  };
  for (const line of lines.slice(start, end)) {
    if (line.startsWith('```')) fence = !fence;
    if (fence || line.startsWith('```')) continue;
    if (line.startsWith('|')) {
      flush();
      if (/^\|[:\- |]+\|$/.test(line)) continue;
      rows.push(
        line
          .slice(1, -1)
          .split(/(?<!\\) \| /)
          .map((cell) => unmark(cell.replace(/^ | $/g, ''))),
      );
    } else if (/^#{2,3} |^\s*- /.test(line)) {
      flush();
      texts.push(unmark(line.replace(/^#{2,3} |^\s*- /, '')));
    } else if (line.trim() === '') flush();
    else paragraph.push(line);
  }
  flush();
  return { texts, rows };
}

async function both(model: ReportModel) {
  const input = { template: { text: TEMPLATE, file: 'bao-cao.md.hbs' } };
  const markdown = new TextDecoder().decode((await renderMarkdown(model, input)).bytes);
  const docx = readDocx((await renderDocx(model, input)).bytes);
  const end = docx.paragraphs.findIndex((p) => p.text === 'Phụ lục');
  const body = docx.paragraphs.slice(0, end);
  // Word writes the list markers and the end mark that Markdown does not.
  const words = body.map((p) => p.text.replace(/^[-+] /, '').replace(/\.\/\.$/, '.'));
  const rows = docx.tables.flatMap((table) => cellTexts(table));
  return { markdown: markdownBody(markdown), words, rows };
}

describe.each([
  ['the fixture', REPORT_MODEL],
  ['the fixture with a document identity', DOCUMENT_MODEL],
])('the Word briefing of %s says what the Markdown says', (_name, model) => {
  it('every paragraph, list item and heading of sections I–IV, in order', async () => {
    const { markdown, words } = await both(model);
    expect(markdown.texts.length).toBeGreaterThan(40);
    let from = 0;
    for (const text of markdown.texts) {
      const at = words.indexOf(text, from);
      expect(
        at,
        `not in the Word briefing (after paragraph ${from}): ${text}`,
      ).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  it('every row of every table, cell for cell', async () => {
    const { markdown, rows } = await both(model);
    expect(markdown.rows.length).toBeGreaterThan(20);
    const written = rows.map((row) => JSON.stringify(row));
    for (const row of markdown.rows)
      expect(written, row.join(' | ')).toContain(JSON.stringify(row));
  });
});
