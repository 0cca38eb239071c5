/** A batch worker thread: loads the dictionary once, then extracts each file it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { createProcessor, type FileJob, type ProcessOptions } from './process-file.js';

const processor = createProcessor(workerData as ProcessOptions);
parentPort!.on('message', (job: FileJob) => {
  void processor(job).then((result) => parentPort!.postMessage(result));
});
