/**
 * Vietnamese collation (a < ă < â, d < đ < e, o < ô < ơ, u < ư), shared by every
 * place that orders names, so that lists read as a Vietnamese reader expects.
 * Ties fall back to the id, so the order never depends on input order.
 */
const VIETNAMESE = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });
const IDS = new Intl.Collator('en', { numeric: true });

/** Compares two Vietnamese texts. */
export function compareVi(a: string, b: string): number {
  return VIETNAMESE.compare(a, b);
}

/** Compares ids in natural order (CQS-2 before CQS-10), then code point order. */
export function compareIds(a: string, b: string): number {
  return IDS.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Orders things by Vietnamese name, then by id. */
export function byNameThenId<T extends { name: string; id: string }>(a: T, b: T): number {
  return compareVi(a.name, b.name) || compareIds(a.id, b.id);
}
