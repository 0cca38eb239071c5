/**
 * Times `policy-extract batch` on 5,000 generated documents (the corpus plans, in UTF-8, GBK and as
 * portal pages, in 50 folders) with -j 1 and -j 2: files/s, MB/s, peak RSS (of the whole process,
 * its worker threads included), and the speed-up.
 */
import { spawnSync } from 'node:child_process';
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
  console.log(lines.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = measureBatch(Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? FILES));
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else print(report);
}
