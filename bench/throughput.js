/** One throughput case, run in its own process so its peak RSS is its own: builds the input, warms up, times the runs, prints one JSON line. */
import { decodeBytes, extract } from '../dist/index.js';
import { buildHtmlPage, buildInput, loadCorpus } from './corpus.js';
import { median } from './stats.js';

/** Extracts every document on its own, as a batch over many files would. */
function runLoop(input) {
  let tasks = 0;
  for (const { path, bytes } of input.documents) tasks += extract(bytes, { path }).tasks.length;
  return tasks;
}

/** Extracts the whole buffer as one document: shows whether any stage grows faster than the input. */
function runSingle(input) {
  return extract(input.buffer, { path: 'corpus-repeated.txt' }).tasks.length;
}

/** Decodes every document and nothing more: the share of the loop that is decoding. */
function runDecode(input) {
  for (const { path, bytes } of input.documents) decodeBytes(bytes, { path });
  return 0;
}

/** One portal page of about a megabyte: the HTML reader's parse, content search and line building. */
function runPage(input) {
  return extract(input.page, { path: 'portal-page.html' }).tasks.length;
}

const SHAPES = { loop: runLoop, single: runSingle, decode: runDecode, page: runPage };

/** Times one pass; collects first (when --expose-gc allows) so a pass does not pay for the garbage of the one before. */
function timePass(run, input) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  const tasks = run(input);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, tasks };
}

function main() {
  const { shape, encoding, minBytes, runs } = JSON.parse(process.argv[2]);
  const run = SHAPES[shape];
  const corpus = loadCorpus();
  const input = shape === 'page' ? { page: buildHtmlPage(corpus, minBytes), documents: [], repetitions: 1 } : buildInput(corpus, encoding, minBytes);
  // The single input also holds the one-byte separators; the loop reads the documents alone.
  const bytes = shape === 'page' ? input.page.length : shape === 'single' ? input.buffer.length : input.bytes;
  const utf8Bytes = shape === 'page' ? bytes : shape === 'single' ? input.utf8Bytes + input.documents.length : input.utf8Bytes;
  const baselineRss = process.memoryUsage().rss;
  timePass(run, input); // warm-up: lets the JIT settle and fills the lazily built tables
  const passes = Array.from({ length: runs }, () => timePass(run, input));
  const seconds = median(passes.map((pass) => pass.seconds));
  const tasks = passes[0].tasks;
  process.stdout.write(`${JSON.stringify({
    shape, encoding, runs, documents: shape === 'single' ? 1 : input.documents.length, repetitions: input.repetitions,
    bytes, utf8Bytes, seconds, times: passes.map((pass) => pass.seconds), tasks,
    mbPerSecond: bytes / 1e6 / seconds, utf8MbPerSecond: utf8Bytes / 1e6 / seconds, tasksPerSecond: tasks / seconds,
    baselineRss, peakRss: process.resourceUsage().maxRSS * 1024,
  })}\n`);
}

main();
