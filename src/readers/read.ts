/**
 * Bytes (or text) → lines and tables, by the reader of the input's format: text, HTML, Word,
 * CSV, PDF, Excel. The format is inferred from the content, then the file name; `--input-format`
 * forces it. PDF, .xlsx and .doc parsers are asynchronous: they are read by readDocumentAsync only.
 */
import { PolicyExtractError } from '../model/errors.js';
import { decodeBytes } from './decode.js';
import { detectFormat, looksLikeHtml } from './detect.js';
import { refusal } from './refused.js';
import { asyncReaderFor, isAsyncFormat, preloadReader, readerFor, type ReaderOptions } from './registry.js';
import { readTextLines } from './text.js';
import { DEFAULT_LIMITS, type InputFormat, type ReadLimits, type ReadResult } from './types.js';

export { detectFormat } from './detect.js';

export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'html', 'docx', 'csv', 'pdf', 'xlsx', 'doc'];

export interface ReadOptions {
  path?: string | null;
  /** Force an encoding for text, HTML and CSV input. */
  encoding?: string | null;
  /** Force the input format instead of inferring it. */
  format?: InputFormat | null;
  /** Bounds on pages, unpacked bytes and cells; the defaults where not given. */
  limits?: Partial<ReadLimits>;
}

const BINARY_FORMATS: ReadonlySet<InputFormat> = new Set(['docx', 'pdf', 'xlsx', 'doc']);

/**
 * Reads an input with the reader of its format, for every format but PDF, .xlsx and .doc.
 *
 * @throws PolicyExtractError when no document can be read (empty, binary, undecodable, a format
 * refused, or E_USAGE for a format that only readDocumentAsync reads).
 */
export function readDocument(input: Uint8Array | string, options: ReadOptions = {}): ReadResult {
  if (typeof input === 'string') return readString(input, options);
  const format = formatOf(input, options);
  if (isAsyncFormat(format)) {
    throw new PolicyExtractError('E_USAGE', `is a ${format === 'doc' ? 'Word 97–2003 .doc' : format.toUpperCase()} file, which only extractAsync reads (extract reads text, HTML, .docx and CSV)`, { path: options.path ?? null });
  }
  return readSync(input, format, options);
}

/**
 * Reads an input with the reader of its format, every format included.
 *
 *     await readDocumentAsync(readFileSync('实施方案.pdf'), { path: '实施方案.pdf' }) // → { format: 'pdf', lines: […], tables: […], pages: [{ label: 'p.1', line: 1 }, …] }
 */
export async function readDocumentAsync(input: Uint8Array | string, options: ReadOptions = {}): Promise<ReadResult> {
  if (typeof input === 'string') {
    if (options.format === 'csv') await preloadReader('csv');
    else if (options.format === 'html' || (!options.format && /^\s*</.test(input))) await preloadReader('html');
    return readString(input, options);
  }
  const format = formatOf(input, options);
  if (isAsyncFormat(format)) return (await asyncReaderFor(format))(input, readerOptions(options));
  if (format !== 'text') await preloadReader(format);
  return readSync(input, format, options);
}

/** The forced format, or the one the content and name say; a refused format is thrown here. */
function formatOf(input: Uint8Array, options: ReadOptions): InputFormat {
  if (options.format) return options.format;
  if (input.length === 0) return 'text';
  const format = detectFormat(input, options.path ?? null);
  if ((INPUT_FORMATS as readonly string[]).includes(format)) return format as InputFormat;
  throw refusal(format as Exclude<typeof format, InputFormat>, options.path ?? null);
}

function readSync(input: Uint8Array, format: Exclude<InputFormat, 'pdf' | 'xlsx' | 'doc'>, options: ReadOptions): ReadResult {
  if (format !== 'text') return readerFor(format)(input, readerOptions(options));
  const decoded = decodeBytes(input, { encoding: options.encoding ?? null, path: options.path ?? null });
  return { format: 'text', encoding: decoded.encoding, bom: decoded.bom, lines: readTextLines(decoded.text), tables: [], diagnostics: decoded.diagnostics };
}

/** Text already decoded: HTML when forced or when it opens like a page, CSV when forced, else plain text. */
function readString(input: string, options: ReadOptions): ReadResult {
  const path = options.path ?? null;
  if (options.format && BINARY_FORMATS.has(options.format)) throw new PolicyExtractError('E_USAGE', `a ${options.format} file is read from bytes, not from a string`, { path });
  if (options.format === 'html' || options.format === 'csv' || (!options.format && /^\s*</.test(input) && looksLikeHtml(Buffer.from(input.slice(0, 4096))))) {
    return readerFor(options.format === 'csv' ? 'csv' : 'html')(Buffer.from(input), { ...readerOptions(options), encoding: 'utf-8' });
  }
  return { format: 'text', encoding: 'unicode', bom: false, lines: readTextLines(input), tables: [], diagnostics: [] };
}

function readerOptions(options: ReadOptions): ReaderOptions {
  return { path: options.path ?? null, encoding: options.encoding ?? null, limits: { ...DEFAULT_LIMITS, ...options.limits } };
}
