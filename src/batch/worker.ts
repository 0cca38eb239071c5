/**
 * A batch worker thread: loads the dictionary once, then extracts each file it is sent. A result's
 * combined rows go back as UTF-8 bytes whose memory is handed over, not copied: as strings they
 * were copied into the main thread's heap, encoded there and collected, a third of its work.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createProcessor, type FileJob, type FileResult, type ProcessOptions } from './process-file.js';

const processor = createProcessor(workerData as ProcessOptions);
parentPort!.on('message', (job: FileJob) => {
  void processor(job).then((result) => {
    const sent: FileResult = { ...result, taskCsv: utf8(result.taskCsv), tasksJsonl: utf8(result.tasksJsonl), matrixJsonl: utf8(result.matrixJsonl) };
    const transfer = [sent.taskCsv, sent.tasksJsonl, sent.matrixJsonl].flatMap((bytes) => (typeof bytes !== 'string' && bytes.byteLength > 0 ? [bytes.buffer as ArrayBuffer] : []));
    parentPort!.postMessage(sent, transfer);
  });
});

/** Text as UTF-8 bytes in a buffer of their own (Buffer.from may hand out a slice of a shared pool, which cannot be transferred). */
function utf8(text: string | Uint8Array): Uint8Array {
  if (typeof text !== 'string') return text;
  const bytes = new Uint8Array(Buffer.byteLength(text));
  Buffer.from(bytes.buffer).write(text);
  return bytes;
}
