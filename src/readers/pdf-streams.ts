/**
 * The size a PDF's compressed streams inflate to, checked before pdfjs reads the file: pdfjs
 * inflates a page's content stream whole, so a few kilobytes that inflate to gigabytes (a
 * compression bomb) would fill the memory before any limit on the text could stop them.
 */
import { inflateSync } from 'node:zlib';
import { PolicyExtractError } from '../model/errors.js';
import { megabytes } from './types.js';

/**
 * Inflates every zlib stream of the file, counting, and throws once the total passes `limit`
 * (the same unpacked-bytes limit as a workbook's parts; `--max-size` in batch).
 *
 * @throws PolicyExtractError E_TOO_LARGE
 */
export function checkInflatedSize(bytes: Uint8Array, limit: number, path: string | null): void {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = data.indexOf('stream', 0, 'latin1'); at >= 0; at = data.indexOf('stream', at + 1, 'latin1')) {
    const start = streamStart(data, at);
    if (start < 0) continue;
    const end = data.indexOf('endstream', start, 'latin1');
    if (end < 0) return;
    // the next search starts past this stream: its bytes may spell `stream` by chance
    at = end + 'endstream'.length;
    if (!opensZlib(data, start)) continue;
    total += inflatedLength(data.subarray(start, end), limit - total);
    if (total > limit) throw new PolicyExtractError('E_TOO_LARGE', `its compressed streams inflate past ${megabytes(limit)}`, { path });
  }
}

/** Where a stream's data starts: after the keyword `stream` and its line break (CRLF or LF), or -1. */
function streamStart(data: Buffer, keyword: number): number {
  // `endstream` holds the keyword too
  if (keyword >= 3 && data.toString('latin1', keyword - 3, keyword) === 'end') return -1;
  let start = keyword + 'stream'.length;
  if (data[start] === 0x0d) start++;
  return data[start] === 0x0a ? start + 1 : -1;
}

/** A zlib header: deflate (CM 8) with a check value that divides by 31. */
function opensZlib(data: Buffer, at: number): boolean {
  const cmf = data[at];
  const flg = data[at + 1];
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}

/** The inflated length of one stream, at most one byte past `left`; 0 when it is damaged (pdfjs reports that). */
function inflatedLength(stream: Buffer, left: number): number {
  try {
    return inflateSync(stream, { maxOutputLength: Math.max(1, left + 1) }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? left + 1 : 0;
  }
}
