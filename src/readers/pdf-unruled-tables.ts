/**
 * Tables laid out without ruling lines (a Word table whose borders were taken off, an HTML table
 * with `border: 0`), rebuilt from where their text stands as a reader rebuilds them: the header
 * row found by the meaning of its cells, the columns' left edges taken from the header and the
 * text below it, each run put in the column it starts in, and rows parted by the gaps between
 * them and by the 序号 column — a cell wrapped over several lines stays one cell — and carried on
 * over the next page (the header read by pdf-unruled-header.ts, the rows by pdf-unruled-rows.ts).
 * The grid is the one a ruled table gives (pdf-tables.ts), read by the same table reader.
 */
import { maxOf, minOf } from '../collections.js';
import { columnKind } from '../extractors/table-header.js';
import type { PdfLine } from './pdf-lines.js';
import type { PdfRule, PdfTable } from './pdf-tables.js';
import { cellsOf, type Header, MAX_HEADER_LINES, readHeader } from './pdf-unruled-header.js';
import { readUnruledRows, type CellSetting, type TablePlace } from './pdf-unruled-rows.js';

/** The lines below a header that tell where its columns start: a page's worth (a page of header-like lines would be read over for each). */
const EDGE_LINES = 120;
/** A table's lines are set within this many points of its header's size. */
const SIZE_SLACK = 1.5;
/** A blank taller than this many font sizes between two lines ends the table. */
const TABLE_BREAK = 3;
/** How far, as a share of the font size, a run may start left of its column's edge. */
const EDGE_SLACK = 0.5;
/** A horizontal rule no thicker than this, across half the table or more, parts two rows. */
const THIN = 2.5;

// A 序号 cell: a number, or a Chinese numeral, alone.
//     > | 12      > | （三）      > | 4.      > | 十二、
const ROW_NUMBER = /^[(（]?(?:\d{1,4}|[一二三四五六七八九十百]{1,4})[)）]?[.、．]?$/;

/**
 * What a table needs to run on over a page break without its header repeated: its header, where
 * the text of its first column starts and where each column after it starts, its 序号 column,
 * and where it set its cells in their rows.
 */
export interface RunOn {
  header: Header;
  left: number;
  edges: number[];
  numberColumn: number;
  setting: CellSetting;
}

/**
 * A table laid out without rules, what it takes to read it on over the next page, and the line
 * that ends the page just below it and across its columns, stopping short: a section whose rows
 * the next page holds if the table runs on there, else text.
 */
export interface UnruledTable extends PdfTable {
  runOn: RunOn;
  trailing: PdfLine | null;
}

/** A line of the table's body, its cells placed in their columns (null: a line across the columns). */
export interface PlacedLine {
  line: PdfLine;
  cells: Array<{ column: number; segment: PdfLine }> | null;
}

/**
 * The tables laid out without rules among a page's lines (lines in reading order, none of them
 * in a ruled table): each starts at a header row and ends where the body text resumes — a line
 * in another size, a line across the columns that no row follows, a 序号 cell that is no number,
 * a wide blank, the page's end. Horizontal rules the page draws (a 三线表, rules under each row
 * and none between the columns) part the rows they run between. Given the table that ended the
 * page before (`runOn`), the page's first lines carry it on when they stand in its columns, its
 * header not repeated: a table without a header row.
 *
 *     > | 序号      重点工作                      责任部门
 *     > |         推进园区与镇区基础设施共建共享，  市、县级党委、政府；
 *     > |  1      推动产城一体、镇园融合。          省住房城乡建设厅
 *     findUnruledTables(lines)[0].rows
 *     // → [['序号', '重点工作', '责任部门'], ['1', '推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。', '市、县级党委、政府;省住房城乡建设厅']]
 */
export function findUnruledTables(lines: readonly PdfLine[], rules: readonly PdfRule[] = [], runOn: RunOn | null = null): UnruledTable[] {
  const tables: UnruledTable[] = [];
  const pageRight = maxOf(lines.map((line) => line.right));
  const carried = runOn && carryOn(lines, runOn, pageRight);
  if (carried) tables.push(buildTable(runOn.header, carried, rules, { opensPage: true, endsPage: carried.placed.length === lines.length, setting: runOn.setting }, false));
  let from = carried ? carried.placed.length : 0;
  for (let at = from; at < lines.length; at++) {
    const header = readHeader(lines, at, from);
    if (!header) continue;
    const start = lines.indexOf(header.lines[header.lines.length - 1]!, at) + 1;
    const body = placeBody(lines, start, header, pageRight);
    if (body.placed.length === 0) continue;
    const place = { opensPage: header.lines[0] === lines[0], endsPage: start + body.placed.length === lines.length, setting: null };
    tables.push(buildTable(header, body, rules, place, true));
    from = start + body.placed.length;
    at = from - 1;
  }
  const last = tables[tables.length - 1];
  if (last && from === lines.length - 1 && mayHeadSection(lines[from]!, last, pageRight)) last.trailing = lines[from]!;
  return tables;
}

