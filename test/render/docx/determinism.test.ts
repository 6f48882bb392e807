/**
 * Same model, same bytes: the document properties carry the report's date,
 * every zip entry (and every entry of the chart's embedded workbook) is dated
 * that day, and the relationship ids the docx package draws at random are
 * numbered instead.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIEFING_INPUT } from './docx-xml.js';
import { renderDocx } from '../../../src/render/docx/render-docx.js';
import { dosDate } from '../../../src/render/zip-timestamps.js';
import { DOCUMENT_MODEL } from '../../fixtures/document-model.js';
import { readZip } from '../../helpers/zip-reader.js';

const INPUT = BRIEFING_INPUT;

afterEach(() => {
  vi.useRealTimers();
});

describe('the Word briefing is deterministic', () => {
  it('gives the same bytes on another day, at another hour', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-01T08:15:00Z'));
    const first = (await renderDocx(DOCUMENT_MODEL, INPUT)).bytes;
    vi.setSystemTime(new Date('2031-11-20T23:59:59Z'));
    const second = (await renderDocx(DOCUMENT_MODEL, INPUT)).bytes;
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });

  it('dates every entry, and the document properties, with the report date', async () => {
    const bytes = (await renderDocx(DOCUMENT_MODEL, INPUT)).bytes;
    const entries = readZip(bytes);
    const day = dosDate('2024-06-30');
    expect(
      entries.filter(
        (entry) =>
          entry.central.date !== day || entry.local.date !== day || entry.central.time !== 0,
      ),
    ).toEqual([]);
    const core = entries.find((entry) => entry.name === 'docProps/core.xml')?.text ?? '';
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-06-30T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-06-30T00:00:00Z</dcterms:modified>',
    );
    expect(core).toContain('<dc:creator>Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Trị</dc:creator>');
  });

  it('numbers every relationship id: none is drawn at random', async () => {
    const entries = readZip((await renderDocx(DOCUMENT_MODEL, INPUT)).bytes);
    const ids = entries
      .filter((entry) => entry.name.endsWith('.rels'))
      .flatMap((entry) => [...entry.text.matchAll(/\bId="([^"]+)"/g)].map((match) => match[1]));
    // Named for what they point at: nothing is drawn at random.
    expect(ids).toEqual([
      'rId1',
      'rId2',
      'rId3',
      'rIdStyles',
      'rIdSettings',
      'rIdHeader',
      'rIdHeaderFirst',
      'rIdChart1',
    ]);
    const document = entries.find((entry) => entry.name === 'word/document.xml')?.text ?? '';
    expect(document).toContain('r:id="rIdChart1"');
  });
});
