/**
 * The package's ZIP writer: entries deflated from chunks read back by an
 * independent reader (test/helpers/zip-reader.ts, node:zlib), CRC-32 as the
 * standard check value gives it, sizes and checksums in the local headers
 * (no data descriptors), every entry dated the report's day at 00:00.
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, writeZip } from '../../../src/render/docx/zip-writer.js';
import { dosDate } from '../../../src/render/zip-timestamps.js';
import { readZip } from '../../helpers/zip-reader.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the ZIP writer', () => {
  it('computes CRC-32 as the standard check value, in one piece or in chunks', () => {
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(bytes('56789'), crc32(bytes('1234')))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('writes entries from chunks that read back whole, in order, dated the day', () => {
    const long = 'Nhiệm vụ <w:t>chuyển đổi số</w:t> '.repeat(20_000);
    const zip = writeZip(
      [
        { name: '[Content_Types].xml', chunks: [bytes('<Types/>')] },
        {
          name: 'word/document.xml',
          chunks: [bytes(long.slice(0, 1000)), bytes(long.slice(1000))],
        },
        { name: 'empty.xml', chunks: [] },
      ],
      '2024-06-30',
    );
    const entries = readZip(zip);
    expect(entries.map((entry) => [entry.name, entry.text.length])).toEqual([
      ['[Content_Types].xml', 8],
      ['word/document.xml', long.length],
      ['empty.xml', 0],
    ]);
    expect(entries[1]?.text).toBe(long);
    const day = { date: dosDate('2024-06-30'), time: 0 };
    for (const entry of entries) expect([entry.local, entry.central]).toEqual([day, day]);
  });

  it('puts sizes and checksums in the local headers: no data descriptors', () => {
    const data = bytes('Báo cáo kết quả thực hiện công tác chuyển đổi số');
    const zip = Buffer.from(writeZip([{ name: 'a.xml', chunks: [data] }], '2024-06-30'));
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.readUInt16LE(6) & 0x8).toBe(0);
    expect(zip.readUInt32LE(14)).toBe(crc32(data));
    const compressed = zip.readUInt32LE(18);
    expect(zip.readUInt32LE(22)).toBe(data.length);
    expect(inflateRawSync(zip.subarray(35, 35 + compressed)).equals(Buffer.from(data))).toBe(true);
  });
});
