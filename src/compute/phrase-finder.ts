/**
 * Which of many phrases a text contains, in time linear in the text (an
 * Aho–Corasick automaton): theme keywords were looked for one by one, each
 * normalised again for every text, so texts × keywords made a 1.2 MB
 * dataset build for a minute and a half. Pure; phrases are matched as given
 * (callers pass them in the search form already).
 */

interface Node {
  next: Map<number, Node>;
  /** The longest proper suffix of this node's string that is a node too. */
  fail: Node | null;
  /** The nearest node along `fail` links that ends a phrase. */
  output: Node | null;
  /** The phrases ending here (their indexes). */
  phrases: number[];
  /** The last text this node was met in, so each is reported once per text. */
  seen: number;
}

const node = (): Node => ({ next: new Map(), fail: null, output: null, phrases: [], seen: -1 });

export interface PhraseFinder {
  /** The indexes of the phrases the text contains, each once, in no set order. */
  find(text: string): number[];
}

/** A finder for `phrases`; an empty phrase is never found. */
export function phraseFinder(phrases: readonly string[]): PhraseFinder {
  const root = node();
  phrases.forEach((phrase, index) => {
    if (phrase === '') return;
    let current = root;
    for (let i = 0; i < phrase.length; i++) {
      const code = phrase.charCodeAt(i);
      let child = current.next.get(code);
      if (!child) current.next.set(code, (child = node()));
      current = child;
    }
    current.phrases.push(index);
  });
  // Breadth first: a node's fail link is set from its parent's, which is nearer the root.
  const queue: Node[] = [];
  for (const child of root.next.values()) {
    child.fail = root;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const parent = queue[head]!;
    for (const [code, child] of parent.next) {
      let fail = parent.fail;
      while (fail !== null && !fail.next.has(code)) fail = fail.fail;
      child.fail = fail === null ? root : fail.next.get(code)!;
      child.output = child.fail.phrases.length > 0 ? child.fail : child.fail.output;
      queue.push(child);
    }
  }
  let texts = 0;
  return {
    find(text) {
      const found: number[] = [];
      const mark = texts++;
      let current = root;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        while (current !== root && !current.next.has(code)) current = current.fail!;
        current = current.next.get(code) ?? root;
        // Each node is reported once per text: past one already met, its outputs were reported too.
        for (let hit: Node | null = current; hit !== null && hit.seen !== mark; hit = hit.output) {
          hit.seen = mark;
          found.push(...hit.phrases);
        }
      }
      return found;
    },
  };
}
