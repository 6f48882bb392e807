/**
 * The Word briefing carries the same sections, sentences and figures as the
 * Markdown one (the default template): every paragraph, list item and
 * heading of sections I–IV, and every row of their tables, is in the Word
 * document, in the same order. A sentence added to the template and not to
 * the Word renderer (or the other way round) fails here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/compute/report-model.js';
import { parsePeriod } from '../../../src/model/period.js';
import type { Dataset } from '../../../src/model/types.js';
import { buildModel, checkDataset } from '../../../src/pipeline.js';
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
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => unmark(cell));
      // A group's line (a pillar's name, the rest empty) is one cell across the table in Word.
      while (cells.length > 1 && cells.at(-1) === '') cells.pop();
      rows.push(cells);
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

const SAMPLE = fileURLToPath(new URL('../../../data/', import.meta.url));
let sample: Dataset;

beforeAll(async () => {
  const checked = await checkDataset({ data: SAMPLE });
  sample = checked.dataset!;
});

/** The fixtures, and the sample in periods with and without an assessment, a comparison and values. */
const MODELS: [string, () => ReportModel][] = [
  ['the fixture', () => REPORT_MODEL],
  ['the fixture with a document identity', () => DOCUMENT_MODEL],
  ...['2024-H1', '2024', '2024-Q1', '2023-H2'].map((code): [string, () => ReportModel] => [
    `the sample, ${code}`,
    () => buildModel(sample, { period: parsePeriod(code)! }),
  ]),
];

describe.each(MODELS)('the Word briefing of %s says what the Markdown says', (_name, modelOf) => {
  it('every paragraph, list item and heading of sections I–IV, in order', async () => {
    const { markdown, words } = await both(modelOf());
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
    const { markdown, rows } = await both(modelOf());
    expect(markdown.rows.length).toBeGreaterThan(20);
    const written = rows.map((row) => JSON.stringify(row));
    for (const row of markdown.rows)
      expect(written, row.join(' | ')).toContain(JSON.stringify(row));
  });
});
