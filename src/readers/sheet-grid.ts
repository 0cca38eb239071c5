/**
 * A sheet of cells (a workbook's sheet, a CSV file) as the other readers give a document: the
 * title rows above the table become lines, the table itself one grid for the table reader.
 */
import { maxOf } from '../collections.js';
import { PolicyExtractError } from '../model/errors.js';
import { foldLine, makeLine, removeStraySpaces, type SourceLine } from './text.js';
import type { TableCell, TableGrid } from './types.js';

/** One row of a sheet: its cells and the source line (row number) it stands on. */
export interface SheetRow {
  cells: TableCell[];
  line: number;
}

/**
 * Appends a sheet's rows to the document: leading rows that hold one text (a title, a title
 * merged across the columns, `附件2`) are lines; from the first row with two texts on, the rows
 * are a grid standing after those lines. Empty rows and empty columns at the right are dropped.
 *
 *     > | 附件2                                              → line
 *     > | 重点任务分工表 (merged A2:D2)                       → line
 *     > | 序号 | 重点任务 | 牵头单位 | 配合单位               → grid
 */
export function appendSheet(rows: readonly SheetRow[], lines: SourceLine[], tables: TableGrid[]): void {
  const filled = rows.filter((row) => row.cells.some((cell) => cell.text !== ''));
  let start = 0;
  while (start < filled.length && distinctTexts(filled[start]!.cells) < 2) {
    const row = filled[start++]!;
    lines.push(makeLine(row.cells.find((cell) => cell.text !== '')!.text, row.line));
  }
  const grid = filled.slice(start);
  if (grid.length === 0) return;
  const width = maxOf(grid.map((row) => row.cells.findLastIndex((cell) => cell.text !== '') + 1));
  tables.push({
    rows: grid.map((row) => padCells(row.cells.slice(0, width), width)),
    at: lines.length,
    line: grid[0]!.line,
    rowLines: grid.map((row) => row.line),
  });
}

function distinctTexts(cells: readonly TableCell[]): number {
  return new Set(cells.map((cell) => cell.text).filter((text) => text !== '')).size;
}

function padCells(cells: TableCell[], width: number): TableCell[] {
  while (cells.length < width) cells.push({ text: '', fromAbove: false, fromLeft: false });
  return cells;
}

/**
 * A cell's text as the table reader wants it: each line folded and stripped of stray spaces,
 * line breaks inside the cell kept as \n, empty lines dropped.
 *
 *     cellText(' 州住建局\r\n州交通运输局 ') // → '州住建局\n州交通运输局'
 */
export function cellText(raw: string): string {
  if (!/[\r\n]/.test(raw)) return removeStraySpaces(foldLine(raw));
  return raw.split(/\r\n|[\r\n]/).map((line) => removeStraySpaces(foldLine(line))).filter((line) => line !== '').join('\n');
}

/** Counts cells against the limit, throwing once a sheet (or a file) holds more. */
export class CellBudget {
  private used = 0;

  constructor(private readonly limit: number, private readonly path: string | null) {}

  spend(cells: number): void {
    this.used += cells;
    if (this.used > this.limit) throw new PolicyExtractError('E_TOO_LARGE', `more than ${this.limit.toLocaleString('en-US')} cells, over the limit`, { path: this.path });
  }
}
