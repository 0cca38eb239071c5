/**
 * How a batch writes: a temporary name is never given twice, in one thread, two threads or two
 * processes; the buffer a worker encodes into never carries one file's bytes into the next; the
 * combined outputs are appended and read back byte for byte; and the combined matrix holds each
 * file's rows as the file's own matrix does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Appender } from '../src/batch/appender.js';
import { readLinesSync } from '../src/batch/lines.js';
import { temporaryPath, writeFileAtomic, writeFileAtomicSync } from '../src/writers/atomic.js';
import { run } from './run-cli.js';

const CORPUS = 'fixtures/corpus';
/** The compiled module, for threads and processes: `npm test` builds first. */
const ATOMIC = new URL('../dist/writers/atomic.js', import.meta.url).href;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'policy-extract-batch-writing-'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Names `count` temporaries in a new worker thread: its thread id and the names. */
function namesInThread(count: number): Promise<{ thread: number; names: string[] }> {
  const code = `
    const { parentPort, threadId } = require('node:worker_threads');
    import(${JSON.stringify(ATOMIC)}).then(({ temporaryPath }) => {
      parentPort.postMessage({ thread: threadId, names: Array.from({ length: ${count} }, () => temporaryPath('out/a.txt.json')) });
    });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', (message: { thread: number; names: string[] }) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('temporary names', () => {
  it('should give each name once, with the process and thread in it, and other names in other threads and processes', async () => {
    const here = Array.from({ length: 1000 }, () => temporaryPath('out/a.txt.json'));
    expect(new Set(here).size).toBe(here.length);
    for (const name of here) expect(name).toMatch(new RegExp(`^out/\\.a\\.txt\\.json\\.${process.pid}\\.[0-9a-f]{8}\\.\\d+\\.tmp$`));
    const threads = await Promise.all([namesInThread(500), namesInThread(500)]);
    expect(threads[0]!.thread).not.toBe(threads[1]!.thread);
    for (const { names } of threads) for (const name of names) expect(name).toContain(`.${process.pid}.`);
    const other = execFileSync(process.execPath, ['--input-type=module', '-e', `import { temporaryPath } from ${JSON.stringify(ATOMIC)}; console.log(temporaryPath('out/a.txt.json'))`], { encoding: 'utf8' }).trim();
    const all = [...here, ...threads.flatMap((thread) => thread.names), other];
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('writeFileAtomicSync', () => {
  it('should write each file whole, a short one after a long one too, and leave no temporary file', () => {
    const folder = join(root, 'atomic');
    mkdirSync(folder);
    // past the first buffer (1 MB), then shorter: the buffer is reused, its tail must not be written
    const texts = ['推进示范镇建设。'.repeat(60_000), '短', '', 'a😀b\uD800c', Buffer.from('bytes as given')];
    texts.forEach((text, i) => writeFileAtomicSync(join(folder, `${i}.txt`), text));
    texts.forEach((text, i) => expect(readFileSync(join(folder, `${i}.txt`)).equals(Buffer.from(text)), `${i}.txt`).toBe(true));
    expect(readdirSync(folder).sort()).toEqual(['0.txt', '1.txt', '2.txt', '3.txt', '4.txt']);
  });

  it('should write an output whose name is a long Chinese title (the temporary name is cut to fit, not the output)', () => {
    const folder = join(root, 'long');
    mkdirSync(folder);
    // 80 characters + .txt.json: 249 bytes, which fits; the temporary name would not, whole
    const name = `关于印发${'某州推进示范镇建设助推乡村振兴'.repeat(5)}的通知.txt.json`.slice(0, 80) + '.txt.json';
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    writeFileAtomicSync(join(folder, name), '{}');
    expect(readdirSync(folder)).toEqual([name]);
    for (const temporary of Array.from({ length: 3 }, () => basename(temporaryPath(join(folder, name))))) {
      expect(Buffer.byteLength(temporary)).toBeLessThanOrEqual(255);
      expect(temporary.startsWith('.关于印发')).toBe(true);
    }
  });

  it('should pass over a temporary name already taken, and leave the file under it alone', async () => {
    const folder = join(root, 'taken');
    mkdirSync(folder);
    const target = join(folder, 'a.txt.json');
    // the names the next two writes would take: `….<counter>.tmp`, the counter one on
    const [, prefix, counter] = /^(.*\.)(\d+)\.tmp$/.exec(temporaryPath(target))!;
    const squatted = [1, 2, 3].map((step) => `${prefix}${Number(counter) + step}.tmp`);
    for (const name of squatted) writeFileSync(name, 'someone else’s');
    writeFileAtomicSync(target, '{"sync":true}');
    await writeFileAtomic(target, '{"async":true}');
    expect(readFileSync(target, 'utf8')).toBe('{"async":true}');
    for (const name of squatted) expect(readFileSync(name, 'utf8')).toBe('someone else’s');
    expect(readdirSync(folder)).toHaveLength(4);
  });

  it('should fail with E_OUTPUT where the folder is missing', () => {
    expect(() => writeFileAtomicSync(join(root, 'missing', 'a.json'), '{}')).toThrow(expect.objectContaining({ code: 'E_OUTPUT' }));
  });
});

describe('Appender', () => {
  it('should append text and bytes in order, across its buffer and past it, and put the file in place', () => {
    const target = join(root, 'appended.jsonl');
    const appender = new Appender(`${target}.tmp`, target);
    const pieces: Array<string | Uint8Array> = [];
    for (let i = 0; i < 3000; i++) pieces.push(`{"file":"通知${i}.txt","text":"${'加强组织领导'.repeat(i % 50)}"}\n`);
    pieces.push('甲'.repeat(700_000), iconv.encode('配合单位\r\n', 'gbk'), '', 'end\n');
    for (const piece of pieces) appender.write(piece);
    appender.finish();
    expect(readFileSync(target).equals(Buffer.concat(pieces.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece))))).toBe(true);
    expect(readdirSync(root)).not.toContain('appended.jsonl.tmp');
  });
});

describe('readLinesSync', () => {
  it('should give back every line, across its buffer, longer than it, and without a last line break', () => {
    const path = join(root, 'lines.jsonl');
    // a line of 3 MB, and three-byte characters on either side of each 1 MB boundary
    const lines = ['', 'x', '州'.repeat(1_000_000), ...Array.from({ length: 40_000 }, (_, i) => `${i}、${'责任单位'.repeat(i % 9)}`), '', 'last'];
    writeFileSync(path, lines.join('\n'));
    expect([...readLinesSync(path)]).toEqual(lines);
    writeFileSync(path, `${lines.join('\n')}\n`);
    expect([...readLinesSync(path)]).toEqual(lines);
    writeFileSync(path, '');
    expect([...readLinesSync(path)]).toEqual([]);
  });
});

describe('the combined matrix', () => {
  /** A matrix CSV's rows as header → cell, and its totals row. */
  function readMatrix(bytes: Buffer, encoding: string): { rows: Array<Map<string, string>>; totals: string[]; header: string[] } {
    const [header, ...records] = parse(iconv.decode(bytes, encoding), { bom: true, relax_column_count: false }) as string[][];
    const totals = records.pop()!;
    return { header: header!, totals, rows: records.map((record) => new Map(record.map((cell, i): [string, string] => [header![i]!, cell]).filter(([, cell]) => cell !== ''))) };
  }

  it('should hold each file\'s rows as its own matrix does, with every option, its totals summing its cells', async () => {
    const folder = join(root, 'matrix-in');
    mkdirSync(join(folder, 'tables'), { recursive: true });
    for (const name of readdirSync(CORPUS).filter((file) => file.endsWith('.txt'))) writeFileSync(join(folder, name), readFileSync(join(CORPUS, name)));
    // a name CSV must quote, and a plan whose rows are an appendix table
    writeFileSync(join(folder, '通知,"第2号".txt'), readFileSync(join(CORPUS, 'yanbian-2022-demo-towns-tasks.txt')));
    writeFileSync(join(folder, 'tables', 'table.html'), readFileSync('fixtures/html/appendix-table-with-rowspan-becomes-a-grid/input.html'));
    const variants = [[], ['--header', 'en', '--names', 'as-written'], ['--csv-encoding', 'gbk']];
    for (const [v, options] of variants.entries()) {
      const out = join(root, `matrix-out-${v}`);
      const { code, errors } = await run(['batch', folder, '--out-dir', out, '-f', 'matrix', '-j', '2', '-q', ...options]);
      expect(code, errors.join('\n')).toBe(0);
      const encoding = options.includes('gbk') ? 'gbk' : 'utf8';
      const combined = readMatrix(readFileSync(join(out, 'matrix.csv')), encoding);
      const fileColumn = combined.header[0]!;
      const expected: Array<Map<string, string>> = [];
      for (const { output, path } of [...combinedFiles(combined.rows, fileColumn)]) {
        for (const row of readMatrix(readFileSync(join(out, `${output}.matrix.csv`)), encoding).rows) expected.push(new Map([...row].map(([column, cell]) => [column, column === fileColumn ? path : cell])));
      }
      expect(combined.rows).toEqual(expected);
      // each unit column's total counts its cells; the last, every cell
      const units = combined.header.slice(6, -1);
      expect(combined.totals.slice(6, -1)).toEqual(units.map((unit) => String(combined.rows.filter((row) => row.has(unit)).length)));
      expect(combined.totals.at(-1)).toBe(String(units.reduce((sum, unit) => sum + combined.rows.filter((row) => row.has(unit)).length, 0)));
    }
  });

  /** The files of the combined matrix's rows, in order: each file's own matrix is beside its output. */
  function* combinedFiles(rows: Array<Map<string, string>>, fileColumn: string): Generator<{ output: string; path: string }> {
    const seen = new Set<string>();
    for (const row of rows) {
      const path = row.get(fileColumn)!;
      if (seen.has(path)) continue;
      seen.add(path);
      yield { output: path.slice(path.indexOf('matrix-in/') + 'matrix-in/'.length), path };
    }
  }
});
