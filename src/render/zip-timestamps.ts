/**
 * Pins the modification time of every entry of a ZIP archive (an .xlsx, a .docx) to one
 * day, so that the same workbook gives the same bytes whenever it is written.
 * exceljs's streaming writer hands its parts to archiver, which stamps each
 * entry with the wall clock and offers no option to change that; the DOS
 * date/time fields sit at fixed offsets in the local and central headers and
 * no checksum covers them, so they are rewritten in place (what Debian's
 * strip-nondeterminism does for ZIP files). Excel itself writes 1980-01-01; we
 * write the report's date, which says when the figures were taken.
 */
import { dateParts } from '../model/dates.js';
import type { IsoDate } from '../model/types.js';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Extra fields that carry their own timestamps (extended timestamp, NTFS, Info-ZIP Unix). */
const TIMESTAMP_EXTRAS = new Set([0x5455, 0x000a, 0x5855]);

/**
 * The MS-DOS date of a day (bits: year − 1980, month, day), at 00:00:00. The
 * format holds 1980–2107; a day outside is stamped with the nearest end.
 */
export function dosDate(day: IsoDate): number {
  const { year, month, day: dayOfMonth } = dateParts(day);
  if (year < 1980) return (1 << 5) | 1;
  if (year > 2107) return (127 << 9) | (12 << 5) | 31;
  return ((year - 1980) << 9) | (month << 5) | dayOfMonth;
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_RECORD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let offset = last; offset >= first; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('Not a ZIP archive: no end of central directory record');
}

function expectSignature(view: DataView, offset: number, signature: number, what: string): void {
  if (offset + 4 > view.byteLength || view.getUint32(offset, true) !== signature) {
    throw new Error(`Unexpected ZIP layout: no ${what} at byte ${offset}`);
  }
}

function rejectTimestampExtras(view: DataView, start: number, length: number): void {
  for (let offset = start; offset + 4 <= start + length;) {
    const id = view.getUint16(offset, true);
    if (TIMESTAMP_EXTRAS.has(id)) {
      throw new Error(`Unexpected ZIP extra field 0x${id.toString(16)} carrying a timestamp`);
    }
    offset += 4 + view.getUint16(offset + 2, true);
  }
}

/**
 * Returns a copy of `zip` whose entries all carry `day` at 00:00:00 in both
 * their local and central directory headers. Throws on an archive it does not
 * understand (ZIP64, or extra fields with timestamps of their own) rather than
 * leave a time behind.
 */
export function pinZipTimestamps(zip: Uint8Array, day: IsoDate): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const date = dosDate(day);
  const end = findEndRecord(view);
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || offset === 0xffffffff)
    throw new Error('ZIP64 archives are not supported');
  for (let index = 0; index < entries; index++) {
    expectSignature(view, offset, CENTRAL_DIRECTORY_HEADER, 'central directory header');
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    rejectTimestampExtras(view, offset + 46 + nameLength, extraLength);
    view.setUint16(offset + 12, 0, true);
    view.setUint16(offset + 14, date, true);

    expectSignature(view, local, LOCAL_FILE_HEADER, 'local file header');
    const localName = view.getUint16(local + 26, true);
    rejectTimestampExtras(view, local + 30 + localName, view.getUint16(local + 28, true));
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, date, true);

    offset += 46 + nameLength + extraLength + commentLength;
  }
  return bytes;
}
