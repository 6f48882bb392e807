import { describe, expect, it } from 'vitest';
import { dosDate, pinZipTimestamps } from '../../src/render/zip-timestamps.js';
import { readZip, storedZip } from '../helpers/zip-reader.js';

// 2031-03-04 05:06:08, as a clock would stamp it.
const CLOCK = { date: ((2031 - 1980) << 9) | (3 << 5) | 4, time: (5 << 11) | (6 << 5) | 4 };

describe('dosDate', () => {
  it('packs year − 1980, month and day', () => {
    expect(dosDate('2024-06-30')).toBe((44 << 9) | (6 << 5) | 30);
    expect(dosDate('1980-01-01')).toBe(33);
  });

  it('stamps a day outside 1980–2107 with the nearest end', () => {
    expect(dosDate('1975-06-30')).toBe(dosDate('1980-01-01'));
    expect(dosDate('2999-06-30')).toBe(dosDate('2107-12-31'));
  });
});

describe('pinZipTimestamps', () => {
  it('stamps every entry, in the local and the central header, with the day at 00:00', () => {
    const zip = storedZip({ 'a.xml': '<a/>', 'dir/b.xml': '<b>bé</b>' }, CLOCK);
    const pinned = readZip(pinZipTimestamps(zip, '2024-06-30'));
    const stamp = { date: dosDate('2024-06-30'), time: 0 };
    expect(pinned).toEqual([
      { name: 'a.xml', central: stamp, local: stamp, text: '<a/>' },
      { name: 'dir/b.xml', central: stamp, local: stamp, text: '<b>bé</b>' },
    ]);
  });

  it('leaves its input as it was', () => {
    const zip = storedZip({ 'a.xml': '<a/>' }, CLOCK);
    const before = Buffer.from(zip);
    pinZipTimestamps(zip, '2024-06-30');
    expect(Buffer.from(zip).equals(before)).toBe(true);
  });

  it('refuses what is not a ZIP archive', () => {
    expect(() =>
      pinZipTimestamps(new TextEncoder().encode('not a zip, just text'), '2024-06-30'),
    ).toThrow('no end of central directory record');
  });

  it('refuses entries whose extra fields carry timestamps of their own', () => {
    const extendedTimestamp = Buffer.from([0x55, 0x54, 0x05, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00]);
    const zip = storedZip({ 'a.xml': '<a/>' }, CLOCK, extendedTimestamp);
    expect(() => pinZipTimestamps(zip, '2024-06-30')).toThrow('0x5455');
  });
});
