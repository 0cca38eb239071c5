/** Turns the bytes of a file into text: rejects binaries, detects the encoding, strips the BOM and reports undecodable bytes. */
import { isUtf8, transcode } from 'node:buffer';
import type { Diagnostic } from '../model/document.js';
import { PolicyExtractError } from '../model/errors.js';

export interface DecodeOptions {
  /** Forced encoding label (utf-8, gbk, gb2312, gb18030, big5, utf-16le, utf-16be, …): skips detection. */
  encoding?: string | null;
  /** The file the bytes came from, carried by errors. */
  path?: string | null;
}

export interface DecodedText {
  text: string;
  /** WHATWG name of the decoder actually used: utf-8, gb18030, utf-16le, utf-16be, big5, … */
  encoding: string;
  /** Whether the text began with a byte order mark (removed from `text`). */
  bom: boolean;
  diagnostics: Diagnostic[];
}

/** What a structural scan found; `first` is the byte offset of the first invalid sequence, -1 when none. */
interface Scan {
  errors: number;
  first: number;
  /** The first invalid sequence is an incomplete character running to the end of the bytes. */
  truncated: boolean;
  nonAscii: number;
}

/** Undecodable sequences tolerated in a short file before detection gives up. */
const HANDFUL = 4;
/** Share of non-ASCII bytes that may be undecodable before detection gives up. */
const MAX_ERROR_RATE = 0.01;
const SNIFF_BYTES = 8192;

/** Windows and Java names that WHATWG does not know; `gbk` itself decodes as gb18030 below. */
const ALIASES: Readonly<Record<string, string>> = { cp936: 'gbk', ms936: 'gbk', 'windows-936': 'gbk', cp950: 'big5', utf16le: 'utf-16le', utf16be: 'utf-16be' };

const MAGIC: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'is a PDF file, not text (read it without --input-format)'],
  [[0x50, 0x4b, 0x03, 0x04], 'is a ZIP archive (a .docx or .xlsx?), not text (read it without --input-format)'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'is an old Office file (.doc, .xls, .wps), not text (read it without --input-format)'],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'is a PNG image, not text'],
  [[0xff, 0xd8, 0xff], 'is a JPEG image, not text'],
  [[0x47, 0x49, 0x46, 0x38], 'is a GIF image, not text'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'is a 7z archive, not text'],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'is a RAR archive, not text'],
  [[0x1f, 0x8b], 'is a gzip archive, not text'],
  [[0x7f, 0x45, 0x4c, 0x46], 'is an ELF executable, not text'],
];

/**
 * Decodes a file's bytes: BOM, then valid UTF-8, then GB18030 (which reads GBK and GB2312).
 *
 *     decodeBytes(iconv.encode('（责任单位：州住建局）', 'gbk'))
 *     // → { text: '（责任单位：州住建局）', encoding: 'gb18030', bom: false, diagnostics: [] }
 *
 * @throws PolicyExtractError E_EMPTY, E_BINARY, E_ENCODING (unknown forced label) or E_DECODE.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const path = options.path ?? null;
  if (bytes.length === 0) throw new PolicyExtractError('E_EMPTY', 'file is empty', { path });
  for (const [magic, message] of MAGIC) {
    if (magic.every((byte, i) => bytes[i] === byte)) throw new PolicyExtractError('E_BINARY', message, { path });
  }
  const forced = options.encoding ? resolveEncoding(options.encoding, path) : null;
  const known = forced ?? sniffBom(bytes) ?? sniffUtf16(bytes);
  if (!known?.startsWith('utf-16')) rejectNul(bytes, path);
  if (known !== null) return decodeAs(bytes, known, scanAs(bytes, known), forced ? null : known.toUpperCase(), path);
  if (isUtf8(bytes)) {
    const utf8 = decodeAs(bytes, 'utf-8', NO_ERRORS, 'UTF-8', path);
    return preferChinese(bytes, utf8, path) ?? utf8;
  }
  const [encoding, scan] = guessEncoding(bytes);
  const decoded = decodeAs(bytes, encoding, scan, 'UTF-8 or GB18030', path);
  // Big5 bytes are mostly valid GB18030 too, but read as kana, Greek, Cyrillic and private-use characters
  return encoding === 'gb18030' && foreignShare(decoded.text.slice(0, SNIFF_CHARACTERS)) >= MIN_FOREIGN_SHARE ? readAsBig5(bytes, path) ?? decoded : decoded;
}

/** How much of the text the Big5 test reads; the share of foreign characters that says a reading is wrong, and how few a right one has. */
const SNIFF_CHARACTERS = 32 * 1024;
const MIN_FOREIGN_SHARE = 0.05;
const MAX_FOREIGN_SHARE = 0.01;

