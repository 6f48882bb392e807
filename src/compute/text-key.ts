/**
 * How reported texts (difficulties, proposals, task issues) are tidied and
 * matched, so that the same difficulty typed by two agencies is listed once.
 */

/** The text as it is shown: NFC, trimmed, runs of white space as one space. */
export function tidyText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * The key two texts are matched on: the tidied text, lower-cased, without a
 * trailing '.' or ';' ("Thiếu kinh phí." and "thiếu  kinh phí" match).
 */
export function textKey(text: string): string {
  return tidyText(text)
    .replace(/[\s.;]+$/, '')
    .toLowerCase();
}

/** The texts without repeats (by {@link textKey}), first spelling kept, empty texts dropped. */
export function distinctTexts(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const text of texts) {
    const key = textKey(text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tidyText(text));
  }
  return result;
}
