/**
 * The rows of a table laid out without rules, from its lines placed in their columns: each
 * column's lines in blocks parted by a gap wider than the lines' pitch, blocks that stand beside
 * one another one row (a cell set in the middle of its row too), a row holding two 序号 — rows
 * with no room between them — cut before the second (cells set at the top of their rows) or as
 * far below the first as the row's first line stands above it (cells set in the middle), or at
 * the horizontal rules running through it; lines above the first 序号 of a table set at the top
 * the rest of a row a page break cut; a line across the columns a section row.
 */
import { maxOf, minOf } from '../collections.js';
import { groupLines, type PdfItem, type PdfLine } from './pdf-lines.js';
import { cellText } from './pdf-tables.js';
import type { PlacedLine } from './pdf-unruled-tables.js';
import { foldLine, removeStraySpaces } from './text.js';
import type { TableCell } from './types.js';

/** A gap between two lines of a column wider than this many line pitches parts two cells. */
const ROW_GAP = 1.2;
/** Baselines closer than this share of the font size are one line. */
const SAME_LINE = 0.35;

/** Lines of one column that follow one another at the line pitch: a cell, or the part of one a row holds. */
interface Block {
  column: number;
  lines: PdfLine[];
  top: number;
  bottom: number;
}

/** A row before its cells are read: the lines of each column, or a section line across them. */
interface RawRow {
  top: number;
  columns: PdfLine[][];
  section: PdfLine | null;
}

/** Where a table sets its cells in their rows: at the top, in the middle, or null (nothing tells). */
export type CellSetting = 'top' | 'middle' | null;

/**
 * Where a table stands on its page: whether it opens the page or ends it (a page break may have
 * cut its first or its last row), and how it set its cells on the page before (it runs on).
 */
export interface TablePlace {
  opensPage: boolean;
  endsPage: boolean;
  setting: CellSetting;
}

/** A table with lines above and below it on its page. */
const NOWHERE: TablePlace = { opensPage: false, endsPage: false, setting: null };

/**
 * The body rows of a table: its placed lines, its number of columns, the column of its 序号 (or
 * -1), where horizontal rules run between its rows, and where it stands on its page; how it sets
 * its cells, for the page it runs on over.
 *
 *     readUnruledRows(placed, 3, 0, []).rows[0].map((cell) => cell.text)
 *     // → ['1', '推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。', '市、县级党委、政府;省住房城乡建设厅']
 */
export function readUnruledRows(placed: readonly PlacedLine[], columns: number, numberColumn: number, rules: readonly number[], place: TablePlace = NOWHERE): { rows: TableCell[][]; rowItems: Array<PdfItem | null>; setting: CellSetting } {
  const items: PdfItem[][] = Array.from({ length: columns }, () => []);
  const sections: RawRow[] = [];
  for (const { line, cells } of placed) {
    if (cells) for (const { column, segment } of cells) items[column]!.push(...segment.items);
    else sections.push({ top: line.y - line.size, columns: [], section: line });
  }
  const columnLines = items.map((found) => groupLines(found));
  const pitch = linePitch(columnLines);
  const blocks = columnLines.flatMap((lines, column) => splitBlocks(lines, column, pitch, column === numberColumn));
  const anchor = numberColumn >= 0 ? numberColumn : 0;
  const groups = besideOneAnother(blocks);
  // a row a page break cut tells nothing of how the table sets its cells, unless nothing else does
  const setting = cellSetting(groups.slice(place.opensPage ? 1 : 0, place.endsPage ? -1 : undefined), anchor) ?? place.setting ?? cellSetting(groups, anchor);
  const raw = [...groups.flatMap((group) => cutRows(group, anchor, columns, rules, setting)), ...sections].sort((a, b) => a.top - b.top);
  const edges = columnLines.map((lines) => ({ left: minOf(lines.map((line) => line.x)), right: maxOf(lines.map((line) => line.right)) }));
  return {
    rows: raw.map((row) => (row.section ? sectionRow(row.section, columns) : row.columns.map((lines, c): TableCell => ({ text: lines.length > 0 ? cellText(lines, edges[c]!.left, edges[c]!.right) : '', fromAbove: false, fromLeft: false })))),
    rowItems: raw.map((row) => firstItem(row.section ? [row.section] : row.columns.flat())),
    setting,
  };
}

/** The commonest distance between two baselines that follow one another in a column: the tables' line pitch. */
function linePitch(columnLines: readonly PdfLine[][]): number {
  const counts = new Map<number, number>();
  for (const lines of columnLines) {
    lines.slice(1).forEach((line, i) => {
      const gap = Math.round(line.y - lines[i]!.y);
      if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    });
  }
  const size = columnLines.flat()[0]?.size ?? 12;
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? size * 1.5;
}

/** A column's lines in blocks: a gap wider than the pitch starts one, and in the 序号 column each line is one. */
function splitBlocks(lines: readonly PdfLine[], column: number, pitch: number, eachLine: boolean): Block[] {
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    const block = blocks[blocks.length - 1];
    if (block && !eachLine && line.y - lines[i - 1]!.y <= ROW_GAP * pitch) {
      block.lines.push(line);
      block.bottom = line.y + line.size * 0.25;
    } else {
      blocks.push({ column, lines: [line], top: line.y - line.size, bottom: line.y + line.size * 0.25 });
    }
  });
  return blocks;
}

