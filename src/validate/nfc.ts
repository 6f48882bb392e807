/** Unicode NFC for parsed values: Vietnamese typed on different keyboards compares equal. */

/**
 * The parsed value with every string in NFC, or undefined when two keys of
 * one mapping become one key in NFC (`K` and the KELVIN SIGN U+212A, `ê` typed
 * as NFC and as NFD): a duplicate key, which the caller must report, never
 * merge (one value would silently win). Most files are typed in NFC already:
 * one check of the whole text spares a walk over every value; such a text
 * cannot hold two keys that fold into one. A backslash may be an escape
 * (\u0301) that makes NFD out of NFC text: walk then.
 */
export function inNfc(value: unknown, text: string): { value: unknown } | undefined {
  const nfc = !text.includes('\\') && text === text.normalize('NFC');
  if (nfc) return { value };
  return normalizeStrings(value) ? { value } : undefined;
}

/**
 * NFC for every string, keys included, in place; iterative, and each object
 * once (aliases share objects). False when two keys of one object fold into one.
 */
function normalizeStrings(root: unknown): boolean {
  if (typeof root === 'string') return true;
  const seen = new WeakSet<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        if (typeof item === 'string') node[index] = item.normalize('NFC');
        else if (item !== null && typeof item === 'object') stack.push(item);
      });
    } else {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = record[key];
        const value = typeof item === 'string' ? item.normalize('NFC') : item;
        const nfcKey = key.normalize('NFC');
        if (nfcKey !== key) {
          // The NFC spelling is taken by another key (in NFC, or renamed into it before).
          if (Object.hasOwn(record, nfcKey)) return false;
          delete record[key];
        }
        record[nfcKey] = value;
        if (value !== null && typeof value === 'object') stack.push(value);
      }
    }
  }
  return true;
}
