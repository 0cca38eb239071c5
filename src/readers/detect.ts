/**
 * An input's format from its content — magic numbers, the parts inside a ZIP, the streams inside
 * a compound file, markup — and only then from its file name: a `.txt` that is a PDF is a PDF.
 */
import { extname } from 'node:path';
import { isCfb, listCfbStreams } from './cfb.js';
import { loadFflate } from './lazy.js';
import type { RefusedFormat } from './refused.js';
import type { InputFormat } from './types.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml', '.jsp', '.asp', '.aspx', '.php']);
const DELIMITED_EXTENSIONS = new Set(['.csv', '.tsv']);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Readers accept a PDF header anywhere in the first kilobyte (some servers prepend junk). */
const PDF_HEADER_WINDOW = 1024;

/**
 * The format of an input, or the refused format it is.
 *
 *     detectFormat(readFileSync('附件.txt'), '附件.txt')   // → 'pdf' when the bytes open with %PDF-
 *     detectFormat(readFileSync('分工表.et'), '分工表.et') // → 'et'
 */
export function detectFormat(bytes: Uint8Array, path: string | null): InputFormat | RefusedFormat {
  const extension = path === null ? '' : extname(path).toLowerCase();
  if (isPdf(bytes)) return 'pdf';
  if (ZIP.every((byte, i) => bytes[i] === byte)) return zipFormat(bytes, extension);
  if (isCfb(bytes)) return compoundFormat(bytes, extension);
  if (looksLikeHtml(bytes)) return 'html';
  if (HTML_EXTENSIONS.has(extension)) return 'html';
  return DELIMITED_EXTENSIONS.has(extension) ? 'csv' : 'text';
}

function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_HEADER_WINDOW)).includes('%PDF-');
}

/**
 * A ZIP by the parts it holds: `word/` a Word document, `xl/` a workbook, `OFD.xml` an OFD. A ZIP
 * that cannot be listed goes by its extension, and its reader says what is wrong with it.
 */
function zipFormat(bytes: Uint8Array, extension: string): InputFormat | RefusedFormat {
  let format: InputFormat | RefusedFormat | null = null;
  try {
    loadFflate().unzipSync(bytes, {
      filter: (file) => {
        const name = file.name.replace(/\\/g, '/').toLowerCase();
        if (name.startsWith('word/')) format ??= 'docx';
        else if (name.startsWith('xl/')) format ??= 'xlsx';
        else if (name === 'ofd.xml') format ??= 'ofd';
        return false;
      },
    });
  } catch {
    return extension === '.xlsx' ? 'xlsx' : 'docx';
  }
  return format ?? (extension === '.xlsx' ? 'xlsx' : 'docx');
}

/**
 * A compound file by its streams: `WordDocument` is Word (a `.wps` saved as Word too), `Workbook`
 * or `Book` Excel (`.et` when so named), `EncryptedPackage` a password-protected .docx/.xlsx.
 */
function compoundFormat(bytes: Uint8Array, extension: string): InputFormat | RefusedFormat {
  const streams = new Set(listCfbStreams(bytes) ?? []);
  if (streams.has('WordDocument')) return 'doc';
  if (streams.has('Workbook') || streams.has('Book')) return extension === '.et' ? 'et' : 'xls';
  if (streams.has('EncryptedPackage')) return 'encrypted-office';
  if (extension === '.wps') return 'wps';
  if (extension === '.et') return 'et';
  return 'ole2';
}

/** The first kilobytes open with a doctype, <html>, or markup such as <head>/<body>/<p>. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
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
