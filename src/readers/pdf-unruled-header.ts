/**
 * The header row of a table laid out without rules, found by the meaning of its cells: a line of
 * two cells or more (runs that stand apart by more than cell padding) that name columns the table
 * reader knows, with the lines just below and above that carry a wrapped header cell on.
 */
import { columnKind, isHeaderRow } from '../extractors/table-header.js';
import { makePdfLine, type PdfItem, type PdfLine } from './pdf-lines.js';
import { joiner } from './pdf-tables.js';
import { foldLine, removeStraySpaces } from './text.js';

/** A gap wider than this share of the font size parts two cells on a line (cell padding is wider). */
const CELL_GAP = 0.6;
/** Header lines this many font sizes apart or closer make one header row (a header cell wrapped). */
const HEADER_LEADING = 1.6;
/** A header cell wraps over this many lines at most (so a page of lines that read as header cells is not merged whole, line after line). */
export const MAX_HEADER_LINES = 4;

/** A header cell: its text as the lines of its cell give it, and where it stands. */
export interface HeaderCell {
  text: string;
  x: number;
  right: number;
}

/** A table's header row: its cells, the lines it takes, its size. */
export interface Header {
  cells: HeaderCell[];
  lines: PdfLine[];
  size: number;
}

/** Whether a line reads as a table's header row by itself (a header repeated at the top of each page is no running header). */
export function isHeaderLine(line: PdfLine): boolean {
  const cells = cellsOf(line);
  return cells.length >= 2 && isHeaderRow(cells.map((cell) => cell.text));
}

/** Each line's cells, found once: a line is looked at for each header above it within a page's worth of lines. */
const CELLS = new WeakMap<PdfLine, PdfLine[]>();

/** A line's runs in groups that stand apart by more than cell padding: its cells' lines. */
export function cellsOf(line: PdfLine): PdfLine[] {
  let cells = CELLS.get(line);
  if (!cells) CELLS.set(line, (cells = groupCells(line)));
  return cells;
}

function groupCells(line: PdfLine): PdfLine[] {
  const groups: PdfItem[][] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const item of line.items) {
    if (item.x - end > CELL_GAP * item.size || groups.length === 0) groups.push([item]);
    else groups[groups.length - 1]!.push(item);
    end = Math.max(end, item.x + item.width);
  }
  return groups.map(makePdfLine);
}

/**
 * The header row around the line at `at` (two cells or more): the lines just below that carry on
 * its cells (a header cell wrapped), then those just above that complete one, as long as every
 * cell that meant something still does (no line above `from`, where the table before it ended);
 * null when the cells do not read as a header.
 *
 *     > |           责任
 *     > | 序号  重点工作  单位     → 序号 | 重点工作 | 责任单位
 */
export function readHeader(lines: readonly PdfLine[], at: number, from: number): Header | null {
  const core = lines[at]!;
  const first = cellsOf(core);
  if (first.length < 2) return null;
  let cells: HeaderCell[] = first.map(({ text, x, right }) => ({ text, x, right }));
  const taken = [core];
  for (let below = at + 1; below < lines.length && taken.length < MAX_HEADER_LINES && isNear(taken[taken.length - 1]!, lines[below]!); below++) {
    const merged = mergeHeaderLine(cells, lines[below]!, false);
    if (!merged) break;
    cells = merged;
    taken.push(lines[below]!);
  }
  for (let above = at - 1; above >= from && taken.length < MAX_HEADER_LINES && isNear(lines[above]!, taken[0]!); above--) {
    const merged = mergeHeaderLine(cells, lines[above]!, true);
    // a line above (a title) joins only when it completes a cell: 责任 over 单位
    if (!merged || knownCells(merged) <= knownCells(cells)) break;
    cells = merged;
    taken.unshift(lines[above]!);
  }
  if (!isHeaderRow(cells.map((cell) => cell.text))) return null;
  return { cells: cells.map((cell) => ({ ...cell, text: removeStraySpaces(foldLine(cell.text)) })), lines: taken, size: core.size };
}

function isNear(upper: PdfLine, lower: PdfLine): boolean {
  return lower.y - upper.y <= HEADER_LEADING * upper.size && Math.abs(lower.size - upper.size) <= 0.5;
}

/**
 * The header cells with a line's cells added: each to the cell it stands under or over, or as a
 * cell of its own. Null when a cell of the line spans two header cells or would turn a header
 * cell that meant something into one that does not (the line is the first row, not the header).
 */
function mergeHeaderLine(cells: readonly HeaderCell[], line: PdfLine, above: boolean): HeaderCell[] | null {
  const merged = cells.map((cell) => ({ ...cell }));
  for (const part of cellsOf(line)) {
    const under = merged.filter((cell) => part.x < cell.right && cell.x < part.right);
    if (under.length > 1) return null;
    const cell = under[0];
    if (!cell) {
      merged.push({ text: part.text, x: part.x, right: part.right });
      continue;
    }
    const text = above ? part.text + joiner(part.text, cell.text) + cell.text : cell.text + joiner(cell.text, part.text) + part.text;
    if (columnKind(cell.text) !== null && columnKind(text) === null) return null;
    Object.assign(cell, { text, x: Math.min(cell.x, part.x), right: Math.max(cell.right, part.right) });
  }
  return merged.sort((a, b) => a.x - b.x);
}

/** Header cells whose meaning the table reader knows. */
function knownCells(cells: readonly HeaderCell[]): number {
  return cells.filter((cell) => {
    const kind = columnKind(cell.text);
    return kind !== null && kind !== 'other';
  }).length;
}
