/**
 * Issue 7's batch figure: 10,000 generated documents with one in forty broken (empty, a PDF, NUL
 * bytes, a damaged ZIP): every good file's output present, every broken file in errors.jsonl.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFolder } from './batch.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILES = Number(process.argv[2] ?? 10000);

const { dir } = buildFolder(FILES);
try {
  const files = readdirSync(join(dir, 'in'), { recursive: true }).filter((name) => /\.(txt|html)$/.test(name)).sort();
  const broken = files.filter((_, i) => i % 40 === 0);
  const kinds = [Buffer.alloc(0), Buffer.from('%PDF-1.7\n'), Buffer.from([0x31, 0, 0, 0xff]), Buffer.from('PK\x03\x04zz')];
  broken.forEach((name, i) => writeFileSync(join(dir, 'in', name), kinds[i % kinds.length]));
  const start = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(ROOT, 'bin/policy-extract.js'), 'batch', join(dir, 'in'), '--out-dir', join(dir, 'out'), '-j', '2', '-q'], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const failures = readFileSync(join(dir, 'out', 'errors.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line).file.replace(/^.*\/in\//, ''));
  const outputs = new Set(readdirSync(join(dir, 'out'), { recursive: true }).filter((name) => /\.(txt|html)\.json$/.test(name)).map((name) => name.replace(/\.json$/, '')));
  const good = files.filter((_, i) => i % 40 !== 0);
  console.log(`policy-extract batch -j 2 — ${files.length} documents, ${broken.length} broken: exit ${run.status}, ${seconds.toFixed(1)} s, peak RSS ${(Number(run.stderr.trim().split('\n').at(-1)) / 1024).toFixed(0)} MB`);
  console.log(`  good files with their output: ${good.filter((name) => outputs.has(name)).length}/${good.length}`);
  console.log(`  broken files in errors.jsonl: ${broken.filter((name) => failures.includes(name)).length}/${broken.length}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
