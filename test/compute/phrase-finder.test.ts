import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseFinder } from '../../src/compute/phrase-finder.js';

const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);

describe('phraseFinder', () => {
  it('finds overlapping, nested and repeated phrases, each once', () => {
    const finder = phraseFinder(['kiêm nhiệm', 'nhiệm', 'a', 'aa', 'aaa', '', 'kiêm nhiệm']);
    expect(sorted(finder.find('cán bộ kiêm nhiệm'))).toEqual([0, 1, 6]);
    expect(sorted(finder.find('aaaa'))).toEqual([2, 3, 4]);
    expect(finder.find('')).toEqual([]);
  });

  it('finds exactly the phrases the text includes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[abcđ ]{0,4}$/), { maxLength: 12 }),
        fc.array(fc.stringMatching(/^[abcđ ]{0,30}$/), { maxLength: 4 }),
        (phrases, texts) => {
          const finder = phraseFinder(phrases);
          for (const text of texts) {
            const expected = phrases.flatMap((phrase, index) =>
              phrase !== '' && text.includes(phrase) ? [index] : [],
            );
            expect(sorted(finder.find(text))).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
