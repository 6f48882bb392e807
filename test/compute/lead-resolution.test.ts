import { describe, expect, it } from 'vitest';
import { effectiveLead, isActiveOn } from '../../src/compute/lead-resolution.js';
import type { Agency } from '../../src/model/types.js';
import { agency } from './dataset-builder.js';

function catalogue(...agencies: Agency[]): Map<string, Agency> {
  return new Map(agencies.map((entry) => [entry.id, entry]));
}

describe('isActiveOn', () => {
  const huyen = agency('huyen', 'UBND huyện Cam Lộ', {
    activeFrom: '2020-01-01',
    activeUntil: '2025-06-30',
  });
  it.each([
    ['2019-12-31', false],
    ['2020-01-01', true],
    ['2025-06-30', true],
    ['2025-07-01', false],
  ])('on %s → %s', (day, expected) => {
    expect(isActiveOn(huyen, day)).toBe(expected);
  });

  it('treats missing bounds as open', () => {
    expect(isActiveOn(agency('x', 'X'), '1900-01-01')).toBe(true);
  });
});

describe('effectiveLead', () => {
  const chain = catalogue(
    agency('tttt', 'Sở TT&TT', { activeUntil: '2025-02-28', successor: 'khcn' }),
    agency('khcn', 'Sở KH&CN', { activeUntil: '2025-06-30', successor: 'khcn-moi' }),
    agency('khcn-moi', 'Sở KH&CN (mới)', { activeFrom: '2025-07-01' }),
  );

  it.each([
    ['2025-02-28', 'tttt'],
    ['2025-03-01', 'khcn'],
    ['2025-07-01', 'khcn-moi'],
  ])('on %s a task of Sở TT&TT counts under %s', (day, expected) => {
    expect(effectiveLead('tttt', day, chain)?.id).toBe(expected);
  });

  it('skips a successor that does not exist yet and keeps the last of the chain', () => {
    // On 2025-03-01 neither the lead nor its only successor (from 2025-07-01) is active.
    const agencies = catalogue(
      agency('huyen', 'UBND huyện', { activeUntil: '2025-02-28', successor: 'xa' }),
      agency('xa', 'UBND xã', { activeFrom: '2025-07-01' }),
    );
    expect(effectiveLead('huyen', '2025-03-01', agencies)?.id).toBe('xa');
  });

  it('keeps an inactive lead without successor', () => {
    const agencies = catalogue(agency('huyen', 'UBND huyện', { activeUntil: '2025-06-30' }));
    expect(effectiveLead('huyen', '2025-07-01', agencies)?.id).toBe('huyen');
  });

  it('stops on a cycle of inactive agencies instead of looping', () => {
    const agencies = catalogue(
      agency('p', 'P', { activeUntil: '2020-01-01', successor: 'q' }),
      agency('q', 'Q', { activeUntil: '2020-01-01', successor: 'p' }),
    );
    expect(effectiveLead('p', '2024-01-01', agencies)?.id).toBe('q');
  });

  it('returns undefined for an id not in the catalogue', () => {
    expect(effectiveLead('missing', '2024-01-01', chain)).toBeUndefined();
  });
});
