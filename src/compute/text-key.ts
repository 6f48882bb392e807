/**
 * How reported texts (difficulties, proposals, task issues) are tidied and
 * matched, so that the same difficulty typed by two agencies is listed once.
 */

/** The text as it is shown: NFC, trimmed, runs of white space as one space. */
export function tidyText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * The key two texts are matched on (spec § themes.yaml: "compare NFC, case- and
 * punctuation-insensitively"): the tidied text in Vietnamese lower case, every
 * punctuation mark dropped ("Thiếu kinh phí." , "thiếu  kinh phí" and
 * "Thiếu kinh phí;" match; "Hạ tầng, thiết bị" and "Hạ tầng thiết bị" too).
 */
export function textKey(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    key = tidyText(text)
      .toLocaleLowerCase('vi')
      .replace(/\p{P}+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    // The same issue is typed on many tasks: each text is keyed once (a bounded memo).
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(text, key);
  }
  return key;
}

/** Keys already worked out, by text; emptied when it holds MAX_KEYS. */
const KEYS = new Map<string, string>();
const MAX_KEYS = 50_000;

/** A keyword or text in the form keywords are looked for in: NFC, Vietnamese lower case, spaces collapsed. */
export function searchForm(text: string): string {
  return tidyText(text).toLocaleLowerCase('vi');
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
