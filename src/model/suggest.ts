/**
 * "Did you mean …": the closest known name within a small edit distance, so a
 * typo like `deadlne` or `so-kcn` gets the fix in the message.
 *
 * A dataset can hold tens of thousands of ids and a file thousands of typos,
 * so the known names are indexed by length once (`suggester`): an input is
 * compared only with names whose length is within the distance allowed,
 * nearest lengths first, and a length farther than the best distance found is
 * not looked at. Each comparison is fastest-levenshtein's `distance` (Myers's
 * bit-parallel algorithm, 32 characters a step, so a 64-character id costs two
 * words a character, not a row of 64 cells): 1,000 typos against 1,500 ids of
 * 64 characters take about a second (bench/, the long-ids case).
 */
import { distance as levenshtein } from 'fastest-levenshtein';

/** The edit distance of two texts (insertions, deletions and substitutions of UTF-16 units). */
export type EditDistance = (a: string, b: string) => number;

/** The closest of `known` to `input`; for one look-up (many look-ups: `suggester`). */
export function suggest(input: string, known: Iterable<string>): string | undefined {
  return suggester(known)(input);
}

interface Candidate {
  name: string;
  lower: string;
  /** Position in `known`: of two names as close, the first is suggested. */
  index: number;
}

/**
 * Indexes the known names once; the function returned gives, for an input,
 * the known name nearest to it (case-insensitive) within the allowed distance
 * (a third of the input's length, from 1 to 3), the first one listed on a tie;
 * undefined when none is that close. `distance` is there for tests to count
 * the comparisons.
 */
export function suggester(
  known: Iterable<string>,
  distance: EditDistance = levenshtein,
): (input: string) => string | undefined {
  const byLength = new Map<number, Candidate[]>();
  let index = 0;
  for (const name of known) {
    const lower = name.toLowerCase();
    const bucket = byLength.get(lower.length);
    const candidate = { name, lower, index: index++ };
    if (bucket) bucket.push(candidate);
    else byLength.set(lower.length, [candidate]);
  }
  return (input) => {
    const needle = input.toLowerCase();
    const budget = Math.max(1, Math.min(3, Math.floor(needle.length / 3)));
    let best: Candidate | undefined;
    let bestDistance = budget + 1;
    // A name `gap` characters longer or shorter is at least `gap` edits away: once a
    // name nearer than that is found, that length cannot give a better (or an equal) one.
    for (let gap = 0; gap <= budget && gap <= bestDistance; gap++) {
      for (const length of gap === 0
        ? [needle.length]
        : [needle.length - gap, needle.length + gap]) {
        for (const candidate of byLength.get(length) ?? []) {
          const found = distance(needle, candidate.lower);
          if (
            found < bestDistance ||
            (found === bestDistance && best !== undefined && candidate.index < best.index)
          ) {
            best = candidate;
            bestDistance = found;
          }
        }
      }
    }
    return best?.name;
  };
}
