/**
 * policy-extract batch: many files, in parallel, each file's outputs under the output folder
 * (mirroring the inputs), and the combined outputs — all tasks (CSV, JSONL), the matrix, the units
 * table, errors.jsonl, summary.json — written in input order, so they are the same bytes whatever
 * the number of jobs. Memory stays flat: results are committed as they come in order and only the
 * units (a few hundred) are held to the end.
 */
import { createHash } from 'node:crypto';
import { open, mkdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Role, UnitKind, UnitLevel } from '../model/document.js';
import { PolicyExtractError } from '../model/errors.js';
import { readInput } from '../readers/input.js';
import { compareText, unitRank } from '../views/order.js';
import type { UnitsTableRow } from '../views/units-table.js';
import { writeFileAtomic } from '../writers/atomic.js';
import { itemKindLabel, longFormRecords, stringifyCsv } from '../writers/csv.js';
import { ROLE_LABELS } from '../writers/text.js';
import { unitsCells, unitsHeader } from '../writers/units.js';
import { collectInputs, type InputOptions, type SkippedInput } from './inputs.js';
import { createRunner } from './pool.js';
import type { FileError, FileResult, MatrixRowData, ProcessOptions } from './process-file.js';

export interface BatchOptions extends ProcessOptions, InputOptions {
  outDir: string;
  /** Worker threads; 1 runs in this thread. */
  jobs: number;
  /** Files over this many bytes are reported, not read. */
  maxSize: number;
  /** Skip inputs whose content and options match the previous run's manifest. */
  incremental: boolean;
}

export interface BatchProgress {
  done: number;
  total: number;
  failed: number;
  bytes: number;
  /** The file just finished. */
  path: string | null;
}

export interface BatchSummary {
  files: { total: number; ok: number; failed: number; skipped: number; unchanged: number };
  tasks: number;
  units: number;
  bytes: number;
  seconds: number;
  jobs: number;
  shard: string | null;
  skipped: SkippedInput[];
}

/** The combined outputs, in the output folder. */
export const COMBINED = { tasksCsv: 'all-tasks.csv', tasksJsonl: 'all-tasks.jsonl', matrix: 'matrix.csv', units: 'units.csv', errors: 'errors.jsonl', summary: 'summary.json', manifest: '.policy-extract-manifest.json' } as const;
const CACHE = '.policy-extract-cache';
/** Results waiting for their turn, at most this many per job: bounds memory when one file is slow. */
const AHEAD_PER_JOB = 8;

interface ManifestEntry {
  hash: string;
  cache: string;
}

interface Manifest {
  options: string;
  files: Record<string, ManifestEntry>;
}

/**
 * Runs a batch and resolves to its summary; one bad file is a line in errors.jsonl, never a stop.
 * An aborted run (the signal) leaves each file's outputs whole and no combined output half-written.
 *
 * @throws PolicyExtractError E_USAGE for unusable options, E_OUTPUT when the output folder cannot be written.
 */
export async function runBatch(specs: readonly string[], options: BatchOptions, hooks: { progress?: (progress: BatchProgress) => void; signal?: AbortSignal } = {}): Promise<BatchSummary> {
  const started = process.hrtime.bigint();
  const { inputs, skipped } = await collectInputs(specs, options);
  await mkdir(options.outDir, { recursive: true }).catch((cause: unknown) => {
    throw new PolicyExtractError('E_OUTPUT', `cannot create the output folder: ${(cause as Error).message}`, { path: options.outDir, cause });
  });
  const optionsKey = hashText(JSON.stringify({ ...pick(options), version: 1 }));
  const previous = options.incremental ? await readManifest(join(options.outDir, COMBINED.manifest)) : null;
  const manifest: Manifest = { options: optionsKey, files: {} };
  const combined = await openCombined(options.outDir, options);
  const units = new Map<string, UnitsTableRow>();
  const columns = new Map<string, { level: UnitLevel | null; kind: UnitKind; total: number }>();
  const summary: BatchSummary = { files: { total: inputs.length, ok: 0, failed: 0, skipped: skipped.length, unchanged: 0 }, tasks: 0, units: 0, bytes: 0, seconds: 0, jobs: options.jobs, shard: options.shard ? options.shard.join('/') : null, skipped };
  const runner = await createRunner(options.jobs, options);
  try {
    const pending = new Map<number, Promise<Committed>>();
    let next = 0;
    const launch = (index: number): void => {
      const input = inputs[index]!;
      pending.set(index, (async (): Promise<Committed> => {
        const read = await readBytes(input.path, options.maxSize);
        if ('error' in read) return { ...failed(index, input, read.error), fromCache: false };
        summary.bytes += read.bytes.byteLength;
        const hash = createHash('sha256').update(read.bytes).digest('hex');
        const known = previous?.options === optionsKey ? previous.files[input.output] : undefined;
        const cached = known?.hash === hash ? await readCache(options.outDir, known.cache) : null;
        const result = cached ?? await runner.run({ index, path: input.path, output: input.output, bytes: read.bytes });
        if (cached) summary.files.unchanged++;
        // the cache is the file's own (two copies of one text at two paths give two files' rows)
        manifest.files[input.output] = { hash, cache: `${hashText(`${input.output}\u0000${hash}`).slice(0, 32)}.json` };
        return { ...result, index, fromCache: cached !== null };
      })());
    };
    for (let done = 0; done < inputs.length; done++) {
      if (hooks.signal?.aborted) throw new PolicyExtractError('E_IO', 'interrupted');
      while (next < inputs.length && next < done + Math.max(1, options.jobs) * AHEAD_PER_JOB) launch(next++);
      const result = await pending.get(done)!;
      pending.delete(done);
      await commit(result, options, combined, units, columns, summary, manifest);
      hooks.progress?.({ done: done + 1, total: inputs.length, failed: summary.files.failed, bytes: summary.bytes, path: result.path });
    }
    summary.units = units.size;
    summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await finish(options, combined, units, columns, summary, manifest);
    return summary;
  } catch (error) {
    await combined.discard();
    throw error;
  } finally {
    await runner.close();
  }
}

