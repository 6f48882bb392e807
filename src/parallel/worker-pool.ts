/**
 * Worker threads that read and validate record files, for large datasets:
 * parsing YAML is most of a run, and on a machine with cores to spare the
 * threads share it (share-records.ts). The workers are the compiled
 * validate-worker.js; started when record validation begins, ended with it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Limits } from '../dataset/limits.js';
import type { FoundFile } from '../dataset/source-file.js';
import type { Settings } from '../model/types.js';
import type { Collected } from '../validate/collected.js';
import type { RecordValidation } from '../validate/validate-dataset.js';
import { sharedRecords, type BatchHelper } from './share-records.js';

const WORKER_FILE = new URL('./validate-worker.js', import.meta.url);

/** What a worker is asked: validate these files of this folder. */
export interface WorkerRequest {
  folder: string;
  files: FoundFile[];
  limits: Limits;
  settings: Settings | undefined;
}

export type WorkerReply = { ok: true; part: Collected } | { ok: false; message: string };

/**
 * How many threads read a dataset, the main one included: `jobs` when given,
 * else 1. Measured on the 20,000-task benchmark dataset with two cores
 * (BENCHMARKS.md), a second thread saved no time (0.99× the wall time) and
 * cost 20% more CPU and 36 MB more memory: what a worker reads must be copied
 * back to this thread, which costs about what reading it here costs. So the
 * workers are there for those who ask (`--jobs N` on a machine with cores to
 * spare), not by default.
 */
export function threadsFor(jobs: number | undefined): number {
  return Math.max(1, jobs ?? 1);
}

/**
 * Record validation on `threads - 1` workers beside this thread, or undefined
 * when there is nothing to share or no compiled worker to start (running from
 * the TypeScript sources, as unit tests do; share-records.ts is tested there
 * with helpers of its own).
 */
export function threadedRecords(options: {
  threads: number;
  folder: string;
  limits: Limits;
}): RecordValidation | undefined {
  if (options.threads <= 1 || !existsSync(fileURLToPath(WORKER_FILE))) return undefined;
  return {
    async validate(files, settings, here, onDone) {
      const workers = Array.from({ length: options.threads - 1 }, () => new Worker(WORKER_FILE));
      try {
        const helpers = workers.map(
          (worker): BatchHelper =>
            (batch, batchSettings) =>
              ask(worker, {
                folder: options.folder,
                files: batch,
                limits: options.limits,
                settings: batchSettings,
              }),
        );
        return await sharedRecords(helpers).validate(files, settings, here, onDone);
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}

function ask(worker: Worker, request: WorkerRequest): Promise<Collected> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const onMessage = (reply: WorkerReply) => {
      cleanup();
      if (reply.ok) resolve(reply.part);
      else reject(new Error(`validation worker failed: ${reply.message}`));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(request);
  });
}
