/**
 * The sample's briefings (2024-H1, 2024, 2024-Q3) read as an office writes
 * them (issue 27, item 6): every line of the Markdown body is checked for
 * "điểm %", dates padded against NĐ 30's rule, straight double quotes, ",0"
 * on a whole share, a task code, a short name used before the full name
 * that introduces it, brackets inside brackets, a capital after a colon
 * inside a sentence (unless a name starts there) and a "Khác" headline; the Word and HTML briefings,
 * printed from the same Markdown, are read for the same marks in their text
 * (tables included, where a share keeps its one decimal: "583/720 (81,0%)").
 */
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/model/period.js';
import type { Dataset } from '../../src/model/types.js';
import { buildModel, checkDataset, renderReports } from '../../src/pipeline.js';

const SAMPLE = fileURLToPath(new URL('../../data/', import.meta.url));
let dataset: Dataset;

beforeAll(async () => {
  dataset = (await checkDataset({ data: SAMPLE })).dataset!;
});

/** The body: from the title to the signature (the appendices and Nơi nhận have their own conventions). */
async function body(code: string): Promise<string[]> {
  const model = buildModel(dataset, { period: parsePeriod(code)! });
  const [md] = await renderReports(model, { formats: ['md'] });
  const text = new TextDecoder().decode(md!.bytes);
  const end = text.indexOf('***Nơi nhận:***');
  return text
    .slice(0, end === -1 ? text.length : end)
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('|') && !line.startsWith('    '));
}

const XML_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
};
const decoded = (text: string) =>
  text.replace(/&(?:amp|lt|gt|quot|apos|#39);/g, (e) => XML_ENTITIES[e]!);

/** The printed body's paragraphs as text, up to "Nơi nhận": Word's <w:p>, HTML's block elements. */
async function printedBody(code: string, format: 'docx' | 'html'): Promise<string[]> {
  const model = buildModel(dataset, { period: parsePeriod(code)! });
  const [artifact] = await renderReports(model, { formats: [format] });
  const xml =
    format === 'docx'
      ? strFromU8(
          unzipSync(artifact!.bytes, { filter: (f) => f.name === 'word/document.xml' })[
            'word/document.xml'
          ]!,
        )
      : new TextDecoder().decode(artifact!.bytes).replace(/<style>[\s\S]*?<\/style>/, '');
  const paragraphs = (
    format === 'docx' ? xml.split('</w:p>') : xml.split(/<\/(?:p|li|h\d|td|th)>/)
  ).map((part) => decoded(part.replace(/<[^>]*>/g, '')).trim());
  const end = paragraphs.findIndex((text) => text.startsWith('Nơi nhận'));
  return paragraphs.slice(0, end === -1 ? paragraphs.length : end).filter((text) => text !== '');
}

describe.each(['2024-H1', '2024', '2024-Q3'])('the %s briefing', (code) => {
  let lines: string[] = [];
  beforeAll(async () => {
    lines = await body(code);
  });

  it('keeps a capital after a colon inside a sentence only where a name starts', () => {
    const names = dataset.agencies.flatMap((agency) => [
      agency.name,
      agency.shortName ?? agency.name,
    ]);
    const capitals = lines
      .filter((line) => !line.startsWith('#') && !line.includes('Kính gửi'))
      .flatMap((line) =>
        [...line.matchAll(/: (?:\*\*)?(?=\p{Lu})/gu)]
          .map((match) => line.slice(match.index + match[0].length))
          .filter((after) => !names.some((name) => after.startsWith(name)))
          .map((after) => after.slice(0, 40)),
      );
    expect(capitals).toEqual([]);
  });

  it('never heads a difficulty or a proposal "Khác"', () => {
    expect(lines.filter((line) => /^(?:- |#+ )(?:\*\*)?Khác\b/u.test(line))).toEqual([]);
  });

  it.each(['docx', 'html'] as const)('prints the same marks in the %s text', async (format) => {
    const printed = await printedBody(code, format);
    expect(printed.length).toBeGreaterThan(20);
    expect(printed.filter((text) => text.includes('điểm %'))).toEqual([]);
    expect(printed.filter((text) => /\b\d{1,2}\/0[3-9]\/\d{4}\b/.test(text))).toEqual([]);
    expect(printed.filter((text) => /\b(?:CHUNG|CQS|KTS|XHS)-\d+\b/.test(text))).toEqual([]);
    expect(printed.filter((text) => text.includes('"'))).toEqual([]);
  });

  it('says "điểm phần trăm", never "điểm %"', () => {
    expect(lines.filter((line) => line.includes('điểm %'))).toEqual([]);
  });

  it('writes every date in the one NĐ 30 short form: no month from March on padded', () => {
    expect(lines.filter((line) => /\b\d{1,2}\/0[3-9]\/\d{4}\b/.test(line))).toEqual([]);
  });

  it('has no straight double quote in its prose, and no ",0" on a whole share', () => {
    const prose = lines.filter(
      (line) => !line.startsWith('```') && !/^\s*(title|x-axis|y-axis)/.test(line),
    );
    expect(prose.filter((line) => line.includes('"'))).toEqual([]);
    expect(prose.filter((line) => /\b(?:0|[1-9]\d?|100),0%/.test(line))).toEqual([]);
  });

  it('names no task by its code in the body', () => {
    expect(lines.filter((line) => /\b(?:CHUNG|CQS|KTS|XHS)-\d+\b/.test(line))).toEqual([]);
  });

  it('puts no brackets inside brackets (a short form is introduced in the prose, not in an aside)', () => {
    const nested = lines.filter((line) => {
      let depth = 0;
      for (const character of line) {
        if (character === '(' && ++depth > 1) return true;
        if (character === ')') depth = Math.max(0, depth - 1);
      }
      return false;
    });
    expect(nested).toEqual([]);
  });

  it('introduces every short name with its full name before using it', () => {
    const text = lines.join('\n');
    for (const agency of dataset.agencies) {
      const short = agency.shortName;
      if (short === undefined || short === agency.name) continue;
      const first = text.indexOf(short);
      if (first === -1) continue;
      expect(text.slice(0, first + short.length + 1), short).toContain(`${agency.name} (${short})`);
    }
  });
});
