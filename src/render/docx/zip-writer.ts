/**
 * Writes the .docx package: a ZIP archive whose entries are deflated (level
 * 6, fflate) from chunks of bytes, so the document part of a national report
 * (tens of megabytes of XML) is never one string or one array: each chunk is
 * compressed as it comes. Every entry is dated the report's day at 00:00
 * (zip-timestamps.ts); sizes and checksums are in the local headers (no data
 * descriptors), names are ASCII, no extra fields: the layout Word writes.
 */
import { Deflate } from 'fflate';
import type { IsoDate } from '../../model/types.js';
import { dosDate } from '../zip-timestamps.js';

export interface ZipEntryChunks {
  /** The entry's path in the archive (ASCII). */
  name: string;
  /** Its bytes, in order. */
  chunks: Iterable<Uint8Array>;
}

/** CRC-32 (IEEE), eight bytes a step. */
const TABLE = (() => {
  const table = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  for (let n = 0; n < 256; n++)
    for (let t = 1; t < 8; t++) {
      const previous = table[(t - 1) * 256 + n] ?? 0;
      table[t * 256 + n] = (previous >>> 8) ^ (table[previous & 0xff] ?? 0);
    }
  return table;
})();

/** The CRC-32 of `bytes`, continuing from `crc` (0 for a new one). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const t = TABLE;
  let c = ~crc;
  let i = 0;
  for (const last = bytes.length - 8; i <= last; i += 8) {
    c ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    const h = bytes[i + 4]! | (bytes[i + 5]! << 8) | (bytes[i + 6]! << 16) | (bytes[i + 7]! << 24);
    c =
      t[1792 + (c & 0xff)]! ^
      t[1536 + ((c >>> 8) & 0xff)]! ^
      t[1280 + ((c >>> 16) & 0xff)]! ^
      t[1024 + (c >>> 24)]! ^
      t[768 + (h & 0xff)]! ^
      t[512 + ((h >>> 8) & 0xff)]! ^
      t[256 + ((h >>> 16) & 0xff)]! ^
      t[h >>> 24]!;
  }
  for (; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_RECORD = 0x06054b50;
const DEFLATED = 8;
const VERSION = 20;

interface Written {
  name: Uint8Array;
  crc: number;
  size: number;
  compressed: number;
  offset: number;
}

function header(length: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(length);
  return { bytes, view: new DataView(bytes.buffer) };
}

/** The archive of `entries`, in their order, every one dated `day`. */
export function writeZip(entries: readonly ZipEntryChunks[], day: IsoDate): Uint8Array {
  const date = dosDate(day);
  const out: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const data: Uint8Array[] = [];
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const deflate = new Deflate({ level: 6 }, (chunk) => {
      data.push(chunk);
      compressed += chunk.length;
    });
    for (const chunk of entry.chunks) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      deflate.push(chunk);
    }
    deflate.push(new Uint8Array(0), true);
    const { bytes, view } = header(30 + name.length);
    view.setUint32(0, LOCAL_HEADER, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(8, DEFLATED, true);
    view.setUint16(10, 0, true);
    view.setUint16(12, date, true);
    view.setUint32(14, crc, true);
    view.setUint32(18, compressed, true);
    view.setUint32(22, size, true);
    view.setUint16(26, name.length, true);
    bytes.set(name, 30);
    out.push(bytes, ...data);
    written.push({ name, crc, size, compressed, offset });
    offset += bytes.length + compressed;
  }
  const directory = offset;
  for (const entry of written) {
    const { bytes, view } = header(46 + entry.name.length);
    view.setUint32(0, CENTRAL_HEADER, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(6, VERSION, true);
    view.setUint16(10, DEFLATED, true);
    view.setUint16(12, 0, true);
    view.setUint16(14, date, true);
    view.setUint32(16, entry.crc, true);
    view.setUint32(20, entry.compressed, true);
    view.setUint32(24, entry.size, true);
    view.setUint16(28, entry.name.length, true);
    view.setUint32(42, entry.offset, true);
    bytes.set(entry.name, 46);
    out.push(bytes);
    offset += bytes.length;
  }
  const { bytes: end, view } = header(22);
  view.setUint32(0, END_RECORD, true);
  view.setUint16(8, written.length, true);
  view.setUint16(10, written.length, true);
  view.setUint32(12, offset - directory, true);
  view.setUint32(16, directory, true);
  out.push(end);
  const archive = new Uint8Array(offset + end.length);
  let at = 0;
  for (const chunk of out) {
    archive.set(chunk, at);
    at += chunk.length;
  }
  return archive;
}
