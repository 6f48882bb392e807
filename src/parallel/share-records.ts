/**
 * Shares the record files of a dataset between this thread and helpers (worker
 * threads): contiguous batches go to whichever is free, and the parts come
 * back in batch order, so merging them gives exactly what validating every
 * file here, in order, gives.
 */
import type { FoundFile } from '../dataset/source-file.js';
import type { Settings } from '../model/types.js';
import type { Collected } from '../validate/collected.js';
import type { RecordValidation } from '../validate/validate-dataset.js';

/** Validates one batch of record files somewhere else (a worker thread). */
export type BatchHelper = (
  files: FoundFile[],
  settings: Settings | undefined,
) => Promise<Collected>;

/** About this many bytes of YAML per batch: small enough to share evenly, large enough that a message costs little. */
export const BATCH_BYTES = 256 * 1024;

/** Contiguous runs of files of about `batchBytes` each, so the merge keeps file order. */
export function intoBatches(files: readonly FoundFile[], batchBytes = BATCH_BYTES): FoundFile[][] {
  const batches: FoundFile[][] = [];
  let current: FoundFile[] = [];
  let bytes = 0;
  for (const file of files) {
    current.push(file);
    bytes += file.bytes;
    if (bytes >= batchBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Record validation shared with `helpers`, this thread taking its share too
 * (one isolate fewer in memory than a helper per core).
 */
export function sharedRecords(
  helpers: readonly BatchHelper[],
  batchBytes = BATCH_BYTES,
): RecordValidation {
  return {
    async validate(files, settings, here, onDone) {
      const batches = intoBatches(files, batchBytes);
      const parts = new Array<Collected>(batches.length);
      let next = 0;
      const drain = async (run: (batch: FoundFile[]) => Promise<Collected>) => {
        while (next < batches.length) {
          const index = next++;
          const batch = batches[index]!;
          parts[index] = await run(batch);
          onDone(batch.length);
          // This thread's batches finish without waiting on I/O: give the event loop a
          // turn, or the helpers' replies wait until this thread has taken every batch.
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      await Promise.all([
        ...helpers.map((helper) => drain((batch) => helper(batch, settings))),
        drain(here),
      ]);
      return parts;
    },
  };
}
