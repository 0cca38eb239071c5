/**
 * Runs file jobs on N worker threads (or, with one job, in this thread: the same processor, no
 * copying); results come back in any order, the batch puts them in input order.
 */
import { Worker } from 'node:worker_threads';
import { createProcessor, type FileJob, type FileResult, type ProcessOptions } from './process-file.js';

export interface JobRunner {
  run(job: FileJob): Promise<FileResult>;
  close(): Promise<void>;
}

/** The worker script, compiled: the same path from src/batch and dist/batch (tests run the sources). */
const WORKER = new URL('../../dist/batch/worker.js', import.meta.url);

export async function createRunner(jobs: number, options: ProcessOptions): Promise<JobRunner> {
  if (jobs <= 1) {
    const processor = await createProcessor(options);
    return { run: processor, close: async () => {} };
  }
  const idle: Worker[] = [];
  const waiting: Array<(worker: Worker) => void> = [];
  const all: Worker[] = [];
  const release = (worker: Worker): void => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  const acquire = (): Promise<Worker> => {
    const worker = idle.pop();
    if (worker) return Promise.resolve(worker);
    if (all.length < jobs) {
      const created = new Worker(WORKER, { workerData: options });
      created.unref();
      all.push(created);
      return Promise.resolve(created);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  return {
    async run(job) {
      const worker = await acquire();
      let alive = true;
      try {
        return await new Promise<FileResult>((resolve, reject) => {
          const onMessage = (result: FileResult): void => {
            worker.off('error', onError);
            resolve(result);
          };
          const onError = (error: Error): void => {
            // a worker that crashed is gone: the next job gets a new one
            alive = false;
            all.splice(all.indexOf(worker), 1);
            worker.off('message', onMessage);
            reject(error);
          };
          worker.once('message', onMessage);
          worker.once('error', onError);
          // the bytes travel without a copy when they own their whole buffer
          const own = job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength;
          const bytes = own ? job.bytes : job.bytes.slice();
          worker.postMessage({ ...job, bytes }, [bytes.buffer as ArrayBuffer]);
        });
      } finally {
        if (alive) release(worker);
      }
    },
    async close() {
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}
