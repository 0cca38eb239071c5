/**
 * One file of a batch, start to end: its bytes → the document → its own outputs, written, and its
 * share of the combined outputs (task rows, matrix rows, units). Runs in a worker thread; never
 * throws: a bad file is a result with an error.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { extractAsync } from '../extract.js';
import { type DictionaryData, loadUnitDictionary, type UnitDictionary } from '../extractors/unit-dictionary.js';
import type { PolicyDocument, Role, UnitKind, UnitLevel } from '../model/document.js';
import { isPolicyExtractError, PolicyExtractError } from '../model/errors.js';
import { fileError } from '../readers/input.js';
import type { InputFormat } from '../readers/types.js';
import { collectMatrix } from '../views/matrix.js';
import { listUnits, type UnitsTableRow } from '../views/units-table.js';
import { writeFileAtomicSync } from '../writers/atomic.js';
import { csvCells, itemKindLabel, stringifyCsv, taskRowRecords } from '../writers/csv.js';
import { type CsvEncoding, type OutputFormat, writeDocuments } from '../writers/index.js';

/** What every file of a batch is read and written with. */
export interface ProcessOptions {
  /** The per-file outputs: one file per format. */
  formats: readonly OutputFormat[];
  encoding: string | null;
  inputFormat: InputFormat | null;
  /** An alias file (recorded in the manifest: another file is another run). */
  aliases: string | null;
  /** Its data, read and checked once by the main thread before any worker starts. */
  aliasData: DictionaryData | null;
  header: 'zh' | 'en';
  bom: boolean;
  csvEncoding: CsvEncoding;
  names: 'canonical' | 'as-written';
}

export interface FileJob {
  index: number;
  path: string;
  output: string;
  /** The output folder the file's own outputs are written under. */
  outDir: string;
  /** Files over this many bytes are reported, not read. */
  maxSize: number;
  /** The content hash the previous run recorded: the same content is not extracted again. */
  knownHash: string | null;
  /** Write the result for the next incremental run to this cache file. */
  cache: string | null;
}

/**
 * A row of the combined matrix as a worker spools it, before the matrix's columns are known: its
 * six item cells as CSV, each followed by its comma, then each unit column it names with the role
 * there. The main thread then only places the roles: quoting the cells is done in the workers.
 *
 *     ["a.txt,任务,1,1.,一、重点任务,完善园区基础设施,", [["省住房和城乡建设厅", "lead"], ["省商务厅", "support"]]]
 */
export type MatrixRowLine = [cells: string, units: Array<[column: string, role: Role]>];

/** A unit column of the combined matrix and the number of one file's rows that name it. */
export interface ColumnCount {
  column: string;
  level: UnitLevel | null;
  kind: UnitKind;
  rows: number;
}

export interface FileError {
  code: string;
  message: string;
  line: number | null;
}

export interface FileResult {
  index: number;
  path: string;
  output: string;
  error: FileError | null;
  /** SHA-256 of the file's bytes, '' when it could not be read. */
  hash: string;
  /** The file's size in bytes. */
  bytes: number;
  /** The content is what the previous run read: nothing was extracted, the cached result stands. */
  unchanged: boolean;
  /** One CSV record per task (units by role), without the header, in the batch's encoding (no BOM). */
  taskCsv: string | Uint8Array;
  /** One JSON line per task and table row, each ending in a line break ('' for none). */
  tasksJsonl: string;
  /** The matrix rows ({@link MatrixRowLine}) as JSON lines, kept on disk until the columns are known. */
  matrixJsonl: string;
  /** How many of the file's matrix rows name each unit column: the combined matrix orders its columns by these totals. */
  columns: ColumnCount[];
  units: UnitsTableRow[];
  tasks: number;
  /** The plan's own title (for index.html), null when it names none. */
  title: string | null;
  /** Error-level findings in a file that was read (undecodable bytes): listed in errors.jsonl. */
  findings: Array<{ code: string; message: string; line: number | null }>;
}

/** The extension of each format's per-file output: `a.txt` → `a.txt.json`, `a.txt.matrix.csv` … */
export const EXTENSIONS: Readonly<Record<OutputFormat, string>> = {
  text: '.txt', json: '.json', yaml: '.yaml', csv: '.csv', matrix: '.matrix.csv', md: '.md', xlsx: '.xlsx', html: '.html',
};

/** A processor with the dictionary loaded once (the alias data read and checked by the main thread). */
export function createProcessor(options: ProcessOptions): (job: FileJob) => Promise<FileResult> {
  const dictionary: UnitDictionary = loadUnitDictionary(options.aliasData);
  // the output folders this processor has made: a folder of a thousand inputs is made once
  const folders = new Set<string>();
  return (job) => processFile(job, options, dictionary, folders);
}

/**
 * Reads, extracts and writes one file's own outputs (atomically, in the worker: the main thread
 * only appends the combined outputs, in order).
 */
