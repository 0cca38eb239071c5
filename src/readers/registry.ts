/**
 * The readers of formats that need a heavy parser (HTML, Word): each registers itself when its
 * module loads. The library entry loads them all; the CLI loads one only when an input needs it,
 * so a text run does not pay for them.
 */
import { createRequire } from 'node:module';
import type { ReadResult } from './types.js';

export interface ReaderOptions {
  path?: string | null;
  encoding?: string | null;
}

export type Reader = (bytes: Uint8Array, options: ReaderOptions) => ReadResult;

const readers = new Map<'html' | 'docx', Reader>();
const MODULES = { html: './html.js', docx: './docx.js' } as const;
const require = createRequire(import.meta.url);

export function registerReader(format: 'html' | 'docx', reader: Reader): void {
  readers.set(format, reader);
}

/** The reader of a format, loading its module on first use (Node ≥ 20.19 requires ES modules synchronously). */
export function readerFor(format: 'html' | 'docx'): Reader {
  if (!readers.has(format)) require(MODULES[format]);
  const reader = readers.get(format);
  if (!reader) throw new Error(`no reader registered for ${format}`);
  return reader;
}
