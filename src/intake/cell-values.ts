/**
 * What offices type, read as they mean it (issue 25): "8,5" and "8.5", a
 * number stored as text, 64% or 0,64 in a percent cell, a date typed as text
 * "10/11/2026" (day first) or stored as a serial, statuses without
 * diacritics or in other case, NFD text, trailing spaces. An empty cell is
 * nothing. Pure: a cell's value in, a reading or the reason it is not one out.
 */
import { isoDate, isRealDate } from '../model/dates.js';
import { suggest } from '../model/suggest.js';
import type { IsoDate, TaskStatus } from '../model/types.js';
import { parseStatus } from '../validate/values.js';

/** A cell as read from the workbook: its value, and its number format when it has one. */
export interface CellRead {
  value: string | number | boolean | Date | null;
  /** The cell's number format (`0%`, `dd/mm/yyyy`), to tell a percent or a date serial. */
  format?: string;
}

export type Reading<T> = { ok: T } | { bad: string } | null;

/** Text as typed: NFC, trimmed; null when empty. A number is shown as typed in Vietnamese. */
export function readText(cell: CellRead | undefined): string | null {
  const value = cell?.value;
  if (value === null || value === undefined) return null;
  const text =
    value instanceof Date
      ? formatDay(value)
      : typeof value === 'number'
        ? String(value).replace('.', ',')
        : String(value);
  const clean = text.normalize('NFC').replace(/\s+$/u, '').replace(/^\s+/u, '');
  return clean === '' ? null : clean;
}

const isPercentFormat = (format: string | undefined) =>
  format !== undefined && format.includes('%');

/** A number: a numeric cell, or text with a decimal comma or point, a trailing %. */
export function readNumber(cell: CellRead | undefined): Reading<number> {
  const value = cell?.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? { ok: isPercentFormat(cell?.format) ? round(value * 100) : value }
      : { bad: String(value) };
  const text = readText(cell);
  if (text === null) return null;
  const percent = text.endsWith('%');
  const digits = (percent ? text.slice(0, -1) : text).trim().replace(/\s/g, '');
  // "8,5" and "8.5" alike; "1.234,5" (thousands with points) too.
  const normal = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(digits)
    ? digits.replace(/\./g, '').replace(',', '.')
    : digits.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return { bad: text };
  return { ok: Number(normal) };
}

/** Rounded to 10 decimals: 0.64 × 100 is 64, not 64.00000000000001. */
const round = (value: number) => Math.round(value * 1e10) / 1e10;

/**
 * A progress percentage: a number; a fraction in a percent cell or typed as
 * one (0,64) is 64.
 */
export function readProgress(cell: CellRead | undefined): Reading<number> {
  const reading = readNumber(cell);
  if (reading === null || 'bad' in reading) return reading;
  const value = reading.ok;
  return { ok: value > 0 && value < 1 ? round(value * 100) : value };
}

/** A day: a date cell, a serial number, or text dd/mm/yyyy (also with - or .) or yyyy-mm-dd. */
export function readDate(cell: CellRead | undefined): Reading<IsoDate> {
  const value = cell?.value;
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { ok: formatIso(value) };
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 2958465) return { bad: String(value) };
    return { ok: formatIso(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000)) };
  }
  const text = readText(cell);
  if (text === null) return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const parts = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
      : null;
  if (!parts || parts[1]! < 1 || parts[1]! > 12 || parts[2]! < 1) return { bad: text };
  const day = isoDate(parts[0]!, parts[1]!, parts[2]!);
  return isRealDate(day) ? { ok: day } : { bad: text };
}

function formatIso(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

function formatDay(date: Date): string {
  const [year, month, day] = formatIso(date).split('-');
  return `${day}/${month}/${year}`;
}

/** Without diacritics, lower case, single spaces: "Đang Triển  khai" → "dang trien khai". */
export function plainWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const YES = new Set(['co', 'x', 'yes', 'uoc', 'uoc thuc hien']);
const NO = new Set(['khong', 'no']);

/** A yes/no choice ("Có", "x", "ước thực hiện"; "Không"): true, false, or the text when it is neither. */
export function readYesNo(cell: CellRead | undefined): Reading<boolean> {
  if (typeof cell?.value === 'boolean') return { ok: cell.value };
  const text = readText(cell);
  if (text === null) return null;
  const plain = plainWords(text);
  return YES.has(plain) ? { ok: true } : NO.has(plain) ? { ok: false } : { bad: text };
}

const STATUS_PLAIN: ReadonlyMap<string, TaskStatus> = new Map([
  ['chua trien khai', 'not_started'],
  ['dang trien khai', 'in_progress'],
  ['hoan thanh', 'done'],
  ['dung thuc hien', 'cancelled'],
]);

/** A status as the contract reads it, or written without diacritics ("dang trien khai"). */
export function readStatus(
  cell: CellRead | undefined,
): Reading<TaskStatus> & ({ suggestion?: string } | null) {
  const text = readText(cell);
  if (text === null) return null;
  const status = parseStatus(text) ?? STATUS_PLAIN.get(plainWords(text));
  if (status) return { ok: status };
  const near = suggest(plainWords(text), [...STATUS_PLAIN.keys()]);
  const shown = [...STATUS_PLAIN.entries()].find(([plain]) => plain === near);
  return shown ? { bad: text, suggestion: STATUS_SPELLED[shown[1]] } : { bad: text };
}

const STATUS_SPELLED: Record<TaskStatus, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang triển khai',
  done: 'Hoàn thành',
  cancelled: 'Dừng thực hiện',
};
