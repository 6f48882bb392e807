/** Unicode NFC for parsed values: Vietnamese typed on different keyboards compares equal. */

/**
 * The parsed value with every string in NFC. Most files are typed in NFC
 * already: one check of the whole text spares a walk over every value. A
 * backslash may be an escape (\u0301) that makes NFD out of NFC text: walk then.
 */
export function inNfc(value: unknown, text: string): unknown {
  const nfc = !text.includes('\\') && text === text.normalize('NFC');
  return nfc ? value : normalizeStrings(value);
}

/** NFC for every string, keys included; iterative, and each object once (aliases share objects). */
function normalizeStrings(root: unknown): unknown {
  if (typeof root === 'string') return root.normalize('NFC');
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
        if (nfcKey !== key) delete record[key];
        record[nfcKey] = value;
        if (value !== null && typeof value === 'object') stack.push(value);
      }
    }
  }
  return root;
}
