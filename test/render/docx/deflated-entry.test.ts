/**
 * The Word package's entries: deflated by fflate as they are pushed, their
 * CRC-32 taken by Node's zlib where it has one, byte for byte the entries
 * fflate's own ZipDeflate writes.
 */
import { strToU8, unzipSync, Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Bytes, DeflatedEntry } from '../../../src/render/docx/deflated-entry.js';

const DAY = new Date(2024, 5, 30);

function zipOf(entries: ZipInputFile[], chunks: Uint8Array[]): Uint8Array {
  const output: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error !== null) throw error;
    output.push(data);
  });
  for (const entry of entries) {
    zip.add(entry);
    chunks.forEach((chunk, index) =>
      (entry as DeflatedEntry | ZipDeflate).push(chunk, index === chunks.length - 1),
    );
  }
  zip.end();
  return Uint8Array.from(output.flatMap((piece) => [...piece]));
}

describe('crc32', () => {
  it('gives the check value of CRC-32 both ways, whole or continued', () => {
    const digits = strToU8('123456789');
    expect(crc32Bytes(digits, 0)).toBe(0xcbf43926);
    expect(crc32(digits, 0)).toBe(0xcbf43926);
    expect(crc32Bytes(digits.subarray(4), crc32Bytes(digits.subarray(0, 4), 0))).toBe(0xcbf43926);
    expect(crc32(digits.subarray(4), crc32(digits.subarray(0, 4), 0))).toBe(0xcbf43926);
  });
});

describe('DeflatedEntry', () => {
  const text = '<w:p><w:r><w:t>Sở Thông tin và Truyền thông</w:t></w:r></w:p>'.repeat(2000);
  const chunks = [strToU8(text.slice(0, 5000)), strToU8(text.slice(5000)), new Uint8Array(0)];

  it("writes the same bytes as fflate's ZipDeflate, dated the same", () => {
    const ours = zipOf([new DeflatedEntry('word/document.xml', DAY, 6)], chunks);
    const theirs = new ZipDeflate('word/document.xml', { level: 6 });
    theirs.mtime = DAY;
    expect(ours).toEqual(zipOf([theirs], chunks));
  });

  it('reads back as the text pushed', () => {
    const zip = zipOf(
      [new DeflatedEntry('a.xml', DAY, 6), new DeflatedEntry('b.xml', DAY, 1)],
      chunks,
    );
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['a.xml', 'b.xml']);
    expect(new TextDecoder().decode(files['a.xml'])).toBe(text);
    expect(new TextDecoder().decode(files['b.xml'])).toBe(text);
  });
});
