/**
 * One file of a batch, start to end: its bytes → the document → its own outputs and its share of
 * the combined outputs (task rows, matrix rows, units). Runs in a worker thread, or in the main
 * thread with -j 1; never throws: a bad file is a result with an error.
 */
import { extract } from '../extract.js';
import { loadUnitDictionary, type UnitDictionary } from '../extractors/unit-dictionary.js';
import type { PolicyDocument, Role, UnitKind, UnitLevel } from '../model/document.js';
import { isPolicyExtractError } from '../model/errors.js';
import { readAliasFile } from '../readers/aliases.js';
import type { InputFormat } from '../readers/types.js';
import { buildMatrix } from '../views/matrix.js';
import { listUnits, type UnitsTableRow } from '../views/units-table.js';
import { longFormRecords } from '../writers/csv.js';
import { type CsvEncoding, type OutputFormat, writeDocuments } from '../writers/index.js';

/** What every file of a batch is read and written with. */
export interface ProcessOptions {
  /** The per-file outputs: one file per format. */
  formats: readonly OutputFormat[];
  encoding: string | null;
  inputFormat: InputFormat | null;
  /** An alias file, read once per worker. */
  aliases: string | null;
  header: 'zh' | 'en';
  bom: boolean;
  csvEncoding: CsvEncoding;
  names: 'canonical' | 'as-written';
}

export interface FileJob {
  index: number;
  path: string;
  output: string;
  bytes: Uint8Array;
}

/** A task or table row as the combined matrix needs it, its units reduced to column and role. */
export interface MatrixRowData {
  file: string;
  kind: 'task' | 'table-row';
  id: string;
  path: string;
  headings: string;
  title: string;
  units: Array<{ column: string; level: UnitLevel | null; kind: UnitKind; role: Role }>;
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
  /** The per-file outputs: an extension (`.json`) and the content. */
  outputs: Array<{ extension: string; content: string | Uint8Array }>;
  /** Long-form CSV records without the header. */
  taskRecords: string[][];
  /** One JSON line per task and table row. */
  taskLines: string[];
  matrixRows: MatrixRowData[];
  units: UnitsTableRow[];
  tasks: number;
  warnings: number;
}

/** The extension of each format's per-file output: `a.txt` → `a.txt.json`, `a.txt.matrix.csv` … */
export const EXTENSIONS: Readonly<Record<OutputFormat, string>> = {
  text: '.txt', json: '.json', yaml: '.yaml', csv: '.csv', matrix: '.matrix.csv', md: '.md', xlsx: '.xlsx',
};

/** A processor with the dictionary (and alias file) loaded once. */
export async function createProcessor(options: ProcessOptions): Promise<(job: FileJob) => Promise<FileResult>> {
  const dictionary: UnitDictionary = loadUnitDictionary(options.aliases ? await readAliasFile(options.aliases) : null);
  return (job) => processFile(job, options, dictionary);
}

async function processFile(job: FileJob, options: ProcessOptions, dictionary: UnitDictionary): Promise<FileResult> {
  const result: FileResult = { index: job.index, path: job.path, output: job.output, error: null, outputs: [], taskRecords: [], taskLines: [], matrixRows: [], units: [], tasks: 0, warnings: 0 };
  try {
    const document = extract(job.bytes, { path: job.path, encoding: options.encoding, format: options.inputFormat, dictionary });
    for (const format of options.formats) {
      const content = await writeDocuments([document], format, { header: options.header, bom: options.bom, encoding: options.csvEncoding, names: options.names });
      result.outputs.push({ extension: EXTENSIONS[format], content });
    }
    result.taskRecords = longFormRecords([document], options.header).slice(1);
    result.taskLines = taskLines(document);
    result.matrixRows = matrixRows(document, options.names, job.output);
    result.units = listUnits([document]);
    result.tasks = document.tasks.length;
    result.warnings = document.diagnostics.filter((d) => d.severity !== 'info').length;
  } catch (error) {
    result.error = isPolicyExtractError(error)
      ? { code: error.code, message: error.message, line: error.line }
      : { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error), line: null };
    result.outputs = [];
  }
  return result;
}

/** Each task and table row as one JSON object a line, with the file it came from. */
function taskLines(document: PolicyDocument): string[] {
  const file = document.source.path;
  return [
    ...document.tasks.map((task) => JSON.stringify({ file, kind: 'task', ...task })),
    ...document.tables.flatMap((table) => table.rows.map((row) => JSON.stringify({ file, kind: 'table-row', table: table.title, ...row }))),
  ];
}

/** The document's matrix rows with their units named as the combined matrix's columns. */
function matrixRows(document: PolicyDocument, names: ProcessOptions['names'], file: string): MatrixRowData[] {
  const matrix = buildMatrix([document], { names });
  return matrix.rows.map((row) => ({
    file, kind: row.kind, id: row.id, path: row.path, headings: row.headings, title: row.title,
    units: row.cells.flatMap((role, i) => {
      const column = matrix.columns[i]!;
      return role === null ? [] : [{ column: column.unit, level: column.level, kind: column.kind, role }];
    }),
  }));
}
