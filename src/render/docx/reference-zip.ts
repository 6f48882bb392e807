/**
 * The one part of a reference document that is unpacked (word/styles.xml),
 * read from a ZIP that may be hostile. The central directory is read first
 * and judged before a byte is inflated: at most MAX_REFERENCE_ENTRIES
 * entries, each name once, the part's declared size at most
 * MAX_STYLES_BYTES, its data inside the file. Then only that entry is
 * inflated, in slices, with a running count: it stops as soon as the output
 * passes the declared size (a declared size can lie). Nothing else is
 * inflated, so a "zip bomb" costs at most MAX_STYLES_BYTES. ZIP64 archives
 * (more than 65,535 entries, or 4 GB) are not Word reference documents and
 * are refused. Pure: the file arrives as bytes.
 */
import { Inflate } from 'fflate';
import { DocxReferenceError, type ZipDamage } from '../../errors/known-errors.js';

/** Entries a reference document may have (Word writes 10 to 20; one with many pictures, a few hundred). */
export const MAX_REFERENCE_ENTRIES = 10_000;

/** The largest styles part read (Word's own are 30–300 KB). */
export const MAX_STYLES_BYTES = 8 * 1024 * 1024;

/** The slice of compressed data inflated at a time: at most some 8 MB of output each (deflate expands 1,032 times at most). */
const SLICE = 8 * 1024;

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Refuses the archive, saying what is wrong with it. */
const damaged = (why: ZipDamage, part?: string): never => {
  throw new DocxReferenceError('damaged', why, part);
};

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The end-of-central-directory record: searched back from the end, past a comment of at most 65,535 bytes. */
function endRecord(bytes: Uint8Array, data: DataView): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--)
    if (data.getUint32(at, true) === 0x06054b50) return at;
  throw new DocxReferenceError('not-zip');
}

/** Every entry by name, from the central directory; an archive over the limits is refused here. */
function centralDirectory(bytes: Uint8Array): Map<string, Entry> {
  const data = view(bytes);
  const end = endRecord(bytes, data);
  const count = data.getUint16(end + 10, true);
  const size = data.getUint32(end + 12, true);
  const offset = data.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) damaged('zip64');
  if (count > MAX_REFERENCE_ENTRIES) throw new DocxReferenceError('too-many-entries');
  if (offset + size > end) damaged('past-end');
  const decoder = new TextDecoder();
  const entries = new Map<string, Entry>();
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || data.getUint32(at, true) !== 0x02014b50) damaged('past-end');
    const nameLength = data.getUint16(at + 28, true);
    const next =
      at + 46 + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    if (next > end) damaged('past-end');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Two entries of one name: which one counts is for each reader to guess (and the trick of zip bombs).
    if (entries.has(name)) damaged('duplicate-name');
    entries.set(name, {
      flags: data.getUint16(at + 8, true),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localOffset: data.getUint32(at + 42, true),
    });
    at = next;
  }
  return entries;
}

/** The entry's compressed bytes, located through its local header. */
function compressedData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const data = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== 0x04034b50) damaged('past-end');
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) damaged('past-end');
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates at most `size` bytes; more (or fewer) than declared is a damaged archive. */
function inflateBounded(compressed: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let written = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    if (written + chunk.length > size) damaged('size-mismatch');
    out.set(chunk, written);
    written += chunk.length;
    ended ||= final;
  });
  try {
    for (let at = 0; at < compressed.length && !ended; at += SLICE) {
      const end = Math.min(at + SLICE, compressed.length);
      inflate.push(compressed.subarray(at, end), end === compressed.length);
    }
  } catch (error) {
    if (error instanceof DocxReferenceError) throw error;
    damaged('size-mismatch');
  }
  if (!ended || written !== size) damaged('size-mismatch');
  return out;
}

/**
 * The text of `part` (word/styles.xml), after checking the archive has
 * `required` (word/document.xml) too; DocxReferenceError when it is not a
 * Word document, is over a limit, or is damaged.
 */
export function readReferencePart(bytes: Uint8Array, part: string, required: string): string {
  const entries = centralDirectory(bytes);
  const entry = entries.get(part);
  if (entry === undefined || !entries.has(required)) throw new DocxReferenceError('not-word');
  if (entry.size > MAX_STYLES_BYTES) throw new DocxReferenceError('too-large', '', part);
  // Bit 0: encrypted. Methods: 0 stored, 8 deflated; Word writes nothing else.
  if ((entry.flags & 1) !== 0) damaged('encrypted', part);
  if (entry.method !== 0 && entry.method !== 8) damaged('method', part);
  const compressed = compressedData(bytes, entry);
  if (entry.method === 0 && compressed.length !== entry.size) damaged('size-mismatch');
  const content = entry.method === 0 ? compressed : inflateBounded(compressed, entry.size);
  return new TextDecoder().decode(content);
}
