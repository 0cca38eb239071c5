/**
 * policy-extract batch: many files, in parallel, each file's outputs under the output folder
 * (mirroring the inputs), and the combined outputs — all tasks (CSV, JSONL), the matrix, the units
 * table, errors.jsonl, summary.json, index.html — written in input order, so they are the same bytes whatever
 * the number of jobs. Memory stays flat: results are committed as they come in order and only the
 * units (a few hundred) are held to the end.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Role, UnitKind, UnitLevel } from '../model/document.js';
import { PolicyExtractError } from '../model/errors.js';
import { compareText, unitRank } from '../views/order.js';
import type { UnitsTableRow } from '../views/units-table.js';
import { writeFileAtomic } from '../writers/atomic.js';
import { stringifyCsv, taskRowRecords } from '../writers/csv.js';
import { encodeCsv } from '../writers/csv-encoding.js';
import { type CombinedLink, indexEnd, type IndexEntry, indexRow, indexStart, type IndexTotals } from '../writers/html/index-page.js';
import type { OutputFormat } from '../writers/index.js';
import { ITEM_COLUMNS, TOTAL } from '../writers/matrix.js';
import { ROLE_LABELS } from '../writers/text.js';
import { unitsCells, unitsHeader } from '../writers/units.js';
import { collectInputs, type InputOptions, type SkippedInput } from './inputs.js';
import { Appender } from './appender.js';
import { readLinesSync } from './lines.js';
import { createRunner, type JobRunner, JobTimeout } from './pool.js';
import { emptyResult, EXTENSIONS, type FileJob, type FileResult, type MatrixRowLine, parseCache, type ProcessOptions } from './process-file.js';

export interface BatchOptions extends ProcessOptions, InputOptions {
  outDir: string;
  /** Worker threads (the main thread appends the combined outputs). */
  jobs: number;
  /** Files over this many bytes are reported, not read. */
  maxSize: number;
  /** Skip inputs whose content and options match the previous run's manifest. */
  incremental: boolean;
  /** Seconds a file may take before it is stopped and reported (0: no limit). */
  timeout: number;
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
  /** `withErrors`: read, with error findings (undecodable bytes), listed in errors.jsonl too. */
  files: { total: number; ok: number; failed: number; withErrors: number; skipped: number; unchanged: number };
  tasks: number;
  units: number;
  bytes: number;
  seconds: number;
  jobs: number;
  shard: string | null;
  skipped: SkippedInput[];
}

/** The combined outputs, in the output folder. */
export const COMBINED = { tasksCsv: 'all-tasks.csv', tasksJsonl: 'all-tasks.jsonl', matrix: 'matrix.csv', units: 'units.csv', errors: 'errors.jsonl', summary: 'summary.json', index: 'index.html', manifest: '.policy-extract-manifest.json' } as const;
/** The combined outputs index.html links to, with what they hold. */
const INDEX_LINKS: readonly CombinedLink[] = [
  { name: COMBINED.tasksCsv, label: '全部任务' }, { name: COMBINED.matrix, label: '合并矩阵' }, { name: COMBINED.units, label: '单位' },
  { name: COMBINED.errors, label: '错误' }, { name: COMBINED.summary, label: '汇总' },
];
const CACHE = '.policy-extract-cache';
/** After Ctrl-C, how long the files being written get to finish. */
const GRACE_MS = 5000;
/** Results waiting for their turn, at most this many per job: bounds memory when one file is slow. */
const AHEAD_PER_JOB = 8;

/** A column of the combined matrix: what orders it, and how many tasks it has. */
/** The shape of a cached file result: a run that finds another one reads every file again. */
const CACHE_FORMAT = 3;

interface ColumnTotal {
  level: UnitLevel | null;
  kind: UnitKind;
  total: number;
}

interface ManifestEntry {
  hash: string;
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
  const optionsKey = hashText(JSON.stringify({ ...pick(options), version: CACHE_FORMAT }));
  const previous = options.incremental ? await readManifest(join(options.outDir, COMBINED.manifest)) : null;
  const manifest: Manifest = { options: optionsKey, files: {} };
  const combined = openCombined(options.outDir, options);

