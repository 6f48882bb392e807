/**
 * Worker thread body: validates the batches of record files it is sent and
 * posts each collection back. The main thread merges them in file order.
 */
import { parentPort } from 'node:worker_threads';
import { validateBatch, type BatchRequest } from './validate-batch.js';

parentPort?.on('message', (request: BatchRequest) => {
  validateBatch(request).then(
    (part) => parentPort!.postMessage({ ok: true, part }),
    (error: unknown) =>
      parentPort!.postMessage({
        ok: false,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
