/**
 * A small seeded pseudo-random generator, so every generated dataset is the
 * same byte for byte on every machine and run (Math.random is never used).
 */

/**
 * mulberry32: a 32-bit state generator, fast and good enough for test data.
 * @param {number} seed any integer; only its low 32 bits count
 * @returns {() => number} a function returning floats in [0, 1)
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @typedef {object} Random
 * @property {() => number} next a float in [0, 1)
 * @property {(min: number, max: number) => number} int an integer in [min, max], both included
 * @property {<T>(items: readonly T[]) => T} pick one item, uniformly
 * @property {(probability: number) => boolean} chance true with the given probability
 * @property {<T>(items: readonly T[], count: number) => T[]} sample `count` distinct items, in list order
 */

/**
 * A random source for one section of the dataset. Each section (agencies,
 * tasks, …) gets its own stream derived from the seed, so the agencies of the
 * national and the stress sizes are identical even though their task counts differ.
 * @param {number} seed the generator's seed
 * @param {string} section a name for the stream, e.g. `agencies`
 * @returns {Random}
 */
export function createRandom(seed, section) {
  const next = mulberry32(seed ^ hashString(section));
  /** @type {Random['int']} */
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return /** @type {any} */ (items[int(0, items.length - 1)]);
    },
    chance: (probability) => next() < probability,
    sample: (items, count) => {
      const chosen = new Set();
      const wanted = Math.min(count, items.length);
      while (chosen.size < wanted) chosen.add(int(0, items.length - 1));
      return [...chosen].sort((a, b) => a - b).map((index) => items[index]);
    },
  };
}

/**
 * FNV-1a, 32 bits: turns a section name into a seed offset.
 * @param {string} text
 * @returns {number}
 */
function hashString(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
