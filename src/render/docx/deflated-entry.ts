/**
 * A ZIP entry deflated by fflate as it is pushed, for fflate's `Zip` (its
 * ZipInputFile interface): the same bytes as fflate's ZipDeflate, with the
 * CRC-32 of the text taken by Node's zlib where it has one (Node ≥ 20.15),
 * some twenty times as fast as reading the bytes one by one in JavaScript,
 * which on a national briefing's 30 MB of XML was a tenth of a second. A
 * CRC-32 is one number whoever computes it: the file is the same on any Node.
 */
import { type AsyncFlateStreamHandler, Deflate, type ZipInputFile } from 'fflate';
import * as zlib from 'node:zlib';

type Crc32 = (data: Uint8Array, value: number) => number;

/** The reflected CRC-32 (ZIP's, zlib's) of `data` continued from `value`, a byte at a time. */
function crc32Bytes(data: Uint8Array, value: number): number {
  let crc = ~value;
  for (const byte of data) crc = (TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return ~crc >>> 0;
}

const TABLE = Int32Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc;
});

const nodeCrc32 = (zlib as { crc32?: Crc32 }).crc32;
/** The CRC-32 of `data` continued from `value` (0 to start). */
export const crc32: Crc32 = nodeCrc32 ?? crc32Bytes;
export { crc32Bytes };

/** fflate's general-purpose flag bits for a deflate level, as ZipDeflate writes them. */
const levelFlag = (level: number) => (level === 1 ? 3 : level < 6 ? 2 : level === 9 ? 1 : 0);

export class DeflatedEntry implements ZipInputFile {
  readonly compression = 8;
  readonly flag: number;
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;
  private readonly deflate: Deflate;
  private running = 0;

  constructor(
    readonly filename: string,
    readonly mtime: Date,
    level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9,
  ) {
    this.flag = levelFlag(level);
    this.deflate = new Deflate({ level }, (data, final) => this.ondata?.(null, data, final));
  }

  /** Adds `chunk` of the entry's bytes; `final` on the last. */
  push(chunk: Uint8Array, final = false): void {
    this.running = crc32(chunk, this.running);
    this.size += chunk.length;
    if (final) this.crc = this.running;
    this.deflate.push(chunk, final);
  }
}
