/**
 * Same model, same bytes: the document properties carry the report's date,
 * every zip entry (and every entry of the chart's embedded workbook) is dated
 * that day, and the relationship ids the docx package draws at random are
 * numbered instead.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderDocx } from '../../../src/render/docx/render-docx.js';
import { dosDate } from '../../../src/render/zip-timestamps.js';
import { DOCUMENT_MODEL } from '../../fixtures/document-model.js';
import { readZip } from '../../helpers/zip-reader.js';
import { inflateRawSync } from 'node:zlib';

const INPUT = { template: { text: '', file: 'unused' } };

afterEach(() => {
  vi.useRealTimers();
});

/** The raw bytes of one stored entry (the embedded workbook, deflated inside the docx). */
function entryBytes(bytes: Uint8Array, name: string): Buffer {
  const buffer = Buffer.from(bytes);
  const at = buffer.indexOf(Buffer.from(name, 'utf8'));
  const local = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), at);
  const size = buffer.readUInt32LE(local + 18);
  const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
  return inflateRawSync(buffer.subarray(start, start + size));
}

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
    const workbook = readZip(entryBytes(bytes, 'word/embeddings/Microsoft_Excel_Worksheet1.xlsx'));
    expect(workbook.length).toBeGreaterThan(0);
    expect(workbook.every((entry) => entry.central.date === day && entry.local.date === day)).toBe(
      true,
    );
  });

  it('numbers every relationship id: none is drawn at random', async () => {
    const entries = readZip((await renderDocx(DOCUMENT_MODEL, INPUT)).bytes);
    const ids = entries
      .filter((entry) => entry.name.endsWith('.rels'))
      .flatMap((entry) => [...entry.text.matchAll(/\bId="([^"]+)"/g)].map((match) => match[1]));
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id) => !/^rId(Part)?\d+$/.test(id ?? ''))).toEqual([]);
    const document = entries.find((entry) => entry.name === 'word/document.xml')?.text ?? '';
    expect(document).toContain('r:id="rIdPart1"');
  });
});