/** Blocks whose heights overlap, from the top down: the blocks of one row (or of rows set with no room between them). */
function besideOneAnother(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  let bottom = Number.NEGATIVE_INFINITY;
  for (const block of [...blocks].sort((a, b) => a.top - b.top)) {
    if (groups.length > 0 && block.top < bottom) groups[groups.length - 1]!.push(block);
    else groups.push([block]);
    bottom = groups[groups.length - 1]!.length === 1 ? block.bottom : Math.max(bottom, block.bottom);
  }
  return groups;
}

/** The first line of each of a group's anchor blocks, top down. */
function anchorLines(group: readonly Block[], anchor: number): PdfLine[] {
  return group.filter((block) => block.column === anchor).map((block) => block.lines[0]!).sort((a, b) => a.y - b.y);
}

/**
 * Where the table sets its cells in their rows: in the middle when in most groups the first
 * anchor (a 序号, one line) stands below the group's first line, where a taller cell beside it
 * starts; at the top when in most it stands on that line. A group of one line tells nothing.
 */
function cellSetting(groups: readonly Block[][], anchor: number): CellSetting {
  let votes = 0;
  for (const group of groups) {
    const first = anchorLines(group, anchor)[0];
    if (!first) continue;
    const top = minOf(group.map((block) => block.lines[0]!.y));
    const bottom = maxOf(group.map((block) => block.lines[block.lines.length - 1]!.y));
    if (bottom - top > SAME_LINE * first.size) votes += first.y - top > SAME_LINE * first.size ? 1 : -1;
  }
  return votes > 0 ? 'middle' : votes < 0 ? 'top' : null;
}

/**
 * A group of blocks as rows: cut at the rules that run through it, else before each block of the
 * anchor column (序号, else the first) after the first — and, cells set at the top of their rows,
 * before the first too: lines above it are the rest of a row a page break cut — or, cells set in
 * the middle of their rows, where each anchor's row ends: as far below the anchor as the row's
 * first line stands above it.
 *
 *     > |      推进园区与镇区基础设施共建共享，       ← row 1 starts
 *     > |  1   推动产城一体、镇园融合。拓展园区发展   ← its 序号, in the middle
 *     > |      空间，加大招商引资力度。               ← row 1 ends: as far below
 *     > |  2   推动老旧住房改造。
 */
function cutRows(group: readonly Block[], anchor: number, columns: number, rules: readonly number[], setting: CellSetting): RawRow[] {
  const top = minOf(group.map((block) => block.top));
  const bottom = maxOf(group.map((block) => block.bottom));
  const ruled = rules.filter((y) => y > top && y < bottom);
  const anchors = anchorLines(group, anchor);
  const lines = group.flatMap((block) => block.lines).sort((a, b) => a.y - b.y);
  // cells at the top of their rows: lines above the first 序号 are the rest of a row a page break cut
  const above = setting === 'top' ? anchors : anchors.slice(1);
  const cuts = ruled.length > 0 ? ruled.sort((a, b) => a - b) : setting === 'middle' ? middleCuts(lines, anchors) : above.map((line) => line.y - SAME_LINE * line.size);
  const rows: RawRow[] = Array.from({ length: cuts.length + 1 }, () => ({ top: Number.POSITIVE_INFINITY, columns: Array.from({ length: columns }, () => []), section: null }));
  for (const block of group) {
    for (const line of block.lines) {
      const row = rows[cutsAbove(cuts, line.y)]!;
      row.columns[block.column]!.push(line);
      row.top = Math.min(row.top, line.y - line.size);
    }
  }
  for (const row of rows) for (const lines of row.columns) lines.sort((a, b) => a.y - b.y);
  return rows.filter((row) => row.top < Number.POSITIVE_INFINITY);
}

/** The cuts between rows whose cells stand in the middle of them, each row's last line as far below its anchor as its first line stands above. */
function middleCuts(lines: readonly PdfLine[], anchors: readonly PdfLine[]): number[] {
  const cuts: number[] = [];
  let first = lines[0]!.y;
  let at = 0;
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [here, next] = [anchors[k]!, anchors[k + 1]!];
    const slack = SAME_LINE * here.size;
    // never past the next anchor, nor above this one, whatever the measures
    const cut = Math.min(Math.max(2 * here.y - first + slack, here.y + slack), next.y - slack);
    cuts.push(cut);
    while (at < lines.length && lines[at]!.y < cut) at++;
    first = lines[at]?.y ?? next.y;
  }
  return cuts;
}

/** How many of the sorted cuts lie at or above `y`, by bisection (a row of a thousand 序号 is one group when rows have no room between them). */
function cutsAbove(cuts: readonly number[], y: number): number {
  let [low, high] = [0, cuts.length];
  while (low < high) {
    const pivot = (low + high) >> 1;
    if (cuts[pivot]! <= y) low = pivot + 1;
    else high = pivot;
  }
  return low;
}

/** A line across the columns as a row whose one cell covers them all, as a merged cell of a ruled table reads. */
export function sectionRow(line: PdfLine, columns: number): TableCell[] {
  const text = removeStraySpaces(foldLine(line.text));
  return Array.from({ length: columns }, (_, c) => ({ text, fromAbove: false, fromLeft: c > 0 }));
}

/** The first run of a row, top then left: where its source line is. */
function firstItem(lines: readonly PdfLine[]): PdfItem | null {
  const first = [...lines].sort((a, b) => a.y - b.y || a.x - b.x)[0];
  return first?.items[0] ?? null;
}