  const units = new Map<string, UnitsTableRow>();
  const columns = new Map<string, ColumnTotal>();
  const summary: BatchSummary = { files: { total: inputs.length, ok: 0, failed: 0, withErrors: 0, skipped: skipped.length, unchanged: 0 }, tasks: 0, units: 0, bytes: 0, seconds: 0, jobs: options.jobs, shard: options.shard ? options.shard.join('/') : null, skipped };
  const runner = await createRunner(options.jobs, options, options.timeout);
  try {
    const pending = new Map<number, Promise<Committed>>();
    let next = 0;
    // index.html's total beside the summary's: summary.json counts body tasks only
    let tableRows = 0;
    const launch = (index: number): void => {
      const input = inputs[index]!;
      const job = (knownHash: string | null) => ({ index, path: input.path, output: input.output, outDir: options.outDir, maxSize: options.maxSize, knownHash, cache });
      const known = previous?.options === optionsKey ? previous.files[input.output] : undefined;
      const cache = options.incremental ? join(options.outDir, CACHE, cacheName(input.output)) : null;
      const promise = (async (): Promise<Committed> => {
        let result = await runFile(runner, job(known?.hash ?? null), input);
        // unchanged content: the previous run's result stands, if it kept one; else it is read again
        const cached = result.unchanged && cache ? await readCache(cache) : null;
        if (result.unchanged && !cached) result = await runFile(runner, job(null), input);
        return { ...(cached ?? result), index, path: input.path, hash: result.hash, bytes: result.bytes, fromCache: cached !== null };
      })();
      // awaited in input order; a rejection meanwhile must not end the process as unhandled
      promise.catch(() => {});
      pending.set(index, promise);
    };
    for (let done = 0; done < inputs.length; done++) {
      while (next < inputs.length && next < done + Math.max(1, options.jobs) * AHEAD_PER_JOB) launch(next++);
      const result = await untilAborted(pending.get(done)!, hooks.signal);
      if (result === null) {
        // Ctrl-C: the files being written finish (a few seconds at most), then the run stops
        await Promise.race([Promise.allSettled(pending.values()), new Promise((resolve) => setTimeout(resolve, GRACE_MS))]);
        throw new PolicyExtractError('E_IO', 'interrupted');
      }
      pending.delete(done);
      commit(result, combined, units, columns, summary, manifest);
      const entry = indexEntry(result, options.formats);
      tableRows += entry.tableRows;
      combined.indexRows.write(indexRow(entry));
      hooks.progress?.({ done: done + 1, total: inputs.length, failed: summary.files.failed, bytes: summary.bytes, path: result.path });
    }
    summary.units = units.size;
    summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await finish(options, combined, units, columns, summary, manifest, tableRows);
    return summary;
  } catch (error) {
    combined.discard();
    throw error;
  } finally {
    await runner.close();
  }
}

/** A file's result; a worker that crashed on it (out of memory …) makes it a failed file, not a failed run. */
async function runFile(runner: JobRunner, job: FileJob, input: { path: string; output: string }): Promise<FileResult> {
  try {
    return await runner.run(job);
  } catch (error) {
    if (error instanceof JobTimeout) return emptyResult({ index: job.index, ...input }, { code: 'E_TIMEOUT', message: error.message, line: null });
    // the worker may have crashed on the other file it held: this one gets a second try on a new worker
    try {
      return await runner.run(job);
    } catch (error) {
      return emptyResult({ index: job.index, ...input }, { code: 'E_WORKER', message: `the worker stopped on this file: ${error instanceof Error ? error.message : String(error)}`, line: null });
    }
  }
}

/** The promise's value, or null as soon as the signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | null> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(null);
  return new Promise<T | null>((resolve, reject) => {
    const onAbort = (): void => resolve(null);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then((value) => {
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, (error: unknown) => {
      signal.removeEventListener('abort', onAbort);
      reject(error);
    });
  });
}

/** The options that change what a file's outputs are: a manifest written with others is not reused. */
function pick(options: BatchOptions): Partial<BatchOptions> {
  const { formats, encoding, inputFormat, aliasData, header, bom, csvEncoding, names } = options;
  return { formats, encoding, inputFormat, aliasData, header, bom, csvEncoding, names };
}

function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}