/** The bytes read as Big5 (a plan from Taiwan, Hong Kong or a traditional-character portal), when that reading is clean and has none of those characters. */
function readAsBig5(bytes: Uint8Array, path: string | null): DecodedText | null {
  const head = new TextDecoder('big5').decode(bytes.subarray(0, SNIFF_CHARACTERS * 2));
  if (head.includes('\ufffd') || foreignShare(head) > MAX_FOREIGN_SHARE) return null;
  return decodeAs(bytes, 'big5', scanAs(bytes, 'big5'), 'Big5', path);
}

/**
 * Of the non-ASCII characters, the share that no Chinese plan writes but another encoding's bytes
 * read as: kana, Greek, Cyrillic and private-use characters. Box drawing, circled numbers and
 * other symbols a plan may hold count for neither reading.
 */
function foreignShare(text: string): number {
  return shareOfNonAscii(text, (code) => (code >= 0x3040 && code <= 0x30ff) || (code >= 0x0370 && code <= 0x04ff) || (code >= 0xe000 && code <= 0xf8ff), 0);
}

/** Of the non-ASCII characters of a text, the share `counts` accepts; `none` for a text without any. */
function shareOfNonAscii(text: string, counts: (code: number) => boolean, none: number): number {
  let nonAscii = 0;
  let counted = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    if (counts(code)) counted++;
  }
  return nonAscii === 0 ? none : counted / nonAscii;
}

/** Non-ASCII bytes few enough that GBK may also be valid UTF-8 by chance (past that, it never is). */
const AMBIGUOUS_BYTES = 16;

/**
 * A few GBK characters can be valid UTF-8 too (`一` is D2 BB, which UTF-8 reads as `һ`): when the
 * UTF-8 reading of a short input holds no Chinese and the GB18030 reading is Chinese and clean,
 * the input was GBK.
 */
function preferChinese(bytes: Uint8Array, utf8: DecodedText, path: string | null): DecodedText | null {
  let nonAscii = 0;
  for (let i = 0; i < bytes.length && nonAscii <= AMBIGUOUS_BYTES; i++) if (bytes[i]! >= 0x80) nonAscii++;
  // U+FFFD written as UTF-8 (EF BF BD) is text in its own right, not the GBK 锟斤拷 it also spells
  if (nonAscii > AMBIGUOUS_BYTES || chineseShare(utf8.text) > 0 || utf8.text.includes('\ufffd')) return null;
  const scan = scanGb18030(bytes);
  if (scan.errors > 0 || scan.nonAscii === 0) return null;
  const gb = decodeAs(bytes, 'gb18030', scan, 'GB18030', path);
  return chineseShare(gb.text) >= 0.9 ? gb : null;
}

/** Of the non-ASCII characters, the share that are Chinese (CJK ideographs and punctuation). */
function chineseShare(text: string): number {
  return shareOfNonAscii(text, (code) => (code >= 0x3000 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef) || code === 0x201c || code === 0x201d, 1);
}

/**
 * Picks UTF-8 or GB18030 for bytes that are not valid UTF-8. UTF-8 is strict (GBK text fails it every
 * few characters), so errors in at most 1% of the non-ASCII bytes, or only a character cut at the end
 * of 16 or more non-ASCII bytes, mean UTF-8 that was cut or patched; otherwise the fewer errors win,
 * UTF-8 on a tie.
 */
