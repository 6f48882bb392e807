import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { suggest, suggester, type EditDistance } from '../../src/model/suggest.js';

/** `distance`, counting its calls. */
function counted(): { distance: EditDistance; calls: () => number } {
  let calls = 0;
  return {
    distance: (a, b) => {
      calls++;
      return distance(a, b);
    },
    calls: () => calls,
  };
}

describe('suggest', () => {
  it.each<[string, string[], string | undefined]>([
    ['deadlne', ['title', 'deadline', 'lead'], 'deadline'],
    ['so-kcn', ['so-khcn', 'so-yte'], 'so-khcn'],
    ['SO-YTE', ['so-khcn', 'so-yte'], 'so-yte'],
    ['Sở-Y-Tế', ['sở-y-tế'], 'sở-y-tế'],
    // Two names one edit away: the first listed.
    ['so-ab', ['so-abc', 'so-a', 'so-abd'], 'so-abc'],
    // A third of the length, at least 1 and at most 3: `ab` allows one edit, not two.
    ['ab', ['xy', 'abc'], 'abc'],
    ['xyz', ['so-khcn', 'so-yte'], undefined],
    ['abcdefghijklmnopqrstu', ['abcdefghijklmnopqrstuvwxy'], undefined],
    ['abcdefghijklmnopqrstu', ['abcdefghijklmnopqrstuvwx'], 'abcdefghijklmnopqrstuvwx'],
  ])('%s among %j → %s', (input, known, expected) => {
    expect(suggest(input, known)).toBe(expected);
  });

  it('gives what comparing with every known name gives, nearest first, the first listed on a tie', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 8 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (input, known) => {
        const budget = Math.max(1, Math.min(3, Math.floor(input.length / 3)));
        let expected: string | undefined;
        let nearest = budget + 1;
        for (const name of known) {
          const found = distance(input.toLowerCase(), name.toLowerCase());
          if (found < nearest) [expected, nearest] = [name, found];
        }
        expect(suggest(input, known)).toBe(expected);
      }),
      { numRuns: 500, seed: 23 },
    );
  });
});

/** 64 characters, the longest an id may be, sharing all but the number (bench/lib/long-ids.mjs). */
const longId = (index: number) =>
  `tinh-quang-tri.so-khcn.phong-chuyen-doi-so-va-cong-nghe-tho.${String(index).padStart(4, '0')}`;

describe('suggester, ids of 64 characters', () => {
  const ids = Array.from({ length: 1500 }, (_, index) => longId(index));
  // Shorter names in the same catalogue: never compared with a 63- or 64-character input.
  const short = Array.from({ length: 500 }, (_, index) => `so-nganh-${index}`);
  // Every third misspelt id has a letter dropped (63 characters), the others one changed.
  const typos = Array.from({ length: 1000 }, (_, index) => {
    const id = longId(Math.floor((index * 3) / 2));
    const at = 20 + (index % 40);
    return index % 3 === 2
      ? id.slice(0, at) + id.slice(at + 1)
      : id.slice(0, at) + (id[at] === 'x' ? 'y' : 'x') + id.slice(at + 1);
  });

  it('1,000 misspelt ids against 1,500: each its own id, compared only with the ids of its length ± 1', () => {
    const counter = counted();
    const nearest = suggester([...short, ...ids], counter.distance);
    const suggested = typos.map((typo) => nearest(typo));
    expect(suggested).toEqual(
      Array.from({ length: 1000 }, (_, index) => longId(Math.floor((index * 3) / 2))),
    );
    expect(suggested.slice(0, 3)).toEqual([
      'tinh-quang-tri.so-khcn.phong-chuyen-doi-so-va-cong-nghe-tho.0000',
      'tinh-quang-tri.so-khcn.phong-chuyen-doi-so-va-cong-nghe-tho.0001',
      'tinh-quang-tri.so-khcn.phong-chuyen-doi-so-va-cong-nghe-tho.0003',
    ]);
    // One comparison with each 64-character id per look-up: 1,000 × 1,500, none with the 500 short names.
    expect(counter.calls()).toBe(1000 * 1500);
  });

  it('stops at the input’s own length once a name that near is found', () => {
    const counter = counted();
    const nearest = suggester([`${longId(1)}x`, longId(0), longId(1).slice(1)], counter.distance);
    expect(nearest(longId(0).toUpperCase())).toBe(longId(0));
    // The 64-character id is 0 edits away: the 63- and 65-character names are not compared.
    expect(counter.calls()).toBe(1);
  });
});
