/**
 * An input's format from its content — magic numbers, the parts inside a ZIP, the streams inside
 * a compound file, markup — and only then from its file name: a `.txt` that is a PDF is a PDF.
 */
import { extname } from 'node:path';
import { isCfb, listCfbStreams, readCfbStreams } from './cfb.js';
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
 * A compound file by its streams. `WordDocument` is Word 97–2003 — a `.wps` that WPS 文字 saves
 * too: its format is the Word binary format with WPS's additions, which LibreOffice opens with its
 * Word 97 filter (its `writer_MS_Word_97` type lists `doc wps`). `Workbook` or `Book` is an Excel
 * 97–2003 workbook, which a WPS 表格 `.et` is as well (LibreOffice's `calc_MS_Excel_97` lists `xls
 * … et`): so named, or marked as written by WPS and not named `.xls`, it is an `.et`.
 * `EncryptedPackage` is a password-protected .docx/.xlsx; `MN0`, or `CONTENTS` opening with
 * `CHNK`, a Microsoft Works document (the other `.wps`, as libwps tells it). A file WPS marked
 * that holds none of these is a WPS text document in WPS's own form.
 */
function compoundFormat(bytes: Uint8Array, extension: string): InputFormat | RefusedFormat {
  const streams = new Set(listCfbStreams(bytes) ?? []);
  if (streams.has('WordDocument')) return 'doc';
  const wps = writtenByWps(bytes, streams);
  if (streams.has('Workbook') || streams.has('Book')) return extension === '.et' || (wps && extension !== '.xls') ? 'et' : 'xls';
  if (streams.has('EncryptedPackage')) return 'encrypted-office';
  if (streams.has('MN0') || (streams.has('CONTENTS') && readCfbStreams(bytes, 'CONTENTS', 4).some((head) => new TextDecoder('latin1').decode(head) === 'CHNK'))) return 'works';
  if (extension === '.wps' || (wps && !streams.has('PowerPoint Document'))) return 'wps';
  if (extension === '.et') return 'et';
  return 'ole2';
}

/** The property WPS Office writes into the custom properties of every file it saves (`2052-11.1.0.10132`: language, version). */
const WPS_PROPERTY = 'KSOProductBuildVer';
const WPS_PROPERTY_BYTES = [Buffer.from(WPS_PROPERTY, 'latin1'), Buffer.from(WPS_PROPERTY, 'utf16le')];

/**
 * Whether WPS Office wrote a compound file: it keeps a `WpsCustomData` stream, or names its build
 * in the custom properties (`KSOProductBuildVer`, in the `DocumentSummaryInformation` property
 * set, in the code page of the set: one byte a character or UTF-16).
 */
export function writtenByWps(bytes: Uint8Array, streams: ReadonlySet<string> = new Set(listCfbStreams(bytes) ?? [])): boolean {
  if (streams.has('WpsCustomData')) return true;
  return readCfbStreams(bytes, '\u0005DocumentSummaryInformation').some((set) => {
    const data = Buffer.from(set.buffer, set.byteOffset, set.byteLength);
    return WPS_PROPERTY_BYTES.some((marker) => data.includes(marker));
  });
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