function guessEncoding(bytes: Uint8Array): [string, Scan] {
  // The cap stops the scan of GBK text early: past it UTF-8 can only win by fewer errors.
  let utf8 = scanUtf8(bytes, bytes.length * MAX_ERROR_RATE);
  const cut = utf8.errors === 1 && utf8.truncated && utf8.nonAscii >= 16;
  if (cut || utf8.errors <= utf8.nonAscii * MAX_ERROR_RATE) return ['utf-8', utf8];
  const gb = scanGb18030(bytes);
  if (utf8.errors <= gb.errors) utf8 = scanUtf8(bytes, gb.errors);
  return utf8.errors <= gb.errors ? ['utf-8', utf8] : ['gb18030', gb];
}

/** Maps a label to its WHATWG name; GBK and GB2312 decode as gb18030, their superset. */
function resolveEncoding(label: string, path: string | null): string {
  const key = label.trim().toLowerCase();
  try {
    const name = new TextDecoder(ALIASES[key] ?? key).encoding;
    return name === 'gbk' ? 'gb18030' : name;
  } catch {
    throw new PolicyExtractError('E_ENCODING', `unknown encoding "${label}" (try utf-8, gb18030, big5, utf-16le)`, { path });
  }
}

function sniffBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * BOM-less UTF-16 (Notepad's "Unicode"): even length, NULs at least once in 256 units (line breaks,
 * ASCII, and Chinese units such as 一 U+4E00 or the ideographic space U+3000), and a head that reads
 * as text in one byte order: no control characters, nearly all Chinese or ASCII. A stray NUL in
 * UTF-8 text fails the density; both byte orders are tried, the readable one wins.
 *
 *     > | 31 00 2E 00 0A 00 00 4E     1.\n一
 */
function sniffUtf16(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  // text in one-byte encodings has no NUL at all: found (or not) by a native search
  if (bytes.length % 2 !== 0 || bytes.subarray(0, end).indexOf(0) < 0) return null;
  let nul = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0) nul++;
  if (bytes.length % 2 !== 0 || nul * 256 < end / 2) return null;
  const little = readableShare(bytes, end, true);
  const big = readableShare(bytes, end, false);
  if (Math.max(little, big) < 0.9) return null;
  return little >= big ? 'utf-16le' : 'utf-16be';
}

/** Share of the head's units that are ASCII text, Chinese or general punctuation; 0 on a control character. */
function readableShare(bytes: Uint8Array, end: number, littleEndian: boolean): number {
  let readable = 0;
  for (let i = 0; i < end; i += 2) {
    const unit = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0c && unit !== 0x0d) return 0;
    if (unit < 0x7f || (unit >= 0x3000 && unit <= 0x9fff) || (unit >= 0xff01 && unit <= 0xffef) || (unit >= 0x2000 && unit <= 0x206f)) readable++;
  }
  return readable / (end / 2);
}

function rejectNul(bytes: Uint8Array, path: string | null): void {
  const offset = bytes.subarray(0, SNIFF_BYTES).indexOf(0);
  if (offset >= 0) throw new PolicyExtractError('E_BINARY', `looks binary: NUL byte at offset ${offset}`, { path });
}

/** The scan of bytes found valid natively (isUtf8): decodeAs reads the counts only when there are errors. */
const NO_ERRORS: Readonly<Scan> = { errors: 0, first: -1, truncated: false, nonAscii: 0 };

