/**
 * What the checks across files could never report, dropped while the record
 * files are read. Record files refer to the catalogues only (file-kinds.ts) and
 * are read after them, so once the catalogues are in, a reference to a declared
 * id, or a score within its criterion's `max` (or of a criterion that does not
 * exist, which the reference check reports), is settled. Without this, 100,000
 * tasks keep about 400,000 places (each with its path of keys) until the checks
 * run, a third of the memory validation holds at that size (BENCHMARKS.md).
 * The checks in cross-rules.ts stay the whole truth: they see what remains.
 */
import type { Collected } from './collected.js';

/** How far a collection's references and scores have been settled. */
export interface SettledUpTo {
  references: number;
  scores: number;
}

/**
 * Given the collection with every catalogue read, a function that drops the
 * settled references and scores of a collection of record files, from where
 * it last stopped, and says where it stopped.
 */
export function settlerAfterCatalogues(
  catalogues: Collected,
): (records: Collected, from: SettledUpTo) => SettledUpTo {
  const declared = new Map<string, Set<string>>();
  for (const { kind, id } of catalogues.declarations) {
    const ids = declared.get(kind);
    if (ids === undefined) declared.set(kind, new Set([id]));
    else ids.add(id);
  }
  // As checkScores reads it: the last criterion of an id gives its max.
  const max = new Map(catalogues.criteria.map((criterion) => [criterion.id, criterion.max]));
  return (records, from) => {
    const references = keepFrom(
      records.references,
      from.references,
      (reference) => declared.get(reference.kind)?.has(reference.id) !== true,
    );
    const scores = keepFrom(records.scores, from.scores, (score) => {
      const limit = max.get(score.criterion);
      return limit !== undefined && score.value > limit;
    });
    return { references, scores };
  };
}

/** Keeps, from `start` on, only the items `keep` accepts, in order; returns the new length. */
function keepFrom<T>(items: T[], start: number, keep: (item: T) => boolean): number {
  let kept = start;
  for (let index = start; index < items.length; index++) {
    const item = items[index]!;
    if (keep(item)) items[kept++] = item;
  }
  items.length = kept;
  return kept;
}