/** Whether a line just below a table may head a section of it: across its columns, stopping short, in its size, no farther below than a blank. */
function mayHeadSection(line: PdfLine, table: UnruledTable, pageRight: number): boolean {
  const { header, edges } = table.runOn;
  return placeLine(line, edges) === null && line.right < pageRight - 2 * header.size && Math.abs(line.size - header.size) <= SIZE_SLACK && line.y - table.bottom <= TABLE_BREAK * header.size;
}

/**
 * The lines that open a page and carry on the table that ended the page before, its header not
 * repeated: each placed in the table's columns, and the first row's runs starting where two of
 * its columns start (a 序号 wherever it stands in its column). Null when they do not, or when a
 * header row opens the page (a table with its header repeated, or another table).
 *
 *     > | 序号      重点工作                      责任部门           ← page 9
 *     > |  1      推进园区与镇区基础设施共建共享……   市、县级党委、政府
 *     > | ─────────────────────────────────────────────────────── page 10
 *     > |  2      持续推进简政放权，优化政府服务……   市、县级党委、政府  ← runs on
 */
function carryOn(lines: readonly PdfLine[], runOn: RunOn, pageRight: number): Body | null {
  for (let at = 0; at < Math.min(lines.length, MAX_HEADER_LINES); at++) if (readHeader(lines, at, 0)) return null;
  const body = placeBody(lines, 0, runOn.header, pageRight, runOn.edges);
  return body.placed.length > 0 && (startsInColumns(body.placed, runOn) || restOfOneCell(body.placed, runOn)) ? body : null;
}

/** Lines of a cell that a page break cut, at most this many. */
const MAX_CUT_CELL_LINES = 8;

/**
 * Whether the lines at a page's top are the rest of one cell of a row the page break cut: all in
 * one column past the task's text, the first at that column's start (兰考 probe round 56, a boxed
 * table whose row 8 ends its page at `牵头单位：县发展改革委、县工商联` and goes on at the next
 * page's top with `配合单位：县直各有关` and `部门` alone). Body text never starts there.
 */
function restOfOneCell(placed: readonly PlacedLine[], { header, edges }: RunOn): boolean {
  if (placed.length > MAX_CUT_CELL_LINES) return false;
  const columns = new Set(placed.flatMap(({ cells }) => (cells ?? [{ column: -1 }]).map(({ column }) => column)));
  const [column] = columns;
  const first = placed[0]!.cells?.[0];
  return columns.size === 1 && column !== undefined && column >= 2 && first !== undefined && Math.abs(first.segment.x - edges[column - 1]!) <= EDGE_SLACK * header.size;
}

/** Whether the first row of lines placed at a page's top starts in two of the table's columns: read down to its 序号, else until two are found. */
function startsInColumns(placed: readonly PlacedLine[], { header, left, edges, numberColumn }: RunOn): boolean {
  const starts = [left, ...edges];
  const found = new Set<number>();
  for (const { cells } of placed) {
    for (const { column, segment } of cells ?? []) {
      if (column === numberColumn || Math.abs(segment.x - starts[column]!) <= EDGE_SLACK * header.size) found.add(column);
    }
    if (found.size >= 2 || found.has(numberColumn)) break;
  }
  return found.size >= Math.min(2, starts.length);
}

interface Body {
  /** Left edges of the columns after the first. */
  edges: number[];
  placed: PlacedLine[];
  /** The column of the 序号, or -1. */
  numberColumn: number;
}

/**
 * The lines from `start` (below the header, or at the top of the page the table runs on over, its
 * columns' edges known) that belong to the table, each placed in its columns.
 */
function placeBody(lines: readonly PdfLine[], start: number, header: Header, pageRight: number, known?: number[]): Body {
  const edges = known ?? columnEdges(header, linesInSize(lines.slice(start, start + EDGE_LINES), header.size));
  const numberColumn = header.cells.findIndex((cell) => columnKind(cell.text) === 'no');
  const placed: PlacedLine[] = [];
  // the header of a table run on from the page before stands on that page
  let last = known ? null : header.lines[header.lines.length - 1]!;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (Math.abs(line.size - header.size) > SIZE_SLACK || (last && line.y - last.y > TABLE_BREAK * header.size)) break;
    const cells = placeLine(line, edges);
    if (!cells && !opensSection(line, lines[i + 1], edges, header, pageRight)) break;
    if (cells && numberColumn >= 0 && cells.some(({ column, segment }) => column === numberColumn && !ROW_NUMBER.test(segment.text))) break;
    placed.push({ line, cells });
    last = line;
  }
  return { edges, placed, numberColumn };
}