function scanAs(bytes: Uint8Array, encoding: string): Scan | null {
  // a page declaring UTF-8, a BOM: checked natively, scanned only to place the errors
  if (encoding === 'utf-8') return isUtf8(bytes) ? NO_ERRORS : scanUtf8(bytes, Infinity);
  if (encoding === 'gb18030') return scanGb18030(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return scanUtf16(bytes, encoding === 'utf-16le');
  return null;
}

/**
 * Decodes with `encoding` and turns the scan into one diagnostic, or into E_DECODE when too much is
 * undecodable in what detection `tried` (null: the user forced the encoding, so never fatal).
 * Without a scan (big5, shift_jis, …) U+FFFD in the output is counted instead.
 */
function decodeAs(bytes: Uint8Array, encoding: string, scan: Scan | null, tried: string | null, path: string | null): DecodedText {
  let decoded: string;
  try {
    decoded = encoding === 'utf-8' && scan?.errors === 0 ? decodeValidUtf8(bytes) : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    // Past V8's longest string (about 512 MiB of UTF-16) decoding throws a RangeError.
    throw new PolicyExtractError('E_DECODE', `cannot decode ${bytes.length} bytes as ${encoding}: ${String(cause)}`, { path, cause });
  }
  const bom = decoded.charCodeAt(0) === 0xfeff;
  const text = bom ? decoded.slice(1) : decoded;
  if (text.length === 0) throw new PolicyExtractError('E_EMPTY', 'file is empty', { path });
  const utf16 = encoding.startsWith('utf-16');
  const diagnostics: Diagnostic[] = [];
  if (scan !== null && scan.errors > 0) {
    const line = countLines(bytes, scan.first, utf16 ? (encoding === 'utf-16le' ? 0 : 1) : null);
    const [a = 0, b] = bytes.subarray(scan.first, scan.first + 2);
    const unit = !utf16 || b === undefined ? `byte ${hex(a, 2)}` : `code unit ${hex(encoding === 'utf-16le' ? a | (b << 8) : (a << 8) | b, 4)}`;
    const where = `invalid ${unit} at offset ${scan.first}`;
    const limit = Math.max(HANDFUL, scan.nonAscii * MAX_ERROR_RATE);
    if (tried !== null && scan.errors > limit) {
      const message = `cannot decode as ${tried}: ${where}, ${scan.errors} undecodable sequences in all (try --encoding)`;
      throw new PolicyExtractError('E_DECODE', message, { path, line });
    }
    const more = scan.errors > 1 ? ` (and ${scan.errors - 1} more undecodable sequences)` : scan.truncated ? ' (incomplete character at end of file)' : '';
    diagnostics.push({ code: 'undecodable-bytes', severity: 'error', message: `${where}${more}; decoded as ${encoding} with U+FFFD`, line });
  } else if (scan === null && text.includes('\uFFFD') && !decodesStrictly(bytes, encoding)) {
    const first = text.indexOf('\uFFFD');
    const count = text.split('\uFFFD').length - 1;
    const line = text.slice(0, first).split('\n').length;
    diagnostics.push({ code: 'undecodable-bytes', severity: 'error', message: `${count} undecodable sequences, the first at character ${first}; decoded as ${encoding} with U+FFFD`, line });
  }
  return { text, encoding, bom, diagnostics };
}

/**
 * Valid UTF-8 (isUtf8 said so) as a string. Node 20's decoder takes about 5 ns a byte on Chinese
 * text, a tenth of all extraction; ICU's converter behind `transcode` takes a tenth of that (and
 * a sixth of the instructions of the loop over the bytes that was here before). Its UTF-16 comes
 * out little-endian on every machine, as `toString('utf16le')` reads it.
 */
function decodeValidUtf8(bytes: Uint8Array): string {
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

function decodesStrictly(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hex(value: number, digits: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(digits, '0')}`;
}

/** The 1-based line of `offset`: LF bytes before it, or with `low` (0 LE, 1 BE) UTF-16 units U+000A. */
function countLines(bytes: Uint8Array, offset: number, low: 0 | 1 | null): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    if (low === null || (i % 2 === low && bytes[i + 1 - 2 * low] === 0)) line++;
  }
  return line;
}

/**
 * Counts invalid UTF-8 sequences the way TextDecoder does (one U+FFFD per maximal invalid subpart):
 * overlongs (C0, C1, E0 80, F0 80), surrogates (ED A0), code points past U+10FFFF (F4 90, F5–FF).
 * Stops once `stopAfter` is exceeded.
 */
function scanUtf8(bytes: Uint8Array, stopAfter: number): Scan {
  const scan: Scan = { errors: 0, first: -1, truncated: false, nonAscii: 0 };
  const n = bytes.length;
  let i = 0;
  while (i < n && scan.errors <= stopAfter) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Fast path for the three-byte sequences of CJK text (E1–EF without ED, whose second byte is restricted).
    if (b >= 0xe1 && b !== 0xed && b <= 0xef && i + 2 < n && (bytes[i + 1]! & 0xc0) === 0x80 && (bytes[i + 2]! & 0xc0) === 0x80) {
      scan.nonAscii += 3;
      i += 3;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    // The second byte is the one that rules out overlongs, surrogates and code points past U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let j = i + 1;
    let rest = need;
    const c = bytes[j];
    if (rest > 0 && c !== undefined && c >= lo && c <= hi) {
      j++;
      rest--;
      while (rest > 0 && j < n && (bytes[j]! & 0xc0) === 0x80) {
        j++;
        rest--;
      }
    }
    scan.nonAscii += j - i;
    if ((need === 0 || rest > 0) && scan.errors++ === 0) {
      scan.first = i;
      scan.truncated = need > 0 && j === n;
    }
    i = j;
  }
  return scan;
}

/**
 * Counts invalid GB18030 sequences the way TextDecoder does: 81–FE + 40–7E|80–FE is a pair,
 * 81–FE 30–39 81–FE 30–39 a four-byte code in range; 0x80 is €, 0xFF never valid.
 * After a bad lead, an ASCII byte is read again as ASCII.
 */
function scanGb18030(bytes: Uint8Array): Scan {
  const scan: Scan = { errors: 0, first: -1, truncated: false, nonAscii: 0 };
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const c = i + 1 < n ? bytes[i + 1]! : -1;
    if (b !== 0x80 && b !== 0xff && c >= 0x40 && c !== 0x7f && c !== 0xff) {
      scan.nonAscii += 2;
      i += 2;
      continue;
    }
    // 0x80 alone is the euro sign of GBK (CP936), as in TextDecoder.
    const step = b === 0x80 ? 1 : stepGb18030(bytes, i);
    const len = step === 0 ? n - i : Math.abs(step);
    scan.nonAscii += len;
    if (step <= 0 && scan.errors++ === 0) {
      scan.first = i;
      scan.truncated = step === 0;
    }
    i += len;
  }
  return scan;
}

/** Length of the rarer sequence at `i`: positive when valid, negative when not, 0 for a character cut by the end. */
function stepGb18030(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const c = bytes[i + 1] ?? -1;
  const d = bytes[i + 2] ?? -1;
  const e = bytes[i + 3] ?? -1;
  if (b === 0xff) return -1;
  if (c === 0xff) return -2;
  if (c >= 0x30 && c <= 0x39 && d >= 0x81 && d <= 0xfe && e >= 0x30 && e <= 0x39) {
    const pointer = (((b - 0x81) * 10 + (c - 0x30)) * 126 + (d - 0x81)) * 10 + (e - 0x30);
    return pointer <= 39419 || (pointer >= 189000 && pointer <= 1237575) ? 4 : -4;
  }
  // A character cut by the end of the file is one U+FFFD, however many of its bytes are there.
  if (c === -1 || (c >= 0x30 && c <= 0x39 && (d === -1 || (d >= 0x81 && d <= 0xfe && e === -1)))) return 0;
  return -1;
}

/** Counts unpaired surrogates and a dangling odd byte the way TextDecoder does. */
function scanUtf16(bytes: Uint8Array, littleEndian: boolean): Scan {
  const scan: Scan = { errors: 0, first: -1, truncated: false, nonAscii: bytes.length >> 1 };
  const n = bytes.length;
  const unitAt = (i: number): number => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  let i = 0;
  while (i < n) {
    const unit = i + 1 < n ? unitAt(i) : -1;
    const high = unit >= 0xd800 && unit <= 0xdbff;
    // A high surrogate in the last whole unit and the odd byte after it make one U+FFFD.
    const len = high && i + 3 < n && (unitAt(i + 2) & 0xfc00) === 0xdc00 ? 4 : unit === -1 || (high && i + 3 >= n) ? n - i : 2;
    const ok = len === 4 || (unit >= 0 && (unit < 0xd800 || unit > 0xdfff));
    if (!ok && scan.errors++ === 0) {
      scan.first = i;
      scan.truncated = (unit === -1 || high) && i + len === n;
    }
    i += len;
  }
  return scan;
}