interface Combined {
  tasksCsv: Appender;
  tasksJsonl: Appender;
  errors: Appender;
  /** The matrix's rows, kept on disk until its columns are known. */
  matrixRows: Appender;
  /** index.html's rows, kept on disk until the run's totals are known. */
  indexRows: Appender;
  discard(): void;
}

function openCombined(outDir: string, options: BatchOptions): Combined {
  const appender = (name: string): Appender => new Appender(join(outDir, `.${name}.${process.pid}.tmp`), join(outDir, name));
  const combined = {
    tasksCsv: appender(COMBINED.tasksCsv),
    tasksJsonl: appender(COMBINED.tasksJsonl),
    errors: appender(COMBINED.errors),
    matrixRows: appender('.matrix-rows.jsonl'),
    indexRows: appender('.index-rows.html'),
  };
  combined.tasksCsv.write(csvBytes([taskRowRecords([], options.header)[0]!], options, true));
  return { ...combined, discard: () => Object.values(combined).forEach((output) => output.discard()) };
}

/** CSV records in the batch's encoding; the UTF-8 BOM only at the start of a file. */
function csvBytes(records: string[][], options: BatchOptions, first: boolean): Uint8Array {
  const encoded = stringifyCsv(records, { encoding: options.csvEncoding, bom: first && options.bom });
  return typeof encoded === 'string' ? Buffer.from(encoded) : encoded;
}

/** A result as committed: computed now, or read from the previous run's cache. */
type Committed = FileResult & { fromCache: boolean };