/** The options that change what a file's outputs are: a manifest written with others is not reused. */
function pick(options: BatchOptions): Partial<BatchOptions> {
  const { formats, encoding, inputFormat, aliases, header, bom, csvEncoding, names } = options;
  return { formats, encoding, inputFormat, aliases, header, bom, csvEncoding, names };
}

function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function readBytes(path: string, maxSize: number): Promise<{ bytes: Uint8Array } | { error: FileError }> {
  try {
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && info.size > maxSize) return { error: { code: 'E_TOO_LARGE', message: `${info.size} bytes, over --max-size ${maxSize}`, line: null } };
    return { bytes: await readInput(path) };
  } catch (error) {
    const known = error instanceof PolicyExtractError;
    return { error: { code: known ? error.code : 'E_IO', message: error instanceof Error ? error.message : String(error), line: known ? error.line : null } };
  }
}

function failed(index: number, input: { path: string; output: string }, error: FileError): FileResult {
  return { index, path: input.path, output: input.output, error, outputs: [], taskRecords: [], taskLines: [], matrixRows: [], units: [], tasks: 0, warnings: 0 };
}

/** A combined output written to a temporary file and renamed into place at the end. */
interface Combined {
  tasksCsv: FileHandle;
  tasksJsonl: FileHandle;
  errors: FileHandle;
  matrixRows: FileHandle;
  temporary: Record<'tasksCsv' | 'tasksJsonl' | 'errors' | 'matrixRows', string>;
  discard(): Promise<void>;
}

async function openCombined(outDir: string, options: BatchOptions): Promise<Combined> {
  const suffix = `.${process.pid}.tmp`;
  const temporary = {
    tasksCsv: join(outDir, `.${COMBINED.tasksCsv}${suffix}`),
    tasksJsonl: join(outDir, `.${COMBINED.tasksJsonl}${suffix}`),
    errors: join(outDir, `.${COMBINED.errors}${suffix}`),
    matrixRows: join(outDir, `.matrix-rows.jsonl${suffix}`),
  };
  const handles = {
    tasksCsv: await open(temporary.tasksCsv, 'w'),
    tasksJsonl: await open(temporary.tasksJsonl, 'w'),
    errors: await open(temporary.errors, 'w'),
    matrixRows: await open(temporary.matrixRows, 'w'),
  };
  await handles.tasksCsv.write(csvBytes([longFormRecords([], options.header)[0]!], options, true));
  return {
    ...handles,
    temporary,
    async discard() {
      await Promise.all(Object.values(handles).map((handle) => handle.close().catch(() => {})));
      await Promise.all(Object.values(temporary).map((path) => rm(path, { force: true })));
    },
  };
}

/** CSV records in the batch's encoding; the UTF-8 BOM only at the start of a file. */
function csvBytes(records: string[][], options: BatchOptions, first: boolean): Uint8Array {
  const encoded = stringifyCsv(records, { encoding: options.csvEncoding, bom: first && options.bom });
  return typeof encoded === 'string' ? Buffer.from(encoded) : encoded;
}

/** A result as committed: computed now, or read from the previous run's cache. */
type Committed = FileResult & { fromCache: boolean };

