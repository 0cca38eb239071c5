/**
 * Runs file jobs on N worker threads, two at a time on each (one reads its file while the other
 * is extracted); results come back in any order, the batch puts them in input order. Even one job
 * runs in a worker: the main thread appends the combined outputs meanwhile.
 */
import { Worker } from 'node:worker_threads';
import type { FileJob, FileResult, ProcessOptions } from './process-file.js';

export interface JobRunner {
  /** The job's result; rejects with a {@link JobTimeout} when the job runs past its time budget. */
  run(job: FileJob): Promise<FileResult>;
  close(): Promise<void>;
}

/** A job stopped for running past the time budget: its worker is ended, the others go on. */
export class JobTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`took more than ${seconds} s`);
    this.name = 'JobTimeout';
  }
}

/** The worker script, compiled: the same path from src/batch and dist/batch (tests run the sources). */
const WORKER = new URL('../../dist/batch/worker.js', import.meta.url);
/** Jobs a worker holds at once. */
const SLOTS = 2;
/**
 * Heap limits of a worker that shares the machine with others. Each young generation grows to
 * 48 MB by default, and three heaps growing at once set the run's peak: with 16 MB, 5,000
 * documents at -j 2 peak at 266–270 MB instead of 290–304 MB, in the same time (15.5–15.7 s
 * against 16.0–16.5 s). One worker keeps the default, which is 6% faster alone.
 */
const SHARED_LIMITS = { maxYoungGenerationSizeMb: 16 };

interface Slot {
  worker: Worker;
  /** Jobs sent and not answered, by input index. */
  jobs: Map<number, { resolve: (result: FileResult) => void; reject: (error: Error) => void; timer: NodeJS.Timeout | null }>;
  /** The job it was ended for, when it ran past the budget. */
  timedOut: number | null;
}

/**
 * A pool of `jobs` workers; a job running longer than `budgetSeconds` (0: no budget) has its
 * worker ended (JavaScript cannot be interrupted otherwise), and the worker's other job is failed
 * with an ordinary error, which the caller may retry.
 */
export async function createRunner(jobs: number, options: ProcessOptions, budgetSeconds = 0): Promise<JobRunner> {
  const slots: Slot[] = [];
  const waiting: Array<() => void> = [];
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(WORKER, { workerData: options, ...(jobs > 1 ? { resourceLimits: SHARED_LIMITS } : {}) }), jobs: new Map(), timedOut: null };
    slot.worker.unref();
    slot.worker.on('message', (result: FileResult) => {
      const job = slot.jobs.get(result.index);
      if (job?.timer) clearTimeout(job.timer);
      job?.resolve(result);
      slot.jobs.delete(result.index);
      waiting.shift()?.();
    });
    const lost = (error: Error): void => {
      // a worker that crashed is gone with its jobs; the jobs waiting for a slot try again
      if (!slots.includes(slot)) return;
      slots.splice(slots.indexOf(slot), 1);
      for (const [index, job] of slot.jobs) {
        if (job.timer) clearTimeout(job.timer);
        job.reject(index === slot.timedOut ? new JobTimeout(budgetSeconds) : error);
      }
      slot.jobs.clear();
      for (const wake of waiting.splice(0)) wake();
    };
    slot.worker.on('error', lost);
    slot.worker.on('exit', (code) => lost(new Error(`worker exited with code ${code}`)));
    slots.push(slot);
    return slot;
  };
  /** The least busy worker with a free slot (a new one while fewer than `jobs` run), or null. */
  const free = (): Slot | null => {
    const slot = slots.reduce<Slot | null>((best, candidate) => (best === null || candidate.jobs.size < best.jobs.size ? candidate : best), null);
    if (slots.length < jobs && (slot === null || slot.jobs.size > 0)) return spawn();
    return slot !== null && slot.jobs.size < SLOTS ? slot : null;
  };
  return {
    async run(job) {
      let slot = free();
      while (slot === null) {
        await new Promise<void>((resolve) => waiting.push(resolve));
        slot = free();
      }
      const chosen = slot;
      return new Promise<FileResult>((resolve, reject) => {
        const timer = budgetSeconds > 0 ? setTimeout(() => {
          chosen.timedOut = job.index;
          void chosen.worker.terminate();
        }, budgetSeconds * 1000) : null;
        timer?.unref();
        chosen.jobs.set(job.index, { resolve, reject, timer });
        chosen.worker.postMessage(job);
      });
    },
    async close() {
      const closing = slots.splice(0);
      await Promise.all(closing.map((slot) => slot.worker.terminate()));
    },
  };
}
