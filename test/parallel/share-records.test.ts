/**
 * Sharing record files between this thread and helpers (worker threads in a
 * run) gives exactly what validating them here, one by one, gives: the same
 * dataset and the same diagnostics, whatever order the helpers finish in.
 * The helpers here are in-process stand-ins with random delays, so the
 * scheduling and merging are tested without starting threads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/dataset/limits.js';
import type { FoundFile, SourceFile } from '../../src/dataset/source-file.js';
import { intoBatches, sharedRecords, type BatchHelper } from '../../src/parallel/share-records.js';
import {
  validateBatch,
  validateDataset,
  type ReadFile,
} from '../../src/validate/validate-dataset.js';
import { MINIMAL_FILES } from '../helpers/temp-dataset.js';
import { kindOfPath } from '../../src/dataset/file-kinds.js';

/** A dataset in memory: MINIMAL_FILES plus `count` task files, one with a broken reference. */
function memoryDataset(count: number): { files: FoundFile[]; read: ReadFile } {
  const texts: Record<string, string> = { ...MINIMAL_FILES };
  for (let index = 0; index < count; index++) {
    const lead = index === Math.floor(count / 2) ? 'so-khong-co' : 'so-yte';
    texts[`tasks/t-${String(index).padStart(3, '0')}.yaml`] =
      `pillar: cqs\ntasks:\n  - id: T-${index + 10}\n    title: Nhiệm vụ ${index}\n    lead: ${lead}\n    deadline: 2024-12-31\n`;
  }
  const files = Object.entries(texts).map(([relative, text]) => ({
    path: relative,
    kind: kindOfPath(relative)!,
    bytes: text.length,
  }));
  const read: ReadFile = (file): SourceFile => ({
    path: file.path,
    kind: file.kind,
    text: texts[file.path]!,
  });
  return { files, read };
}

const delayed =
  (read: ReadFile, delays: number[]): BatchHelper =>
  async (files, settings) => {
    await new Promise((resolve) => setTimeout(resolve, delays[files.length % delays.length]));
    return validateBatch(files, read, DEFAULT_LIMITS, settings);
  };

describe('sharedRecords', () => {
  it('cuts files into contiguous batches of about the given size', () => {
    const files = [10, 10, 10, 30, 5].map((bytes, index) => ({
      path: `tasks/${index}.yaml`,
      kind: 'tasks' as const,
      bytes,
    }));
    expect(intoBatches(files, 20).map((batch) => batch.map((file) => file.bytes))).toEqual([
      [10, 10],
      [10, 30],
      [5],
    ]);
  });

  it('gives the result of validating every file here, in order, whatever the helpers do', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 60, max: 400 }),
        async (count, helpers, delays, batchBytes) => {
          const { files, read } = memoryDataset(count);
          const input = { files, loadDiagnostics: [], read, limits: DEFAULT_LIMITS };
          const alone = await validateDataset(input);
          const shared = await validateDataset({
            ...input,
            records: sharedRecords(
              Array.from({ length: helpers }, () => delayed(read, delays)),
              batchBytes,
            ),
          });
          expect(shared).toEqual(alone);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('counts progress per file to the end', async () => {
    const { files, read } = memoryDataset(12);
    const seen: [number, number][] = [];
    await validateDataset({
      files,
      loadDiagnostics: [],
      read,
      limits: DEFAULT_LIMITS,
      records: sharedRecords([delayed(read, [1, 0])], 100),
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen.at(-1)).toEqual([files.length, files.length]);
    expect(seen.every(([done], index) => index === 0 || done >= seen[index - 1]![0])).toBe(true);
  });
});
