/**
 * Helpers to write YAML text by hand. The generator writes files the way staff
 * type them (plain scalars, block lists) rather than through a serialiser, which
 * also keeps generating 100,000 tasks fast.
 */

const RESERVED_WORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', '~']);

/**
 * A scalar as YAML text: plain where a plain scalar reads back as the same
 * string, else double-quoted (JSON string syntax is valid YAML).
 * @param {string} text
 * @returns {string}
 */
export function scalar(text) {
  const plainSafe =
    /^\p{L}/u.test(text) &&
    !/[\n\t"]/.test(text) &&
    !text.includes(': ') &&
    !text.includes(' #') &&
    !text.endsWith(':') &&
    !text.endsWith(' ') &&
    !RESERVED_WORDS.has(text.toLowerCase());
  return plainSafe ? text : JSON.stringify(text);
}

/**
 * An ASCII identifier from Vietnamese words: "Sở Khoa học và Công nghệ" → "so-khoa-hoc-va-cong-nghe".
 * @param {string} text
 * @returns {string}
 */
export function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const MS_PER_DAY = 86_400_000;

/**
 * The day number (days since 1970-01-01) of an ISO date.
 * @param {string} isoDate `YYYY-MM-DD`
 * @returns {number}
 */
export function dayNumber(isoDate) {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

/**
 * The ISO date of a day number; always a real calendar day.
 * @param {number} day days since 1970-01-01
 * @returns {string}
 */
export function isoDate(day) {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * A number padded with zeros: pad(7, 3) → "007".
 * @param {number} value
 * @param {number} width
 * @returns {string}
 */
export function pad(value, width) {
  return String(value).padStart(width, '0');
}
