/**
 * The same model gives the same bytes: no clock, no random id and no
 * unstable order reaches the file.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderXlsx } from '../../../src/render/xlsx/render-xlsx.js';
import { dosDate } from '../../../src/render/zip-timestamps.js';
import { REPORT_MODEL } from '../../fixtures/report-model.js';
import { entryText, readZip } from '../../helpers/zip-reader.js';

async function bytesAt(clock: string): Promise<Buffer> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(clock));
  try {
    return Buffer.from((await renderXlsx(REPORT_MODEL)).bytes);
  } finally {
    vi.useRealTimers();
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('deterministic bytes', () => {
  it('renders the same model twice to identical bytes', async () => {
    const first = Buffer.from((await renderXlsx(REPORT_MODEL)).bytes);
    const second = Buffer.from((await renderXlsx(REPORT_MODEL)).bytes);
    expect(second.equals(first)).toBe(true);
  });

  it('does not depend on the clock', async () => {
    const early = await bytesAt('2030-01-01T00:00:00Z');
    const late = await bytesAt('2031-03-04T05:06:07Z');
    expect(late.equals(early)).toBe(true);
  });

  it('stamps every zip entry with the report date at 00:00, in a fixed order', async () => {
    const entries = readZip((await renderXlsx(REPORT_MODEL)).bytes);
    const stamp = { date: dosDate('2024-06-30'), time: 0 };
    expect(entries.map(({ name, central, local }) => ({ name, central, local }))).toEqual(
      [
        'xl/theme/theme1.xml',
        '_rels/.rels',
        // Each sheet, then its table and the relationship that names it.
        ...[1, 2, 3, 4, 5].flatMap((n) => [
          `xl/worksheets/sheet${n}.xml`,
          `xl/tables/table${n}.xml`,
          `xl/worksheets/_rels/sheet${n}.xml.rels`,
        ]),
        '[Content_Types].xml',
        'docProps/app.xml',
        'docProps/core.xml',
        'xl/styles.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/workbook.xml',
      ].map((name) => ({ name, central: stamp, local: stamp })),
    );
  });

  it('follows the report date, not a fixed one', async () => {
    const entries = readZip(
      (await renderXlsx({ ...REPORT_MODEL, reportDate: '2024-07-05' })).bytes,
    );
    expect(new Set(entries.map((entry) => entry.central.date))).toEqual(
      new Set([dosDate('2024-07-05')]),
    );
    expect(entryText(entries, 'docProps/core.xml')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-05T00:00:00Z</dcterms:created>',
    );
  });

  it('writes no random conditional-formatting ids (colour scales need no x14 extension)', async () => {
    const sheets = readZip((await renderXlsx(REPORT_MODEL)).bytes).filter((entry) =>
      entry.name.startsWith('xl/worksheets/'),
    );
    for (const { name, text } of sheets) {
      expect(text, name).not.toMatch(/x14:id|\{[0-9A-F]{8}-[0-9A-F]{4}-/i);
    }
    expect(entryText(sheets, 'xl/worksheets/sheet1.xml')).toContain(
      '<cfRule type="colorScale" priority="1">',
    );
  });
});
