/**
 * The sample's briefings (2024-H1, 2024, 2024-Q3) read as an office writes
 * them (issue 27, item 6): every line of the Markdown body is checked for
 * "điểm %", dates padded against NĐ 30's rule, straight double quotes, ",0"
 * on a whole share, a task code, and a short name used before the full name
 * that introduces it.
 */
import { fileURLToPath } from 'node:url';
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

describe.each(['2024-H1', '2024', '2024-Q3'])('the %s briefing', (code) => {
  let lines: string[] = [];
  beforeAll(async () => {
    lines = await body(code);
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