async function processFile(job: FileJob, options: ProcessOptions, dictionary: UnitDictionary, folders: Set<string>): Promise<FileResult> {
  const result = emptyResult(job, null);
  try {
    const bytes = readJobFile(job);
    result.hash = createHash('sha256').update(bytes).digest('hex');
    result.bytes = bytes.byteLength;
    // the same content, and the outputs still in place: the previous run's result stands
    const outputs = options.formats.map((format) => join(job.outDir, `${job.output}${EXTENSIONS[format]}`));
    if (result.hash === job.knownHash && outputs.every((path) => existsSync(path))) return { ...result, unchanged: true };
    // --max-size bounds what a .docx, .xlsx or PDF unpacks to as well as the file itself
    const document = await extractAsync(bytes, { path: job.path, encoding: options.encoding, format: options.inputFormat, dictionary, limits: { unpackedBytes: job.maxSize } });
    for (const format of options.formats) {
      const content = await writeDocuments([document], format, { header: options.header, bom: options.bom, encoding: options.csvEncoding, names: options.names });
      writeOutput(join(job.outDir, `${job.output}${EXTENSIONS[format]}`), content, job.path, folders);
    }
    const [columns, ...records] = taskRowRecords([document], options.header);
    result.taskCsv = records.length === 0 ? '' : stringifyCsv(records, { encoding: options.csvEncoding, bom: false, columns });
    result.tasksJsonl = taskLines(document);
    const matrix = matrixRows(document, options, job.path);
    result.matrixJsonl = matrix.lines;
    result.columns = matrix.columns;
    result.units = listUnits([document]);
    result.tasks = document.tasks.length;
    result.title = document.meta.title;
    result.findings = document.diagnostics.filter((d) => d.severity === 'error').map(({ code, message, line }) => ({ code, message, line }));
    if (job.cache) writeOutput(job.cache, cacheText(result), job.path, folders);
  } catch (error) {
    result.error = isPolicyExtractError(error)
      ? { code: error.code, message: error.message, line: error.line }
      : { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error), line: null };
  }
  return result;
}

/**
 * A job's file, read synchronously: the worker thread has nothing else to do meanwhile, and each
 * step of an asynchronous read would leave it idle for a thread-pool round trip.
 */
function readJobFile(job: FileJob): Uint8Array {
  try {
    const info = statSync(job.path);
    // a pipe or a device named among the inputs would be read forever: a batch reads files
    if (!info.isFile()) throw new PolicyExtractError('E_IO', info.isDirectory() ? 'is a directory' : 'not a regular file', { path: job.path });
    if (info.size > job.maxSize) throw new PolicyExtractError('E_TOO_LARGE', `${info.size} bytes, over --max-size ${job.maxSize}`, { path: job.path });
    return readFileSync(job.path);
  } catch (error) {
    throw fileError(error, job.path);
  }
}

/** A file's result before it is read, or of a file that failed (`error`). */
export function emptyResult(job: Pick<FileJob, 'index' | 'path' | 'output'>, error: FileError | null): FileResult {
  return { index: job.index, path: job.path, output: job.output, error, hash: '', bytes: 0, unchanged: false, taskCsv: '', tasksJsonl: '', matrixJsonl: '', columns: [], units: [], tasks: 0, title: null, findings: [] };
}

/** A result as the cache keeps it: bytes (GBK task rows) as base64, which JSON cannot hold. */
function cacheText(result: FileResult): string {
  const { taskCsv } = result;
  return JSON.stringify({ ...result, taskCsv: typeof taskCsv === 'string' ? taskCsv : { base64: Buffer.from(taskCsv).toString('base64') } });
}

/** A cached result read back. */
export function parseCache(text: string): FileResult {
  const result = JSON.parse(text) as Omit<FileResult, 'taskCsv'> & { taskCsv: string | { base64: string } };
  const { taskCsv } = result;
  return { ...result, taskCsv: typeof taskCsv === 'string' ? taskCsv : new Uint8Array(Buffer.from(taskCsv.base64, 'base64')) };
}

/** One output, atomically (a temporary file, then rename), never over the file it comes from; its folder made unless in `folders`. */
function writeOutput(path: string, content: string | Uint8Array, input: string, folders: Set<string>): void {
  if (resolve(path) === resolve(input)) throw new PolicyExtractError('E_OUTPUT_IS_INPUT', 'refusing to write over the input file', { path });
  const folder = dirname(path);
  if (!folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  writeFileAtomicSync(path, content);
}

/**
 * Each task and table row as one JSON object a line, with the file it came from: text, which a
 * worker hands to the main thread as one string (thousands of small strings cost far more to copy).
 */
function taskLines(document: PolicyDocument): string {
  // `{"file":…,"kind":"task",` and then the task's own fields: the object is not copied to add two
  // keys in front (neither a task nor a table row has a key of these names)
  const file = JSON.stringify(document.source.path);
  let lines = '';
  for (const task of document.tasks) lines += `{"file":${file},"kind":"task",${JSON.stringify(task).slice(1)}\n`;
  for (const table of document.tables) {
    const opening = `{"file":${file},"kind":"table-row","table":${JSON.stringify(table.title)},`;
    for (const row of table.rows) lines += `${opening}${JSON.stringify(row).slice(1)}\n`;
  }
  return lines;
}

/**
 * The document's matrix rows as JSON lines ({@link MatrixRowLine}), their units named as the
 * combined matrix's columns, and how many rows name each column.
 */
function matrixRows(document: PolicyDocument, options: ProcessOptions, file: string): { lines: string; columns: ColumnCount[] } {
  const { columns, items } = collectMatrix([document], { names: options.names });
  const english = options.header === 'en';
  let lines = '';
  for (const item of items) {
    const cells = csvCells([file, itemKindLabel(item.kind, english), item.id, item.path, item.headings, item.title]);
    const line: MatrixRowLine = [`${cells},`, [...item.roles]];
    lines += `${JSON.stringify(line)}\n`;
  }
  return { lines, columns: [...columns.values()].map(({ unit, level, kind, total }) => ({ column: unit, level, kind, rows: total })) };
}
