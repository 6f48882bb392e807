/**
 * Worker thread body: reads and validates a batch of record files (tasks,
 * assessments) into a collection of its own and posts it back. The main thread
 * merges batches in file order, so the result is the same as a sequential run.
 */
import { parentPort } from 'node:worker_threads';
import { readSourceFile, type FoundFile } from '../load/load-dataset.js';
import type { Settings } from '../model/types.js';
import { emptyCollected } from '../validate/collected.js';
import type { Limits } from '../validate/limits.js';
import { validateFileInto } from '../validate/validate-dataset.js';

export interface BatchRequest {
  folder: string;
  files: FoundFile[];
  limits: Limits;
  /** dx-report.yaml as read: its cutoff_day dates `period:` updates. */
  settings: Settings | undefined;
}

parentPort?.on('message', async (request: BatchRequest) => {
  try {
    const part = emptyCollected();
    if (request.settings) part.settings = request.settings;
    for (const found of request.files) {
      const read = await readSourceFile(request.folder, found);
      if ('diagnostic' in read) {
        part.diagnostics.push(read.diagnostic);
        part.brokenKinds.add(found.kind);
      } else validateFileInto(read, request.limits, part);
    }
    delete part.settings;
    parentPort!.postMessage({ ok: true, part });
  } catch (error) {
    parentPort!.postMessage({
      ok: false,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
