/**
 * Times `policy-extract batch` on 5,000 generated documents (the corpus plans, in UTF-8, GBK and as
 * portal pages, in 50 folders) with -j 1 and -j 2: files/s, MB/s, peak RSS (of the whole process,
 * its worker threads included), and the speed-up. Then the machine's own ceiling for that speed-up:
 * the same extraction in two independent processes side by side against one alone (no threads, no
 * files written), which no change to the batch can beat.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeText, loadCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILES = 5000;

/** Writes the documents; returns the folder and the bytes written. */
export function buildFolder(files = FILES) {
  const dir = mkdtempSync(join(tmpdir(), 'policy-extract-bench-batch-'));
  const docs = loadCorpus();
  const kinds = [['utf-8', '.txt'], ['gbk', '.txt'], ['html', '.html']];
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const doc = docs[i % docs.length];
    const [encoding, extension] = kinds[Math.floor(i / docs.length) % kinds.length];
    const folder = join(dir, 'in', `f${String(i % 50).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const content = encodeText(doc.text, encoding);
    writeFileSync(join(folder, `${String(i).padStart(5, '0')}-${doc.name.replace(/\.txt$/, extension)}`), content);
    bytes += content.byteLength;
  }
  return { dir, bytes };
}

/** One batch run: wall seconds and peak RSS (GNU time's maximum resident set size). */
function runOnce(dir, jobs) {
  const out = join(dir, `out-j${jobs}`);
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'bin/policy-extract.js'), 'batch', join(dir, 'in'), '--out-dir', out, '-j', String(jobs), '-q', '-f', 'json'], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`batch -j ${jobs} exited with ${result.status}: ${result.stderr}`);
  const peakKb = Number(result.stderr.trim().split('\n').at(-1));
  // the outputs stay until both runs are done: ext4 without a journal makes each file created
  // just after a mass delete wait (about 1 ms an open instead of 0.1 ms), which slowed the second run
  return { jobs, seconds, peakRss: peakKb * 1024 };
}

/** Passes over the corpus a ceiling process makes: about three seconds alone, past the JIT's warm-up. */
const CEILING_PASSES = 400;

/** In a child: extracts the corpus `passes` times in this process and prints the seconds it took. */
async function extractPasses(passes) {
  const { extract } = await import('../dist/index.js');
  const documents = loadCorpus().map((doc) => ({ path: doc.name, bytes: Buffer.from(doc.text) }));
  const start = process.hrtime.bigint();
  for (let pass = 0; pass < passes; pass++) for (const doc of documents) extract(doc.bytes, { path: doc.path });
  process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e9));
}

/** Runs `count` extraction processes at once; resolves with the seconds of the slowest. */
function extractSideBySide(count, passes) {
  const runs = Array.from({ length: count }, () => new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--extract-passes', String(passes)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.on('close', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`extraction process exited with ${code}`))));
  }));
  return Promise.all(runs).then((seconds) => Math.max(...seconds));
}

/**
 * The speed-up two cores give this workload: the same passes over the corpus in one process alone,
 * then in two processes at once (each its own heap and collector: nothing shared but the machine).
 * 2.0 on a machine whose cores share nothing; a batch at -j 2 also has its main thread to run.
 */
export async function measureCeiling(passes = CEILING_PASSES) {
  const alone = await extractSideBySide(1, passes);
  const together = await extractSideBySide(2, passes);
  return { passes, alone, together, speedUp: (2 * alone) / together };
}

export function measureBatch(files = FILES) {
  const { dir, bytes } = buildFolder(files);
  try {
    const rows = [1, 2].map((jobs) => {
      const run = runOnce(dir, jobs);
      return { ...run, files, bytes, filesPerSecond: files / run.seconds, mbPerSecond: bytes / 1e6 / run.seconds };
    });
    return { files, bytes, rows, speedUp: rows[0].seconds / rows[1].seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function print(report) {
  const mb = (bytes) => (bytes / 1e6).toFixed(1);
  const lines = [`policy-extract batch — ${report.files} documents, ${mb(report.bytes)} MB (UTF-8, GBK and portal pages), -f json, node ${process.version}`];
  for (const row of report.rows) {
    lines.push(`  -j ${row.jobs}: ${row.seconds.toFixed(1)} s · ${row.filesPerSecond.toFixed(0)} files/s · ${row.mbPerSecond.toFixed(1)} MB/s · peak RSS ${mb(row.peakRss)} MB`);
  }
  lines.push(`  speed-up at -j 2: ${report.speedUp.toFixed(2)}× (targets: ≥ 1.7×, ≥ 50 MB/s at -j 2, peak RSS < 300 MB)`);
  const { ceiling } = report;
  lines.push(`  this machine's ceiling: ${ceiling.passes} passes over the corpus take ${ceiling.alone.toFixed(2)} s in one process alone, ${ceiling.together.toFixed(2)} s in each of two side by side: ${ceiling.speedUp.toFixed(2)}× from two cores`);
  console.log(lines.join('\n'));
}

if (process.argv[2] === '--extract-passes') {
  await extractPasses(Number(process.argv[3]));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const report = { ...measureBatch(Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? FILES)), ceiling: await measureCeiling() };
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else print(report);
}
