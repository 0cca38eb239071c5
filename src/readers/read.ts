/**
 * Bytes (or text) → lines and tables, by the reader of the input's format: text, HTML or Word.
 * The format is inferred from the content and the file name; `--input-format` forces it.
 */
import { extname } from 'node:path';
import { PolicyExtractError } from '../model/errors.js';
import { decodeBytes } from './decode.js';
import { readerFor } from './registry.js';
import { readTextLines } from './text.js';
import type { InputFormat, ReadResult } from './types.js';

export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'html', 'docx'];

export interface ReadOptions {
  path?: string | null;
  /** Force an encoding for text and HTML input. */
  encoding?: string | null;
  /** Force the input format instead of inferring it. */
  format?: InputFormat | null;
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml', '.jsp', '.asp', '.aspx', '.php']);
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * The format of an input: a ZIP is a Word document (the docx reader names other ZIPs), a page that
 * opens like HTML is HTML whatever its name, a `.html` file is HTML, anything else is text.
 *
 *     detectFormat(readFileSync('通知.htm'), '通知.htm') // → 'html'
 */
export function detectFormat(bytes: Uint8Array, path: string | null): InputFormat {
  if (ZIP.every((byte, i) => bytes[i] === byte)) return 'docx';
  if (looksLikeHtml(bytes)) return 'html';
  return path !== null && HTML_EXTENSIONS.has(extname(path).toLowerCase()) ? 'html' : 'text';
}

/** The first kilobytes open with a doctype, <html>, or markup such as <head>/<body>/<p>. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  if (!opensWithMarkup(bytes)) return false;
  let head: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    head = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, 4096));
  } else {
    head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096)); // markup is ASCII in every encoding we read
  }
  const start = head.replace(/^[\uFEFF\u00EF\u00BB\u00BF\s]+/, '').slice(0, 512).toLowerCase();
  if (/^<!doctype\s+html|^<html[\s>]|^<\?xml[^>]*>\s*<(?:!doctype\s+)?html/.test(start)) return true;
  return /^</.test(start) && /<(?:head|body|meta|title|div|p|table)[\s>]/i.test(head);
}

/** The first character after a BOM and white space is `<` (in any of the encodings read). */
function opensWithMarkup(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 1024);
  for (let i = 0; i < limit; i++) {
    const byte = bytes[i]!;
    if (byte === 0x3c) return true;
    // BOM bytes (EF BB BF, FF FE, FE FF), NUL of UTF-16, and white space come before markup
    if (byte !== 0xef && byte !== 0xbb && byte !== 0xbf && byte !== 0xff && byte !== 0xfe && byte !== 0 && byte !== 0x20 && (byte < 0x09 || byte > 0x0d)) return false;
  }
  return false;
}

/**
 * Reads an input with the reader of its format.
 *
 * @throws PolicyExtractError when no document can be read (empty, binary, undecodable, not a .docx).
 */
export function readDocument(input: Uint8Array | string, options: ReadOptions = {}): ReadResult {
  const path = options.path ?? null;
  if (typeof input === 'string') {
    if (options.format === 'docx') throw new PolicyExtractError('E_USAGE', 'a .docx is read from bytes, not from a string', { path });
    if (options.format === 'html' || (!options.format && /^\s*</.test(input) && looksLikeHtml(Buffer.from(input.slice(0, 4096))))) {
      return readerFor('html')(Buffer.from(input), { encoding: 'utf-8', path });
    }
    return { format: 'text', encoding: 'unicode', bom: false, lines: readTextLines(input), tables: [], diagnostics: [] };
  }
  const format = options.format ?? (input.length === 0 ? 'text' : detectFormat(input, path));
  if (format === 'docx' || format === 'html') return readerFor(format)(input, { encoding: options.encoding ?? null, path });
  const decoded = decodeBytes(input, { encoding: options.encoding ?? null, path });
  return { format: 'text', encoding: decoded.encoding, bom: decoded.bom, lines: readTextLines(decoded.text), tables: [], diagnostics: decoded.diagnostics };
}
