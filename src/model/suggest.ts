/**
 * "Did you mean …": the closest known name within a small edit distance, so a
 * typo like `deadlne` or `so-kcn` gets the fix in the message.
 *
 * A dataset can hold tens of thousands of ids and a file thousands of typos,
 * so the known names are indexed once (`suggester`): an input is compared only
 * with names whose length is within the distance allowed, and each comparison
 * is Myers's bit-parallel edit distance, one step per character of the name
 * for an input of up to 32 characters (a table of every pair of characters
 * otherwise). 1,000 typos against 10,000 similar ids then take a fraction of a
 * second instead of minutes.
 */

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
 * undefined when none is that close.
 */
export function suggester(known: Iterable<string>): (input: string) => string | undefined {
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
    const distance = distanceFrom(needle);
    let best: Candidate | undefined;
    let bestDistance = budget + 1;
    for (let length = needle.length - budget; length <= needle.length + budget; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        const found = distance(candidate.lower, bestDistance + 1);
        if (
          found < bestDistance ||
          (found === bestDistance && best && candidate.index < best.index)
        ) {
          best = candidate;
          bestDistance = found;
        }
      }
    }
    return best?.name;
  };
}

/** Widest input Myers's algorithm takes in one 32-bit word. */
const WORD = 32;

/**
 * The edit distance from `needle` to any text: exact when below `ceiling`, else
 * at least `ceiling`.
 */
function distanceFrom(needle: string): (text: string, ceiling: number) => number {
  if (needle.length === 0) return (text) => text.length;
  if (needle.length > WORD) return (text, ceiling) => tableDistance(needle, text, ceiling);
  // Where each character occurs in the needle, as bits: ASCII (every id) in a table, others in a map.
  const ascii = new Int32Array(128);
  const others = new Map<number, number>();
  for (let i = 0; i < needle.length; i++) {
    const code = needle.charCodeAt(i);
    if (code < 128) ascii[code]! |= 1 << i;
    else others.set(code, (others.get(code) ?? 0) | (1 << i));
  }
  const occurs = (code: number): number => (code < 128 ? ascii[code]! : (others.get(code) ?? 0));
  const last = 1 << (needle.length - 1);
  return (text) => {
    // Hyyrö's formulation of Myers (1999): vertical +1/-1 deltas of the column as bit vectors.
    let plus = -1;
    let minus = 0;
    let score = needle.length;
    for (let j = 0; j < text.length; j++) {
      let equal = occurs(text.charCodeAt(j));
      const vertical = equal | minus;
      equal |= ((equal & plus) + plus) ^ plus;
      minus |= ~(equal | plus);
      plus &= equal;
      if (minus & last) score++;
      if (plus & last) score--;
      minus = (minus << 1) | 1;
      plus = (plus << 1) | ~(vertical | minus);
      minus &= vertical;
    }
    return score;
  };
}

/** Levenshtein distance by the table, giving up (returning `ceiling`) once it cannot be below it. */
function tableDistance(a: string, b: string, ceiling: number): number {
  if (Math.abs(a.length - b.length) >= ceiling) return ceiling;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= ceiling) return ceiling;
    previous = current;
  }
  return previous[b.length]!;
}