function commit(
  result: Committed, combined: Combined, units: Map<string, UnitsTableRow>,
  columns: Map<string, ColumnTotal>, summary: BatchSummary, manifest: Manifest,
): void {
  if (result.error) {
    summary.files.failed++;
    combined.errors.write(`${JSON.stringify({ file: result.path, code: result.error.code, message: result.error.message, line: result.error.line })}\n`);
    return;
  }
  summary.files.ok++;
  summary.tasks += result.tasks;
  if (result.findings.length > 0) summary.files.withErrors++;
  for (const finding of result.findings) combined.errors.write(`${JSON.stringify({ file: result.path, code: finding.code, message: finding.message, line: finding.line, severity: 'error' })}\n`);
  summary.bytes += result.bytes;
  if (result.fromCache) summary.files.unchanged++;
  manifest.files[result.output] = { hash: result.hash };
  if (result.taskCsv.length > 0) combined.tasksCsv.write(result.taskCsv);
  if (result.tasksJsonl.length > 0) combined.tasksJsonl.write(result.tasksJsonl);
  for (const { column, level, kind, rows } of result.columns) {
    const total = columns.get(column);
    if (total) total.total += rows;
    else columns.set(column, { level, kind, total: rows });
  }
  if (result.matrixJsonl.length > 0) combined.matrixRows.write(result.matrixJsonl);
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
  columns: Map<string, ColumnTotal>, summary: BatchSummary, manifest: Manifest, tableRows: number,
): Promise<void> {
  const { outDir } = options;
  combined.tasksCsv.finish();
  combined.tasksJsonl.finish();
  combined.errors.finish();
  combined.matrixRows.finish();
  combined.indexRows.finish();
  const rows = combined.matrixRows.target;
  await writeMatrix(outDir, rows, columns, options);
  await rm(rows, { force: true });
  await writeIndex(outDir, combined.indexRows.target, { ...summary, tableRows });
  await rm(combined.indexRows.target, { force: true });
  const unitRows = [...units.values()].sort((a, b) => unitRank(a) - unitRank(b) || compareText(a.canonical, b.canonical) || compareText(a.name, b.name));
  await writeFileAtomic(join(outDir, COMBINED.units), csvBytes([unitsHeader(options.header), ...unitRows.map((row) => unitsCells(row, options.header).map((cell) => String(cell ?? '')))], options, true));
  await writeFileAtomic(join(outDir, COMBINED.summary), `${JSON.stringify(summary, null, 2)}\n`);
  // in input order, as every other output: files finish in any order with several jobs
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => compareText(a, b)));
  await writeFileAtomic(join(outDir, COMBINED.manifest), `${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
}

/** The combined matrix, streamed from the rows kept on disk: columns by level, then workload, then name. */
async function writeMatrix(outDir: string, rowsPath: string, columns: Map<string, ColumnTotal>, options: BatchOptions): Promise<void> {
  const ordered = [...columns.entries()].sort(([a, x], [b, y]) => unitRank(x) - unitRank(y) || y.total - x.total || compareText(a, b));
  const index = new Map(ordered.map(([name], i) => [name, i]));
  // role words hold no comma, quote or line break: their cells need no quoting
  const label = (role: Role): string => (options.header === 'en' ? role : ROLE_LABELS[role]);
  await writeThrough(join(outDir, COMBINED.matrix), async (out) => {
    const header = [...ITEM_COLUMNS[options.header], ...ordered.map(([name]) => name), TOTAL[options.header]];
    out.write(csvBytes([header], options, true));
    let filled = 0;
    const utf8 = options.csvEncoding === 'utf8';
    // row by row from disk: the rows of thousands of files are never all in memory
    for (const line of readLinesSync(rowsPath)) {
      if (!line) continue;
      const [cells, units] = JSON.parse(line) as MatrixRowLine;
      const record = matrixRecord(cells, units.map(([column, role]) => [index.get(column)!, label(role)]), ordered.length);
      filled += units.length;
      // GBK: the worker wrote these cells to the file's task rows in this encoding, so none is missing
      out.write(utf8 ? record : encodeCsv(record, [], { encoding: options.csvEncoding, bom: false }));
    }
    out.write(csvBytes([['', '', '', '', '', TOTAL[options.header], ...ordered.map(([, column]) => String(column.total)), String(filled)]], options, false));
  });
}

/**
 * A record of the combined matrix: the item's cells (CSV, each followed by its comma), a cell per
 * column, empty but where a unit is named, and the number of units named.
 *
 *     matrixRecord('a.txt,任务,1,1.,,完善园区基础设施,', [[2, '牵头'], [0, '负责']], 4) // → 'a.txt,任务,1,1.,,完善园区基础设施,负责,,牵头,,2\r\n'
 */
function matrixRecord(cells: string, roles: Array<[column: number, role: string]>, columns: number): string {
  roles.sort(([a], [b]) => a - b);
  let record = cells;
  let next = 0;
  for (const [column, role] of roles) {
    record += `${','.repeat(column - next)}${role},`;
    next = column + 1;
  }
  return `${record}${','.repeat(columns - next)}${roles.length}\r\n`;
}

/** index.html: the run's totals and links, then the rows kept on disk as the files were committed. */
async function writeIndex(outDir: string, rowsPath: string, totals: IndexTotals): Promise<void> {
  await writeThrough(join(outDir, COMBINED.index), async (out) => {
    out.write(indexStart(totals, INDEX_LINKS));
    for await (const chunk of createReadStream(rowsPath)) out.write(chunk as Buffer);
    out.write(indexEnd());
  });
}

/** A combined output written through an appender: put in place when `fill` is done, removed if it throws. */
async function writeThrough(target: string, fill: (out: Appender) => Promise<void>): Promise<void> {
  const out = new Appender(`${target}.${process.pid}.tmp`, target);
  try {
    await fill(out);
    out.finish();
  } catch (error) {
    out.discard();
    throw error;
  }
}

/**
 * A file's row of index.html: its counts, or its error, and its own outputs. Its rows and units
 * are counted as its report's matrix has them: a matrix row per task and table row (one JSON line
 * each), a column per unit named as `--names` says (the file's column counts).
 */
function indexEntry(result: FileResult, formats: readonly OutputFormat[]): IndexEntry {
  return {
    output: result.output,
    // a cache written before titles were kept has none
    title: result.title ?? null,
    outputs: result.error ? [] : formats.map((format) => [format, `${result.output}${EXTENSIONS[format]}`]),
    error: result.error,
    tasks: result.tasks,
    tableRows: countLines(result.matrixJsonl) - result.tasks,
    units: result.columns.length,
    findings: result.findings.length,
  };
}

/** The line breaks in a text: JSON lines, one a row (a line break inside a string is escaped). */
function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

async function readManifest(path: string): Promise<Manifest | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** The cache file of an input: its own (two copies of one text at two paths are two files' rows). */
function cacheName(output: string): string {
  return `${hashText(output).slice(0, 32)}.json`;
}

async function readCache(path: string): Promise<FileResult | null> {
  try {
    return parseCache(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}
