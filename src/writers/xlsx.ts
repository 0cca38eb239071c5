/** Writes sheets of rows as an XLSX workbook whose bytes depend only on the sheets and the date given. */
import { Writable } from 'node:stream';
import { PolicyExtractError } from '../model/errors.js';
import { trimEndWhere, trimStartWhere } from '../readers/text.js';
import { displayWidth } from './text.js';
import { loadPackage } from '../packages.js';

/** One worksheet: a header row and data rows. */
export interface Sheet {
  /** Sheet name as Excel shows it (≤ 31 chars, no []:*?/\ — sanitize if needed). */
  name: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
  /** Columns whose cells hold long text (wrap and cap the width), by index. Optional. */
  wrap?: number[];
  /** The last row is a totals row: left out of the autofilter, so sorting keeps it last. */
  totals?: boolean;
}

export interface WorkbookOptions {
  /** Stamped as created/modified in the workbook's properties; default 2000-01-01T00:00:00Z, so the same input gives the same bytes. */
  date?: Date;
}

const DEFAULT_DATE = '2000-01-01T00:00:00Z';

/** Column widths in Excel's unit, the width of a `0`; a CJK character takes about two. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 40;
const MAX_WRAP_WIDTH = 60;
/** Room for the cell margins and, in the header, the autofilter's drop-down button. */
const WIDTH_PADDING = 2;

/** Excel refuses a sheet name longer than this (in UTF-16 units) or holding one of these characters. */
const MAX_NAME_LENGTH = 31;
// eslint-disable-next-line no-control-regex
const NAME_FORBIDDEN = /[[\]:*?/\\\u0000-\u001F\u007F]/g;

/**
 * Renders sheets as the bytes of an .xlsx file: per sheet a bold, frozen header row with an
 * autofilter over all rows, column widths fitted to Chinese text, and wrapped long-text columns.
 *
 *     await writeWorkbook([{ name: '任务', header: ['任务编号', '任务内容'], rows: [['1', '完善园区基础设施']], wrap: [1] }])
 *     // → Uint8Array [0x50, 0x4b, 0x03, 0x04, …] (a zip starting with [Content_Types].xml)
 *
 * Cells: numbers stay numbers (NaN and ±Infinity, which a cell cannot hold, are written as
 * text), null and '' leave the cell empty, \r\n and \r become Excel's line break \n, and text
 * starting with `=` is text, never a formula. Sheet names are made valid and unique
 * (`a/b` → `a_b`, a second `任务` → `任务 (2)`).
 *
 * exceljs and fflate are imported on first call, so only xlsx output pays for loading them.
 *
 * @throws PolicyExtractError `E_USAGE` for no sheets (Excel cannot open a workbook without
 *   one) or an invalid `options.date`.
 */
export async function writeWorkbook(sheets: readonly Sheet[], options: WorkbookOptions = {}): Promise<Uint8Array> {
  const date = options.date ?? new Date(DEFAULT_DATE);
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new PolicyExtractError('E_USAGE', `invalid workbook date: got ${String(options.date)}`);
  }
  if (sheets.length === 0) throw new PolicyExtractError('E_USAGE', 'cannot write a workbook without sheets');

  const [{ default: ExcelJS }, fflate] = await Promise.all([loadPackage<{ default: typeof import('exceljs') }>('exceljs'), loadPackage<typeof import('fflate')>('fflate')]);
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  // The streaming writer writes each row's XML as it goes instead of keeping a cell model of the
  // whole workbook. Neither it nor the in-memory Workbook gives the same bytes twice (see repack),
  // so its zip is stored uncompressed and repack() compresses it once.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
    zip: { store: true },
  });
  // set after construction: the writer reads them at commit, and its options type leaves them out
  workbook.created = date;
  workbook.modified = date;
  workbook.lastPrinted = date;
  workbook.creator = 'policy-extract';
  workbook.lastModifiedBy = 'policy-extract';
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  sheets.forEach((sheet, index) => {
    // a loop, not Math.max(...rows): spreading 100,000 rows overflows the call stack
    const count = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), sheet.header.length);
    const worksheet = workbook.addWorksheet(names[index], {
      views: [{ state: 'frozen', ySplit: 1 }],
      ...(count > 0 ? { autoFilter: `A1:${columnName(count)}${sheet.rows.length + (sheet.totals && sheet.rows.length > 0 ? 0 : 1)}` } : {}),
    });
    // columns before the first row: the streaming writer writes <cols> when the first row is committed
    worksheet.columns = columnWidths(sheet, count).map((width, column) =>
      sheet.wrap?.includes(column) ? { width, style: { alignment: { wrapText: true, vertical: 'top' } } } : { width },
    );
    const header = worksheet.addRow(sheet.header.map(cellValue));
    header.font = { bold: true };
    header.commit();
    for (const row of sheet.rows) worksheet.addRow(row.map(cellValue)).commit();
    worksheet.commit();
  });
  await workbook.commit();
  return repack(new Uint8Array(Buffer.concat(chunks)), fflate);
}

