/**
 * CSV bytes for Excel: UTF-8 with a BOM by default, or the Chinese code pages (GBK, GB18030) for
 * an Excel that opens CSV in the system code page. GBK cannot hold every character: those are
 * named, never written as `?`.
 */
import { createRequire } from 'node:module';
import type * as Iconv from 'iconv-lite';
import { PolicyExtractError } from '../model/errors.js';
import type { CsvEncoding } from './index.js';

const require = createRequire(import.meta.url);
let iconvModule: typeof Iconv | undefined;
/** iconv-lite, loaded only for the Chinese code pages: a UTF-8 CSV (the default) starts without it. */
function iconv(): typeof Iconv {
  return (iconvModule ??= require('iconv-lite') as typeof Iconv);
}

/** Characters named in the error before it says "and N more". */
const NAMED = 5;

/**
 * Encodes CSV text: UTF-8 stays a string (with `\uFEFF` when `bom`), GBK and GB18030 become bytes
 * (no BOM: those code pages have none). `records` (the header first) locate what GBK cannot hold.
 *
 * @throws PolicyExtractError E_OUTPUT listing each character GBK lacks with its row and column.
 */
export function encodeCsv(text: string, records: readonly string[][], options: { encoding: CsvEncoding; bom: boolean; columns?: readonly string[] }): string | Uint8Array {
  if (options.encoding === 'utf8') return options.bom ? `\uFEFF${text}` : text;
  const bytes = iconv().encode(text, options.encoding);
  // GBK writes ? for what it lacks: only when the bytes hold more ? than the text are the cells searched
  if (options.encoding === 'gbk' && countQuestionMarks(bytes) > countQuestionMarks(text)) {
    const missing = findUnencodable(records, options.columns);
    if (missing.length > 0) {
      const named = missing.slice(0, NAMED).map(({ char, row, column }) => `“${char}” (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in row ${row}, column ${column}`);
      const more = missing.length > NAMED ? `, and ${missing.length - NAMED} more` : '';
      throw new PolicyExtractError('E_OUTPUT', `GBK cannot hold ${named.join('; ')}${more} (use --csv-encoding gb18030 or utf8)`);
    }
  }
  return new Uint8Array(bytes);
}

function countQuestionMarks(data: string | Uint8Array): number {
  let count = 0;
  if (typeof data === 'string') for (let i = data.indexOf('?'); i >= 0; i = data.indexOf('?', i + 1)) count++;
  else for (let i = data.indexOf(0x3f); i >= 0; i = data.indexOf(0x3f, i + 1)) count++;
  return count;
}

interface Unencodable {
  char: string;
  /** 1-based record number, the header being 1 (Excel's row number). */
  row: number;
  /** The column's header. */
  column: string;
}

/** `columns`: the header when the records have none (rows then count from 2, the header's being 1). */
function findUnencodable(records: readonly string[][], columns?: readonly string[]): Unencodable[] {
  const found: Unencodable[] = [];
  const header = columns ?? records[0] ?? [];
  const offset = columns ? 2 : 1;
  records.forEach((record, row) => {
    record.forEach((cell, column) => {
      // ASCII is always there; only the rest is tried, character by character
      if (!/[^\x00-\x7f]/.test(cell)) return;
      for (const char of cell) {
        if (char.charCodeAt(0) < 0x80) continue;
        const bytes = iconv().encode(char, 'gbk');
        if (bytes.length === 1 && bytes[0] === 0x3f) found.push({ char, row: row + offset, column: header[column] ?? String(column + 1) });
      }
    });
  });
  return found;
}
