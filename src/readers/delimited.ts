/** Reads a CSV or tab-separated table (UTF-8, GBK, UTF-16): its title rows as lines, the rest as one grid. */
import { extname } from 'node:path';
import { decodeBytes } from './decode.js';
import { registerReader, type ReaderOptions } from './registry.js';
import { appendSheet, CellBudget, cellText, type SheetRow } from './sheet-grid.js';
import type { SourceLine } from './text.js';
import { DEFAULT_LIMITS, type ReadResult, type TableGrid } from './types.js';

/**
 * Reads a CSV (or TSV) file: decoded as any text is, split into records (quoted cells may hold
 * commas, quotes and line breaks), each record a row standing on the line it starts on.
 *
 *     readDelimited(iconv.encode('序号,重点任务,牵头单位\r\n1,推进道路建设,州交通运输局\r\n', 'gbk'), { path: '分工表.csv' })
 *     // → { format: 'csv', encoding: 'gb18030', lines: [], tables: [{ rows: [[序号, 重点任务, 牵头单位], [1, 推进道路建设, 州交通运输局]], … }] }
 *
 * @throws PolicyExtractError as decodeBytes does, and E_TOO_LARGE past the cell limit.
 */
export function readDelimited(bytes: Uint8Array, options: ReaderOptions = {}): ReadResult {
  const path = options.path ?? null;
  const decoded = decodeBytes(bytes, { encoding: options.encoding ?? null, path });
  const delimiter = path !== null && extname(path).toLowerCase() === '.tsv' ? '\t' : guessDelimiter(decoded.text);
  const budget = new CellBudget((options.limits ?? DEFAULT_LIMITS).cells, path);
  const rows = parseRecords(decoded.text, delimiter).map((record): SheetRow => {
    budget.spend(record.fields.length);
    return { cells: record.fields.map((field) => ({ text: cellText(field), fromAbove: false, fromLeft: false })), line: record.line };
  });
  const lines: SourceLine[] = [];
  const tables: TableGrid[] = [];
  appendSheet(rows, lines, tables);
  return { format: 'csv', encoding: decoded.encoding, bom: decoded.bom, lines, tables, diagnostics: decoded.diagnostics };
}

/** Tab when the first line has more tabs than commas (a TSV saved as .csv, or pasted from Excel), else comma. */
function guessDelimiter(text: string): ',' | '\t' {
  const end = text.search(/[\r\n]/);
  const first = end < 0 ? text : text.slice(0, end);
  const count = (character: string): number => first.split(character).length - 1;
  return count('\t') > count(',') + count('，') ? '\t' : ',';
}

interface CsvRecord {
  fields: string[];
  /** The 1-based line the record starts on. */
  line: number;
}

/**
 * Records as RFC 4180 has them: fields split on the delimiter, a quoted field may hold the
 * delimiter, line breaks and doubled quotes; CRLF, LF and CR end a record. One pass, no backtracking.
 *
 *     > | 1,"推进道路建设，
 *     > | 完善路灯",州交通运输局
 *           ^^^^^^^^^^^^^^^^^^^ one field over two lines
 */
export function parseRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ fields, line: start });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      start = ++line;
    } else {
      field += ch;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

registerReader('csv', readDelimited);
