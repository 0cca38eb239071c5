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

// Each module is named by a literal import, so that a bundler (the CLI is one esbuild bundle) sees
// it and keeps it loadable on demand; the path beside it serves the synchronous require of the
// unbundled library, which a bundle cannot follow (so the asynchronous entry points preload).
/** Formats read synchronously, and the modules that register their readers. */
const MODULES = {
  html: { path: './html.js', load: () => import('./html.js') },
  docx: { path: './docx.js', load: () => import('./docx.js') },
  csv: { path: './delimited.js', load: () => import('./delimited.js') },
} as const;
/** Formats whose parsers only read asynchronously, and how to import their modules. */
const ASYNC_MODULES = {
  pdf: () => import('./pdf.js'),
  xlsx: () => import('./workbook.js'),
  doc: () => import('./word-binary.js'),
} as const;

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
  if (!readers.has(format)) require(MODULES[format].path);
  const reader = readers.get(format);
  if (!reader) throw new Error(`no reader registered for ${format}`);
  return reader;
}

/** Loads the module of a synchronous format's reader by import: what a bundle can follow. */
export async function preloadReader(format: SyncFormat): Promise<void> {
  if (!readers.has(format)) await MODULES[format].load();
}

/** The reader of an asynchronous format, importing its module on first use. */
export async function asyncReaderFor(format: AsyncFormat): Promise<AsyncReader> {
  if (!asyncReaders.has(format)) await ASYNC_MODULES[format]();
  const reader = asyncReaders.get(format);
  if (!reader) throw new Error(`no reader registered for ${format}`);
  return reader;
}