/**
 * The archive again with every entry stamped 1980-01-01 00:00, the zip (DOS) epoch, as Excel
 * itself stamps them. exceljs's zip libraries put the current time on every entry (archiver for
 * the streaming writer, jszip for the in-memory Workbook) and neither lets exceljs's callers pass
 * a date, so two runs more than 2 s apart differed only there. fflate, not node:zlib, deflates:
 * being plain JavaScript, its output does not change with the zlib a Node release bundles.
 */
function repack(archive: Uint8Array, fflate: typeof import('fflate')): Uint8Array {
  const entries = fflate.unzipSync(archive);
  // fflate writes the DOS time from the local-time fields, so a local date gives the same bytes in every time zone
  const epoch = new Date(1980, 0, 1);
  const files: Record<string, Uint8Array> = {};
  // [Content_Types].xml first, where Excel puts it: tools that sniff a file's type (file(1)) look for it there
  for (const name of ['[Content_Types].xml', ...Object.keys(entries)]) {
    const data = entries[name];
    if (data !== undefined) files[name] ??= data;
  }
  return fflate.zipSync(files, { mtime: epoch, level: 6 });
}

/** A cell's value for exceljs; undefined leaves the cell out. */
function cellValue(value: string | number | null): string | number | undefined {
  if (value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return value.replace(/\r\n?/g, '\n');
}

/**
 * Each column's width: its longest line (header or data) plus padding, at least
 * {@link MIN_WIDTH}, at most {@link MAX_WRAP_WIDTH} for wrapped columns (their text breaks
 * into lines instead) and {@link MAX_WIDTH} for the others.
 */
function columnWidths(sheet: Sheet, count: number): number[] {
  const longest = new Array<number>(count).fill(0);
  for (const row of [sheet.header, ...sheet.rows]) {
    row.forEach((value, column) => {
      if (value === null) return;
      for (const line of String(value).split(/\r\n?|\n/)) longest[column] = Math.max(longest[column] ?? 0, displayWidth(line));
    });
  }
  return longest.map((width, column) => {
    const max = sheet.wrap?.includes(column) ? MAX_WRAP_WIDTH : MAX_WIDTH;
    return Math.min(max, Math.max(MIN_WIDTH, width + WIDTH_PADDING));
  });
}

/**
 * Names Excel accepts, one a sheet: forbidden characters become `_`, the name is cut to 31
 * UTF-16 units without splitting a character, and a name already taken (Excel ignores case) gets
 * ` (2)`, ` (3)`…
 *
 *     sheetNames(['任务/分工', '任务/分工', ''])  // → ['任务_分工', '任务_分工 (2)', 'Sheet3']
 */
function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name, index) => {
    // Excel also rejects a leading or trailing apostrophe, and reserves History for itself
    let base = trimEndWhere(trimStartWhere(name.replace(NAME_FORBIDDEN, '_'), (code) => code === 0x27), (code) => code === 0x27).trim();
    if (base === '') base = `Sheet${index + 1}`;
    if (base.toLowerCase() === 'history') base += '_';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const candidate = truncate(base, MAX_NAME_LENGTH - suffix.length) + suffix;
      if (!taken.has(candidate.toLowerCase())) {
        taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  });
}

/** The longest prefix of whole characters (code points) within `length` UTF-16 units. */
function truncate(text: string, length: number): string {
  let result = '';
  for (const char of text) {
    if (result.length + char.length > length) break;
    result += char;
  }
  return result;
}

/** Column letters: 1 → A, 26 → Z, 27 → AA. */
function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
