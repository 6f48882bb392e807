/**
 * Near-identical wordings of one difficulty or proposal, joined for the body.
 * Agencies type the same complaint in their own words ("Người dân vẫn có thói
 * quen nộp hồ sơ trực tiếp…" three times, "Người dân vẫn quen nộp hồ sơ trực
 * tiếp…" once): the body counts it once, for its four agencies, in the most
 * raised wording, and quotes it once among a theme's examples. The appendix
 * keeps every wording with its own agencies (`ThemeGroup.texts`).
 *
 * Two texts are alike when their match keys (text-key.ts) are a word or two
 * apart: at most one word added, dropped or changed for every
 * {@link WORDS_PER_EDIT} words of the longer (fastest-levenshtein, as "did you
 * mean", over words), with the same numbers. So "vẫn có thói quen" and "vẫn
 * quen" in a sentence of nineteen words join; "Thiếu kinh phí" and "Thiếu
 * nhân lực", "trên đảo" and "ở vùng sâu", "Còn 5 xã" and "Còn 12 xã" do not.
 */
import { distance } from 'fastest-levenshtein';
import type { SourcedText } from './report-model.js';
import { textKey } from './text-key.js';

/** One word may differ for every this many words of the longer text (texts shorter: none). */
export const WORDS_PER_EDIT = 8;
/**
 * Bounds on the work for a dataset of thousands of distinct texts: only the
 * most raised texts are joined (the body quotes a few of each theme), each
 * compared with the first wordings kept.
 */
const JOINED_TEXTS = 1_000;
const COMPARED_WORDINGS = 200;

/**
 * A text's words as one character each (the first word met is U+0001, …), so
 * that a string edit distance counts words; null past 65,535 distinct words.
 */
type WordSpelling = (key: string) => string | null;

function wordSpelling(): WordSpelling {
  const codes = new Map<string, string>();
  return (key) => {
    let spelt = '';
    for (const word of key.split(' ')) {
      let code = codes.get(word);
      if (code === undefined) {
        if (codes.size >= 0xffff) return null;
        code = String.fromCharCode(codes.size + 1);
        codes.set(word, code);
      }
      spelt += code;
    }
    return spelt;
  };
}

interface Wording {
  /** The key's words, one character each. */
  words: string | null;
  /** The numbers it gives, in order: "còn 5 xã 12 thôn" → "5 12". */
  numbers: string;
}

function wording(text: string, spell: WordSpelling): Wording {
  const key = textKey(text);
  return { words: spell(key), numbers: (key.match(/\d+/g) ?? []).join(' ') };
}

function alikeWordings(a: Wording, b: Wording): boolean {
  if (a.words === null || b.words === null || a.numbers !== b.numbers) return false;
  const allowed = Math.floor(Math.max(a.words.length, b.words.length) / WORDS_PER_EDIT);
  // Texts whose word counts differ by more than the edits allowed cannot be that close.
  return (
    allowed > 0 &&
    Math.abs(a.words.length - b.words.length) <= allowed &&
    distance(a.words, b.words) <= allowed
  );
}

/** Whether two texts are wordings of one (see the module's comment). */
export function alike(a: string, b: string): boolean {
  const spell = wordSpelling();
  return alikeWordings(wording(a, spell), wording(b, spell));
}

const sourceKey = (source: SourcedText['sources'][number]) =>
  [source.agency, source.kind, source.ref].join('\u0000');

const agencyCount = (entry: SourcedText) =>
  new Set(entry.sources.map((source) => source.agency)).size;

/**
 * The texts (most raised first) with alike wordings joined: each joined text
 * keeps the wording met first (the most raised) and the sources of all, each
 * once; then ordered by how many agencies raised it, most first, texts as
 * many keeping their order (the order of `texts`).
 */
export function joinAlike(texts: readonly SourcedText[]): SourcedText[] {
  const spell = wordSpelling();
  const joined: { wording: Wording; entry: SourcedText; seen: Set<string> }[] = [];
  texts.forEach((text, index) => {
    const own = wording(text.text, spell);
    const into =
      index < JOINED_TEXTS
        ? joined.slice(0, COMPARED_WORDINGS).find((kept) => alikeWordings(kept.wording, own))
        : undefined;
    if (into === undefined) {
      const entry = { ...text, sources: [...text.sources] };
      joined.push({ wording: own, entry, seen: new Set(text.sources.map(sourceKey)) });
      return;
    }
    for (const source of text.sources) {
      if (into.seen.has(sourceKey(source))) continue;
      into.seen.add(sourceKey(source));
      into.entry.sources.push(source);
    }
  });
  return joined.map(({ entry }) => entry).sort((a, b) => agencyCount(b) - agencyCount(a));
}