async function commit(
  result: Committed, options: BatchOptions, combined: Combined, units: Map<string, UnitsTableRow>,
  columns: Map<string, { level: UnitLevel | null; kind: UnitKind; total: number }>, summary: BatchSummary, manifest: Manifest,
): Promise<void> {
  if (result.error) {
    summary.files.failed++;
    delete manifest.files[result.output];
    await combined.errors.write(`${JSON.stringify({ file: result.path, code: result.error.code, message: result.error.message, line: result.error.line })}\n`);
    return;
  }
  summary.files.ok++;
  summary.tasks += result.tasks;
  if (!result.fromCache) {
    for (const { extension, content } of result.outputs) {
      const path = join(options.outDir, `${result.output}${extension}`);
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, content, [result.path]);
    }
    if (options.incremental) {
      const cache = join(options.outDir, CACHE, manifest.files[result.output]!.cache);
      await mkdir(dirname(cache), { recursive: true });
      await writeFileAtomic(cache, JSON.stringify({ ...result, outputs: [], fromCache: undefined }));
    }
  }
  if (result.taskRecords.length > 0) await combined.tasksCsv.write(csvBytes(result.taskRecords, options, false));
  if (result.taskLines.length > 0) await combined.tasksJsonl.write(`${result.taskLines.join('\n')}\n`);
  for (const row of result.matrixRows) {
    const seen = new Set<string>();
    for (const unit of row.units) {
      const column = columns.get(unit.column) ?? { level: unit.level, kind: unit.kind, total: 0 };
      if (!seen.has(unit.column)) column.total++;
      seen.add(unit.column);
      columns.set(unit.column, column);
    }
  }
  if (result.matrixRows.length > 0) await combined.matrixRows.write(`${result.matrixRows.map((row) => JSON.stringify(row)).join('\n')}\n`);
  for (const row of result.units) {
    const key = `${row.name}\u0000${row.canonical}\u0000${row.level ?? ''}`;
    const total = units.get(key);
    if (!total) units.set(key, { ...row });
    else {
      total.lead += row.lead;
      total.responsible += row.responsible;
      total.support += row.support;
    }
  }
}

async function finish(
  options: BatchOptions, combined: Combined, units: Map<string, UnitsTableRow>,
  columns: Map<string, { level: UnitLevel | null; kind: UnitKind; total: number }>, summary: BatchSummary, manifest: Manifest,
): Promise<void> {
  const { outDir } = options;
  await Promise.all([combined.tasksCsv.close(), combined.tasksJsonl.close(), combined.errors.close(), combined.matrixRows.close()]);
  await rename(combined.temporary.tasksCsv, join(outDir, COMBINED.tasksCsv));
  await rename(combined.temporary.tasksJsonl, join(outDir, COMBINED.tasksJsonl));
  await rename(combined.temporary.errors, join(outDir, COMBINED.errors));
  await writeMatrix(outDir, combined.temporary.matrixRows, columns, options);
  await rm(combined.temporary.matrixRows, { force: true });
  const unitRows = [...units.values()].sort((a, b) => unitRank(a) - unitRank(b) || compareText(a.canonical, b.canonical) || compareText(a.name, b.name));
  await writeFileAtomic(join(outDir, COMBINED.units), csvBytes([unitsHeader(options.header), ...unitRows.map((row) => unitsCells(row, options.header).map((cell) => String(cell ?? '')))], options, true));
  await writeFileAtomic(join(outDir, COMBINED.summary), `${JSON.stringify(summary, null, 2)}\n`);
  // in input order, as every other output: files finish in any order with several jobs
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => compareText(a, b)));
  await writeFileAtomic(join(outDir, COMBINED.manifest), `${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
}

/** The combined matrix, streamed from the rows kept on disk: columns by level, then workload, then name. */
async function writeMatrix(outDir: string, rowsPath: string, columns: Map<string, { level: UnitLevel | null; kind: UnitKind; total: number }>, options: BatchOptions): Promise<void> {
  const ordered = [...columns.entries()].sort(([a, x], [b, y]) => unitRank(x) - unitRank(y) || y.total - x.total || compareText(a, b));
  const index = new Map(ordered.map(([name], i) => [name, i]));
  const english = options.header === 'en';
  const target = join(outDir, COMBINED.matrix);
  const temporary = `${target}.${process.pid}.tmp`;
  const out = await open(temporary, 'w');
  try {
    const header = [...(english ? ['file', 'kind', 'task_id', 'path', 'headings', 'task'] : ['文件', '类别', '任务编号', '序号', '上级标题', '任务']), ...ordered.map(([name]) => name), english ? 'total' : '合计'];
    await out.write(csvBytes([header], options, true));
    let cells = 0;
    // row by row from disk: the rows of thousands of files are never all in memory
    for await (const line of createInterface({ input: createReadStream(rowsPath, 'utf8'), crlfDelay: Infinity })) {
      if (!line) continue;
      const row = JSON.parse(line) as MatrixRowData;
      const record = new Array<string>(ordered.length).fill('');
      for (const unit of row.units) record[index.get(unit.column)!] = english ? unit.role : ROLE_LABELS[unit.role as Role];
      const total = new Set(row.units.map((unit) => unit.column)).size;
      cells += total;
      await out.write(csvBytes([[row.file, itemKindLabel(row.kind, english), row.id, row.path, row.headings, row.title, ...record, String(total)]], options, false));
    }
    await out.write(csvBytes([['', '', '', '', '', english ? 'total' : '合计', ...ordered.map(([, column]) => String(column.total)), String(cells)]], options, false));
  } finally {
    await out.close();
  }
  await rename(temporary, target);
}

async function readManifest(path: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

async function readCache(outDir: string, name: string): Promise<FileResult | null> {
  try {
    return JSON.parse(await readFile(join(outDir, CACHE, name), 'utf8')) as FileResult;
  } catch {
    return null;
  }
}
