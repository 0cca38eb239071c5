/**
 * Reads an Excel workbook (.xlsx): each visible sheet's title rows as lines and its table as a
 * grid, merged cells copied into every place they cover, rich text and line breaks kept.
 */
import type { Cell, CellValue, Worksheet } from 'exceljs';
import { PolicyExtractError } from '../model/errors.js';
import { loadFflate } from './lazy.js';
import { registerAsyncReader, type ReaderOptions } from './registry.js';
import { appendSheet, CellBudget, cellText, type SheetRow } from './sheet-grid.js';
import type { SourceLine } from './text.js';
import { DEFAULT_LIMITS, megabytes, type Aside, type PageStart, type ReadResult, type TableCell, type TableGrid } from './types.js';
import { loadPackage } from '../packages.js';

/**
 * Reads a workbook: sheets in order, a sheet's rows numbered on from the previous sheet's, each
 * sheet a page labelled with its name (a finding on row 5 of 附表 is at `附表:5`). Hidden sheets
 * (lists behind drop-downs) and hidden columns (helper columns) are left out.
 *
 *     await readWorkbook(readFileSync('重点任务分工表.xlsx'), { path: '重点任务分工表.xlsx' })
 *     // → { format: 'xlsx', lines: [{ text: '重点任务分工表', line: 1 }], tables: [{ rows: [[序号, 重点任务, …], …] }], pages: [{ label: 'Sheet1', line: 1 }] }
 *
 * @throws PolicyExtractError E_BINARY for a damaged workbook, E_TOO_LARGE past the unpacked size or the cell limit.
 */
export async function readWorkbook(bytes: Uint8Array, options: ReaderOptions = {}): Promise<ReadResult> {
  const path = options.path ?? null;
  const limits = options.limits ?? DEFAULT_LIMITS;
  checkUnpackedSize(bytes, limits.unpackedBytes, path);
  const { default: ExcelJS } = await loadPackage<{ default: typeof import('exceljs') }>('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new PolicyExtractError('E_BINARY', `is a damaged Excel workbook (${(error as Error).message})`, { path, cause: error });
  }
  const budget = new CellBudget(limits.cells, path);
  const lines: SourceLine[] = [];
  const tables: TableGrid[] = [];
  const pages: PageStart[] = [];
  const notes: Aside[] = [];
  let offset = 0;
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    pages.push({ label: sheet.name, line: offset + 1 });
    const gridsBefore = tables.length;
    appendSheet(sheetRows(sheet, offset, budget), lines, tables);
    if (tables.length === gridsBefore && NOTES_SHEET.test(sheet.name.trim())) notes.push({ label: sheet.name, from: offset + 1, to: offset + sheet.rowCount });
    offset += sheet.rowCount;
  }
  // a sheet of notes beside the task list: its numbered rows say how to fill it in, they are no tasks
  const asides = tables.length > 0 ? notes : [];
  return { format: 'xlsx', encoding: 'utf-8', bom: false, lines, tables, diagnostics: [], pages, ...(asides.length > 0 ? { asides } : {}) };
}

/** The name of a sheet of notes on filling in a workbook: 填报说明, 填表说明, 说明, 备注, 注意事项. */
const NOTES_SHEET = /^(?:填报|填表|编制)?(?:说明|须知|注意事项|备注)$/;

/**
 * The sheet's rows as cells up to its last used column; a merged cell stands in every place it
 * covers, marked as coming from above or from the left as HTML's rowspan and colspan are. A
 * hidden column (a helper column `涉及单位` holding `=D4&"、"&E4`, 扬州 probe round 13) is left out,
 * as a hidden sheet is: the reader of the sheet does not see it.
 */
function sheetRows(sheet: Worksheet, offset: number, budget: CellBudget): SheetRow[] {
  const sparse: Array<{ row: number; cells: Map<number, Cell> }> = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = new Map<number, Cell>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      budget.spend(1);
      cells.set(column, cell);
      width = Math.max(width, column);
    });
    sparse.push({ row: number, cells });
  });
  const shown: number[] = [];
  // shownBefore[c]: the shown columns left of column c, so a merge's shown places are counted at once
  const shownBefore = new Int32Array(width + 2);
  for (let column = 1; column <= width; column++) {
    const hidden = sheet.getColumn(column).hidden;
    if (!hidden) shown.push(column);
    shownBefore[column + 1] = shownBefore[column]! + (hidden ? 0 : 1);
  }
  // the rows are made as wide as the widest: a stray cell far to the right must not make a huge grid
  budget.spend(sparse.length * shown.length);
  return sparse.map(({ row, cells }) => ({
    cells: shown.map((column) => {
      const cell = cells.get(column);
      return cell ? placedCell(cell, shownBefore) : { text: '', fromAbove: false, fromLeft: false };
    }),
    line: offset + row,
  }));
}

/**
 * A cell as placed in the grid of the shown columns: from the left when a shown column of its
 * merge stands before it (a merge whose first column is hidden starts at its first shown place).
 */
function placedCell(cell: Cell, shownBefore: Int32Array): TableCell {
  const master = cell.isMerged ? cell.master : cell;
  const [col, masterCol] = [Number(cell.col), Number(master.col)];
  const fromLeft = masterCol < col && shownBefore[col]! - shownBefore[masterCol]! > 0;
  return { text: cellText(valueText(master.value)), fromAbove: master.row !== cell.row, fromLeft };
}

/**
 * A cell value as text: rich text runs joined, a formula's cached result, a hyperlink's text,
 * a date as YYYY-MM-DD, an error as nothing.
 */
function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return valueText((value as { result?: CellValue }).result ?? null);
  if ('hyperlink' in value) return valueText(value.text as CellValue);
  return '';
}

/** Compressed bytes fed to the inflater at a time: DEFLATE expands at most 1,032-fold, so one slice makes at most 17 MB. */
const SLICE = 16 * 1024;

/**
 * Inflates every part once, counting the bytes and keeping none, before exceljs inflates them
 * for real: a ZIP's sizes are what its writer claims, and a zip bomb claims little. The input is
 * fed a slice at a time, so the count stops a bomb within one slice of the limit.
 */
function checkUnpackedSize(bytes: Uint8Array, limit: number, path: string | null): void {
  const { Unzip, UnzipInflate } = loadFflate();
  let total = 0;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > limit) throw new PolicyExtractError('E_TOO_LARGE', `its parts unpack to more than ${megabytes(limit)} (at ${file.name}; a zip bomb?)`, { path });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch (error) {
    if (error instanceof PolicyExtractError) throw error;
    throw new PolicyExtractError('E_BINARY', `is a damaged ZIP archive (${(error as Error).message}), not a readable .xlsx`, { path, cause: error });
  }
}

registerAsyncReader('xlsx', readWorkbook);
