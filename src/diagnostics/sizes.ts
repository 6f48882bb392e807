/**
 * Sizes in messages: a size beside its limit, so that the two never read the
 * same. "5,0 MB, tối đa 5,0 MB" said nothing about a file 2 bytes over.
 */

const MB = 1024 * 1024;

/** Whole numbers with a group separator: 5.242.882 (vi), 5,242,882 (en). */
export function grouped(value: number, separator: '.' | ','): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const groups = digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return value < 0 ? `-${groups}` : groups;
}

/**
 * A size and its limit (bytes) as words: in MB with one decimal when that
 * tells them apart, else both in bytes. `comma`: the decimal comma (vi).
 */
export function sizeAndLimit(
  size: number,
  limit: number,
  comma: boolean,
): { size: string; limit: string } {
  const mb = (bytes: number) => (bytes / MB).toFixed(1);
  if (mb(size) !== mb(limit)) {
    const text = (bytes: number) => `${comma ? mb(bytes).replace('.', ',') : mb(bytes)} MB`;
    return { size: text(size), limit: text(limit) };
  }
  const unit = comma ? 'byte' : 'bytes';
  const text = (bytes: number) => `${grouped(bytes, comma ? '.' : ',')} ${unit}`;
  return { size: text(size), limit: text(limit) };
}
