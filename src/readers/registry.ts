/**
 * The readers of formats that need a heavy parser (HTML, Word, PDF, workbooks): each registers
 * itself when its module loads. The library entry loads the synchronous ones; the CLI loads a
 * reader only when an input needs it, so a text run does not pay for them. PDF, .xlsx and .doc
 * parsers are asynchronous, and their modules are loaded by dynamic import.
 */
import { createRequire } from 'node:module';
import type { ReadLimits, ReadResult } from './types.js';

export interface ReaderOptions {
  path?: string | null;
  encoding?: string | null;
  limits?: ReadLimits;
}

export type Reader = (bytes: Uint8Array, options: ReaderOptions) => ReadResult;
export type AsyncReader = (bytes: Uint8Array, options: ReaderOptions) => Promise<ReadResult>;

/** Formats read synchronously, and the modules that register their readers. */
const MODULES = { html: './html.js', docx: './docx.js', csv: './delimited.js' } as const;
/** Formats whose parsers only read asynchronously. */
const ASYNC_MODULES = { pdf: './pdf.js', xlsx: './workbook.js', doc: './word-binary.js' } as const;

export type SyncFormat = keyof typeof MODULES;
export type AsyncFormat = keyof typeof ASYNC_MODULES;

const readers = new Map<SyncFormat, Reader>();
const asyncReaders = new Map<AsyncFormat, AsyncReader>();
const require = createRequire(import.meta.url);

export function registerReader(format: SyncFormat, reader: Reader): void {
  readers.set(format, reader);
}

export function registerAsyncReader(format: AsyncFormat, reader: AsyncReader): void {
  asyncReaders.set(format, reader);
}

/** Whether a format is read only by the asynchronous entry points (extractAsync). */
export function isAsyncFormat(format: string): format is AsyncFormat {
  return Object.hasOwn(ASYNC_MODULES, format);
}

/** The reader of a format, loading its module on first use (Node ≥ 20.19 requires ES modules synchronously). */
export function readerFor(format: SyncFormat): Reader {
  if (!readers.has(format)) require(MODULES[format]);
  const reader = readers.get(format);
  if (!reader) throw new Error(`no reader registered for ${format}`);
  return reader;
}

/** The reader of an asynchronous format, importing its module on first use. */
export async function asyncReaderFor(format: AsyncFormat): Promise<AsyncReader> {
  if (!asyncReaders.has(format)) await import(ASYNC_MODULES[format]);
  const reader = asyncReaders.get(format);
  if (!reader) throw new Error(`no reader registered for ${format}`);
  return reader;
}
