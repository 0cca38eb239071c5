/**
 * PDF throughput: the corpus plans repeated into one long plan, printed by Chromium (CID fonts, a
 * header and page numbers, as the fixtures are) to a PDF of at least 50 pages, then extracted with
 * extractAsync. Prints pages/s and MB/s of PDF. The PDF is made once into bench/out/.
 *
 *     npm run bench:pdf -- [--pages N] [--runs N]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extractAsync } from '../dist/index.js';
import { loadCorpus } from './corpus.js';
import { documentPage, printPdf, withBrowser } from './print-pdf.js';

const options = { pages: 50, runs: 3 };
for (let i = 2; i < process.argv.length; i += 2) {
  const key = process.argv[i]?.replace(/^--/, '');
  if (!(key in options) || !(Number(process.argv[i + 1]) > 0)) {
    process.stderr.write('usage: node bench/pdf.js [--pages N] [--runs N]\n');
    process.exit(2);
  }
  options[key] = Number(process.argv[i + 1]);
}

const OUT = new URL('./out/', import.meta.url);
const path = new URL(`corpus-for-${options.pages}-pages.pdf`, OUT);

/** The corpus, whole plans one after another, until the printed PDF has enough pages (about 16 source lines a page: long lines wrap). */
async function makePdf() {
  const plans = loadCorpus().map((plan) => plan.text);
  const lines = [];
  for (let i = 0; lines.length < options.pages * 16; i++) lines.push(...plans[i % plans.length].split('\n'));
  const bytes = await withBrowser((browser) => printPdf(browser, documentPage(lines.join('\n'))));
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path, bytes);
}

/** The page count, as pdfjs reads it. */
async function countPages(bytes) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages = pdf.numPages;
  await pdf.destroy();
  return pages;
}

if (!existsSync(path)) await makePdf();
const bytes = readFileSync(path);
const pages = await countPages(bytes);
const times = [];
let tasks = 0;
for (let run = 0; run <= options.runs; run++) {
  const start = performance.now();
  tasks = (await extractAsync(bytes, { path: 'corpus.pdf' })).tasks.length;
  // the first run loads pdfjs and warms up: it is not counted
  if (run > 0) times.push((performance.now() - start) / 1000);
}
const seconds = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
const mb = bytes.length / 1e6;
process.stdout.write(`${pages} pages, ${mb.toFixed(2)} MB, ${tasks} tasks: ${seconds.toFixed(2)} s (median of ${times.length}) = ${(pages / seconds).toFixed(1)} pages/s, ${(mb / seconds).toFixed(2)} MB/s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