/** The lines down to the first in another size. */
function linesInSize(lines: readonly PdfLine[], size: number): readonly PdfLine[] {
  const other = lines.findIndex((line) => Math.abs(line.size - size) > SIZE_SLACK);
  return other < 0 ? lines : lines.slice(0, other);
}

/**
 * Where each column after the first starts: the leftmost cell line that starts between the end of
 * the header cell before it and the start of its own header cell (a header centred over its column
 * starts right of the column's text), else its header cell's start.
 */
function columnEdges(header: Header, lines: readonly PdfLine[]): number[] {
  const { cells, size } = header;
  const starts = lines.flatMap((line) => cellsOf(line))
    .filter((part) => !cells.some((cell, c) => c > 0 && part.x < cells[c - 1]!.right - EDGE_SLACK * size && part.right > cell.x + EDGE_SLACK * size))
    .map((part) => part.x);
  return cells.slice(1).map((cell, c) => minOf(starts.filter((x) => x > cells[c]!.right - EDGE_SLACK * size && x <= cell.x + EDGE_SLACK * size), cell.x));
}

/** A line's cells in their columns, or null when one of them runs across a column's edge. */
function placeLine(line: PdfLine, edges: readonly number[]): PlacedLine['cells'] {
  const cells: NonNullable<PlacedLine['cells']> = [];
  for (const segment of cellsOf(line)) {
    const slack = EDGE_SLACK * segment.size;
    const column = edges.filter((edge) => edge <= segment.x + slack).length;
    if (column < edges.length && segment.right > edges[column]! + slack) return null;
    cells.push({ column, segment });
  }
  return cells;
}

/**
 * Whether a line across the columns heads a section of the table (`（一）推进产业项目建设` over
 * every column): it stops short of the right margin, and a line of the table follows it with a
 * cell past the first column. A line of body text after the table does neither.
 */
function opensSection(line: PdfLine, next: PdfLine | undefined, edges: readonly number[], header: Header, pageRight: number): boolean {
  if (line.right >= pageRight - 2 * header.size || !next) return false;
  if (next.y - line.y > TABLE_BREAK * header.size || Math.abs(next.size - header.size) > SIZE_SLACK) return false;
  const cells = placeLine(next, edges);
  return cells !== null && cells.some(({ column, segment }) => column > 0 || ROW_NUMBER.test(segment.text));
}

/**
 * The table of a header and its placed lines: the header row (unless the header stands on the
 * page before), then the body's rows — the first or last of which a page break may have cut.
 */
function buildTable(header: Header, body: Body, rules: readonly PdfRule[], place: TablePlace, withHeader: boolean): UnruledTable {
  const lines = [...(withHeader ? header.lines : []), ...body.placed.map((placed) => placed.line)];
  const { rows, rowItems, setting } = readUnruledRows(body.placed, header.cells.length, body.numberColumn, rowRules(body.placed, rules), place);
  const firstColumn = body.placed.flatMap(({ cells }) => (cells ?? []).filter(({ column }) => column === 0).map(({ segment }) => segment.x));
  return {
    top: lines[0]!.y - header.size,
    bottom: lines[lines.length - 1]!.y + header.size * 0.3,
    columns: body.edges,
    rows: withHeader ? [header.cells.map((cell) => ({ text: cell.text, fromAbove: false, fromLeft: false })), ...rows] : rows,
    rowItems: withHeader ? [header.lines[0]!.items[0] ?? null, ...rowItems] : rowItems,
    items: new Set(lines.flatMap((line) => line.items)),
    runOn: { header, left: minOf(firstColumn, header.cells[0]!.x), edges: body.edges, numberColumn: body.numberColumn, setting },
    trailing: null,
  };
}

/** Where horizontal rules run between the body's lines, across half its width or more. */
function rowRules(placed: readonly PlacedLine[], rules: readonly PdfRule[]): number[] {
  const lines = placed.map((each) => each.line);
  const [left, right] = [minOf(lines.map((line) => line.x)), maxOf(lines.map((line) => line.right))];
  const [top, bottom] = [lines[0]!.y - lines[0]!.size, lines[lines.length - 1]!.y];
  return rules
    .filter((rule) => rule.y2 - rule.y1 <= THIN && Math.min(rule.x2, right) - Math.max(rule.x1, left) >= (right - left) / 2)
    .map((rule) => (rule.y1 + rule.y2) / 2)
    .filter((y) => y > top && y < bottom);
}
