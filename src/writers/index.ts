/** The writer registry: turns documents into the text or bytes of one output format. */
import { extname } from 'node:path';
import type { PolicyDocument } from '../model/document.js';
import { PolicyExtractError } from '../model/errors.js';
import type { MatrixOptions } from '../views/matrix.js';
import type { CsvOptions } from './csv.js';
import { writeJson } from './json.js';
import { writeText } from './text.js';
import type { TextOptions } from './text.js';

export { displayWidth, findingsToShow, plainStyle } from './text.js';
export type { TextStyle } from './text.js';

export type OutputFormat = 'text' | 'json' | 'yaml' | 'csv' | 'matrix' | 'md' | 'xlsx' | 'html';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'yaml', 'csv', 'matrix', 'md', 'xlsx', 'html'];

/** CSV encodings: UTF-8 (with a BOM by default), or the Chinese code pages for an Excel set to them. */
export type CsvEncoding = 'utf8' | 'gbk' | 'gb18030';

export const CSV_ENCODINGS: readonly CsvEncoding[] = ['utf8', 'gbk', 'gb18030'];

/** Formats whose output is bytes, not text: refused on a terminal. */
export const BINARY_FORMATS: ReadonlySet<OutputFormat> = new Set(['xlsx']);

/** Options for {@link writeDocuments}; each writer reads the ones for its format. */
export interface WriteOptions extends CsvOptions, TextOptions, MatrixOptions {}

type Writer = (documents: readonly PolicyDocument[], options: WriteOptions) => string | Uint8Array | Promise<string | Uint8Array>;

/**
 * One writer a format. All but text and JSON are imported on first use: yaml, iconv-lite,
 * exceljs and the HTML report take longer to load than a text or JSON run takes to finish, and the CLI must start fast.
 */
const WRITERS: Readonly<Record<OutputFormat, Writer>> = {
  text: writeText,
  json: writeJson,
  yaml: async (documents) => (await import('./yaml.js')).writeYaml(documents),
  csv: async (documents, options) => (await import('./csv.js')).writeCsv(documents, options),
  matrix: async (documents, options) => (await import('./matrix.js')).writeMatrixCsv(documents, options),
  md: async (documents, options) => (await import('./matrix.js')).writeMarkdown(documents, options),
  xlsx: async (documents, options) => (await import('./workbook.js')).writeXlsx(documents, options),
  html: async (documents, options) => (await import('./html/report.js')).writeHtmlReport(documents, options),
};

const EXTENSIONS: Readonly<Record<string, OutputFormat>> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.txt': 'text',
  '.md': 'md',
  '.markdown': 'md',
  '.xlsx': 'xlsx',
  '.html': 'html',
  '.htm': 'html',
};

function isOutputFormat(format: string): format is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(format);
}

/**
 * Renders documents in one format: text for all but xlsx, whose workbook is bytes (CSV in GBK
 * is bytes too). CSV's BOM is its leading `\uFEFF`.
 *
 *     await writeDocuments([yanbian], 'csv', { header: 'en', bom: false })
 *     // → 'file,kind,task_id,path,headings,title,text,unit,role,canonical,level,function,unit_kind,deadline,note\r\n…'
 *
 * @throws PolicyExtractError `E_USAGE` for a format not in {@link OUTPUT_FORMATS}
 *   (reachable from JavaScript callers and unchecked flags).
 */
export async function writeDocuments(
  documents: PolicyDocument[],
  format: OutputFormat,
  options: WriteOptions = {},
): Promise<string | Uint8Array> {
  if (!isOutputFormat(format)) {
    throw new PolicyExtractError('E_USAGE', `unknown output format "${String(format)}" (expected ${OUTPUT_FORMATS.join(', ')})`);
  }
  return WRITERS[format](documents, options);
}

/**
 * The format an output file name asks for, by extension (any case); null when it names none.
 *
 *     formatFromPath('分工方案.yml')  // → 'yaml'
 *     formatFromPath('out/matrix.CSV') // → 'csv'
 *     formatFromPath('report.xlsx')  // → 'xlsx'
 */
export function formatFromPath(path: string): OutputFormat | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}
