/**
 * Runs the corpus scorer (../shared/tools/score.mjs) on the converted corpus in fixtures/converted:
 * a temporary corpus per format whose documents are the PDFs, the .doc files or the workbooks under
 * the text's base names, with the same annotations. Workbooks hold the appendix tables alone, so
 * their annotations keep the table rows and drop the body tasks. Prints one overall line per format.
 *
 *     node bench/score-converted.js   (npm run score:converted)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
const GOLD = join(ROOT, '../shared/corpus/gold');
const CONVERTED = join(ROOT, 'fixtures/converted');
const VARIANTS = [
  { label: 'text (UTF-8)', folder: null, extension: '.txt' },
  { label: 'PDF', folder: 'pdf', extension: '.pdf' },
  { label: 'PDF, table drawn', folder: 'pdf-table', extension: '.pdf' },
  { label: 'PDF, table unruled', folder: 'pdf-table-without-rules', extension: '.pdf' },
  { label: 'PDF, table boxed', folder: 'pdf-table-boxed', extension: '.pdf' },
  { label: 'Word 97-2003 .doc', folder: 'doc', extension: '.doc' },
  { label: 'Excel .xlsx (tables)', folder: 'xlsx', extension: '.xlsx', tablesOnly: true },
  { label: 'CSV (tables)', folder: 'csv', extension: '.csv', tablesOnly: true },
];

const work = mkdtempSync(join(tmpdir(), 'policy-extract-score-'));
try {
  for (const variant of VARIANTS) {
    const corpus = join(work, variant.folder ?? 'text');
    mkdirSync(join(corpus, 'docs'), { recursive: true });
    mkdirSync(join(corpus, 'gold'), { recursive: true });
    for (const file of readdirSync(GOLD).filter((name) => name.endsWith('.json'))) {
      const base = file.replace(/\.json$/, '');
      const source = variant.folder ? join(CONVERTED, variant.folder, `${base}${variant.extension}`) : join(ROOT, 'fixtures/corpus', `${base}.txt`);
      if (!existsSync(source)) continue;
      const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8'));
      copyFileSync(source, join(corpus, 'docs', `${base}${variant.extension}`));
      writeFileSync(join(corpus, 'gold', file), JSON.stringify({ ...gold, document: `${base}${variant.extension}`, ...(variant.tablesOnly ? { tasks: [], title: null, doc_number: null, date: null } : {}) }));
    }
    const run = spawnSync('node', [join(ROOT, '../shared/tools/score.mjs'), '--quiet', '--corpus', corpus, '--', 'node', join(ROOT, 'bin/policy-extract.js'), '--format', 'json'], { encoding: 'utf8' });
    process.stdout.write(`${variant.label.padEnd(22)} ${run.stdout.trim() || run.stderr.trim()}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
