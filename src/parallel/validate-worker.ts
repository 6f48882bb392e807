/**
 * Worker thread body: reads and validates the batches of record files it is
 * sent and posts each collection back. The main thread merges them in order.
 */
import { parentPort } from 'node:worker_threads';
import { readSourceFile } from '../load/load-dataset.js';
import { validateBatch } from '../validate/validate-dataset.js';
import type { WorkerReply, WorkerRequest } from './worker-pool.js';

parentPort?.on('message', (request: WorkerRequest) => {
  const read = (file: WorkerRequest['files'][number]) => readSourceFile(request.folder, file);
  validateBatch(request.files, read, request.limits, request.settings).then(
    (part) => parentPort!.postMessage({ ok: true, part } satisfies WorkerReply),
    (error: unknown) =>
      parentPort!.postMessage({
        ok: false,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies WorkerReply),
  );
});
