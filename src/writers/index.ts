/** The writer registry: turns documents into the bytes of one output format. */
import { extname } from 'node:path';
import type { PolicyDocument } from '../model/document.js';
import { PolicyExtractError } from '../model/errors.js';
import type { CsvOptions } from './csv.js';
import { writeJson } from './json.js';
import { writeText } from './text.js';
import type { TextOptions } from './text.js';

export { displayWidth, plainStyle } from './text.js';
export type { TextStyle } from './text.js';

export type OutputFormat = 'text' | 'json' | 'yaml' | 'csv';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'yaml', 'csv'];

/** Options for {@link writeDocuments}; each writer reads the ones for its format. */
export interface WriteOptions extends CsvOptions, TextOptions {}

type Writer = (documents: readonly PolicyDocument[], options: WriteOptions) => string | Promise<string>;

/**
 * One writer a format. YAML and CSV are imported on first use: yaml and csv-stringify take
 * longer to load than a text or JSON run takes to finish, and the CLI must start fast.
 */
const WRITERS: Readonly<Record<OutputFormat, Writer>> = {
  text: writeText,
  json: writeJson,
  yaml: async (documents) => (await import('./yaml.js')).writeYaml(documents),
  csv: async (documents, options) => (await import('./csv.js')).writeCsv(documents, options),
};

const EXTENSIONS: Readonly<Record<string, OutputFormat>> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.txt': 'text',
};

function isOutputFormat(format: string): format is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(format);
}

/**
 * Renders documents in one format; the result is the exact text to write (CSV's BOM is its
 * leading `\uFEFF`).
 *
 *     await writeDocuments([yanbian], 'csv', { header: 'en', bom: false })
 *     // → 'file,task_id,path,headings,title,text,unit,role,deadline,note\r\n…'
 *
 * @throws PolicyExtractError `E_USAGE` for a format not in {@link OUTPUT_FORMATS}
 *   (reachable from JavaScript callers and unchecked flags).
 */
export async function writeDocuments(
  documents: PolicyDocument[],
  format: OutputFormat,
  options: WriteOptions = {},
): Promise<string> {
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
 *     formatFromPath('report.xlsx')  // → null
 */
export function formatFromPath(path: string): OutputFormat | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}
