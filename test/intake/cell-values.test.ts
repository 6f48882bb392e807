/** What offices type, read as they mean it (issue 25). */
import { describe, expect, it } from 'vitest';
import {
  readDate,
  readNumber,
  readProgress,
  readStatus,
  readText,
} from '../../src/intake/cell-values.js';

describe('cells as offices type them', () => {
  it('numbers: decimal comma or point, text, thousands, percent', () => {
    expect(readNumber({ value: '8,5' })).toEqual({ ok: 8.5 });
    expect(readNumber({ value: '8.5' })).toEqual({ ok: 8.5 });
    expect(readNumber({ value: ' 64 ' })).toEqual({ ok: 64 });
    expect(readNumber({ value: '1.234,5' })).toEqual({ ok: 1234.5 });
    expect(readNumber({ value: '120%' })).toEqual({ ok: 120 });
    expect(readNumber({ value: 0.64, format: '0%' })).toEqual({ ok: 64 });
    expect(readNumber({ value: 'tám' })).toEqual({ bad: 'tám' });
    expect(readNumber({ value: null })).toBeNull();
  });

  it('progress: a fraction is a percentage', () => {
    expect(readProgress({ value: '0,64' })).toEqual({ ok: 64 });
    expect(readProgress({ value: 100 })).toEqual({ ok: 100 });
  });

  it('dates: day first as text, ISO, a serial, a date cell; impossible days refused', () => {
    expect(readDate({ value: '10/11/2026' })).toEqual({ ok: '2026-11-10' });
    expect(readDate({ value: '5-6-2024' })).toEqual({ ok: '2024-06-05' });
    expect(readDate({ value: '2024-06-05' })).toEqual({ ok: '2024-06-05' });
    expect(readDate({ value: 45453 })).toEqual({ ok: '2024-06-10' });
    expect(readDate({ value: new Date(Date.UTC(2024, 5, 10)) })).toEqual({ ok: '2024-06-10' });
    expect(readDate({ value: '30/02/2024' })).toEqual({ bad: '30/02/2024' });
  });

  it('statuses: any case, NFD, without diacritics; a near miss suggests the spelling', () => {
    expect(readStatus({ value: 'ĐANG TRIỂN KHAI' })).toEqual({ ok: 'in_progress' });
    expect(readStatus({ value: 'hoàn thành'.normalize('NFD') })).toEqual({ ok: 'done' });
    expect(readStatus({ value: 'dang trien khai ' })).toEqual({ ok: 'in_progress' });
    expect(readStatus({ value: 'hoan thanhh' })).toEqual({
      bad: 'hoan thanhh',
      suggestion: 'Hoàn thành',
    });
  });

  it('text: NFC, trimmed, empty is nothing', () => {
    expect(readText({ value: '  Thiếu kinh phí '.normalize('NFD') })).toBe('Thiếu kinh phí');
    expect(readText({ value: '   ' })).toBeNull();
  });
});
