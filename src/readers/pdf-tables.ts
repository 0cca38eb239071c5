/**
 * Tables drawn in a PDF (the 任务分工表 pages), rebuilt from their ruling lines: the lines that
 * meet make a grid, a cell is merged with its neighbour where no line parts them, and the text
 * runs inside a cell are its text — a cell wrapped over several lines stays one cell.
 */
import { minOf } from '../collections.js';
import { groupLines, type PdfItem, type PdfLine } from './pdf-lines.js';
import { foldLine, removeStraySpaces } from './text.js';
import type { TableCell } from './types.js';

/** A ruling line in page space (y down): a stroked segment or a thin filled rectangle. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A table found on a page: its box, its column edges, its rows, and the runs it took. */
export interface PdfTable {
  top: number;
  bottom: number;
  columns: number[];
  rows: TableCell[][];
  /** Of each row, its first run (for the row's source line). */
  rowItems: Array<PdfItem | null>;
  items: Set<PdfItem>;
}

/** Rules thinner than this are lines, not boxes; ends this close meet. */
const THIN = 2.5;
const TOUCH = 2;
/** How far the sides of a row must run past the last rule to be a row a page break cut (a line of text at least). */
const CUT_ROW = 6;
/** Past this many rules on a page (a vector drawing, an attack) no table is looked for. */
const MAX_RULES = 4000;
/** Past this many grids on a page, or this many places in a grid, the rules draw no tables (a page holds a few tables of some hundreds of cells). */
const MAX_GRIDS = 64;
const MAX_PLACES = 20_000;

/**
 * The tables of a page: each set of horizontal and vertical rules that meet, with at least two
 * horizontal rules and three vertical ones, is a grid; the page's runs inside it are its cells'
 * text. A box with no rule inside it between columns — a table boxed by its outer border alone, a
 * frame around a note or around the page — is no grid: its text is left to the lines of the page
 * (where a table laid out without rules is looked for), not read as one cell.
 *
 *     > | ┌────┬──────────────┬──────────┐
 *     > | │序号│   重点工作     │ 责任部门  │
 *     > | ├────┴──────────────┴──────────┤   ← no rule between the cells: one merged cell
 *     > | │（一）推进产业项目建设            │
 */
export function findTables(items: readonly PdfItem[], rules: readonly PdfRule[]): PdfTable[] {
  if (rules.length > MAX_RULES) return [];
  const horizontal = rules.filter((rule) => rule.y2 - rule.y1 <= THIN && rule.x2 - rule.x1 > THIN);
  const vertical = rules.filter((rule) => rule.x2 - rule.x1 <= THIN && rule.y2 - rule.y1 > THIN);
  const grids = connectedRules(horizontal, vertical).flatMap(({ h, v }) => buildGrid(h, v) ?? []);
  return grids.length > MAX_GRIDS ? [] : grids.map((grid) => fillGrid(grid, items));
}

/** Sets of rules that meet (a horizontal and a vertical rule that cross or touch), by union-find. */
function connectedRules(horizontal: readonly PdfRule[], vertical: readonly PdfRule[]): Array<{ h: PdfRule[]; v: PdfRule[] }> {
  const parent = [...horizontal, ...vertical].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  horizontal.forEach((h, i) => {
    vertical.forEach((v, j) => {
      const meet = v.x1 >= h.x1 - TOUCH && v.x2 <= h.x2 + TOUCH && h.y1 >= v.y1 - TOUCH && h.y2 <= v.y2 + TOUCH;
      if (meet) parent[find(i)] = find(horizontal.length + j);
    });
  });
  const sets = new Map<number, { h: PdfRule[]; v: PdfRule[] }>();
  [...horizontal, ...vertical].forEach((rule, i) => {
    const root = find(i);
    if (!sets.has(root)) sets.set(root, { h: [], v: [] });
    (i < horizontal.length ? sets.get(root)!.h : sets.get(root)!.v).push(rule);
  });
  return [...sets.values()];
}

interface Grid {
  xs: number[];
  ys: number[];
  h: PdfRule[];
  v: PdfRule[];
}

/** The grid of a set of rules: its column and row edges, or null when it has fewer than two columns or one row (or too many places). */
function buildGrid(h: PdfRule[], v: PdfRule[]): Grid | null {
  const xs = cluster(v.map((rule) => (rule.x1 + rule.x2) / 2));
  const ys = cluster(h.map((rule) => (rule.y1 + rule.y2) / 2));
  // a row a page break cuts has its sides drawn and no rule under it (or over it, on the next
  // page): where the vertical rules run on past the last horizontal one, their end is the row's
  // edge (安庆 probe round 22, a table printed by Chromium with a row across pages)
  if (ys.length > 0 && v.length > 0) {
    let [top, bottom] = [Infinity, -Infinity];
    for (const rule of v) [top, bottom] = [Math.min(top, rule.y1), Math.max(bottom, rule.y2)];
    if (bottom > ys[ys.length - 1]! + CUT_ROW) ys.push(bottom);
    if (top < ys[0]! - CUT_ROW) ys.unshift(top);
  }
  return xs.length >= 3 && ys.length >= 2 && (xs.length - 1) * (ys.length - 1) <= MAX_PLACES ? { xs, ys, h, v } : null;
}

/** Positions within TOUCH of each other as one, sorted. */
function cluster(positions: number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const edges: number[] = [];
  for (const position of sorted) if (edges.length === 0 || position - edges[edges.length - 1]! > TOUCH) edges.push(position);
  return edges;
}

/**
 * Where rules run along the edges (x of vertical rules, y of horizontal ones) across the middles
 * of the places they pass (row middles for vertical rules): `ruled[k][i]` is whether a rule runs
 * along edge k across middle i. Each rule marks the places it spans at once (counts added where
 * its span starts and taken where it ends), so a page of rules is read in one pass of each.
 */
function ruledAcross(rules: readonly PdfRule[], vertical: boolean, edges: readonly number[], middles: readonly number[]): boolean[][] {
  const counts = edges.map(() => new Array<number>(middles.length + 1).fill(0));
  for (const rule of rules) {
    const at = vertical ? (rule.x1 + rule.x2) / 2 : (rule.y1 + rule.y2) / 2;
    const [from, to] = vertical ? [rule.y1, rule.y2] : [rule.x1, rule.x2];
    const [first, last] = [atOrAfter(middles, from - TOUCH), atOrAfter(middles, to + TOUCH, true)];
    if (first >= last) continue;
    for (let k = atOrAfter(edges, at - TOUCH); k < edges.length && edges[k]! <= at + TOUCH; k++) {
      counts[k]![first]! += 1;
      counts[k]![last]! -= 1;
    }
  }
  return counts.map((row) => {
    let sum = 0;
    return middles.map((_, i) => (sum += row[i]!) > 0);
  });
}

/** The index of the first sorted value at or past `value` (past it, when `past`), by bisection. */
function atOrAfter(sorted: readonly number[], value: number, past = false): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const pivot = (low + high) >> 1;
    if (sorted[pivot]! < value || (past && sorted[pivot] === value)) low = pivot + 1;
    else high = pivot;
  }
  return low;
}

/**
 * The grid's cells merged where no rule parts them, each region's runs read as lines and joined
 * (a line that stops short of the cell's right edge ends a paragraph: \n), the region's text in
 * every place it covers.
 */
function fillGrid(grid: Grid, items: readonly PdfItem[]): PdfTable {
  const { xs, ys } = grid;
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const region = Int32Array.from({ length: rows * columns }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (region[root] !== root) root = region[root]!;
    for (let node = i; node !== root; ) {
      const parent = region[node]!;
      region[node] = root;
      node = parent;
    }
    return root;
  };
  const join = (a: number, b: number): void => {
    const [first, second] = [find(a), find(b)].sort((x, y) => x - y) as [number, number];
    region[second] = first; // the top-left place names the region
  };
  const down = ruledAcross(grid.v, true, xs, ys.slice(1).map((y, r) => (ys[r]! + y) / 2));
  const across = ruledAcross(grid.h, false, ys, xs.slice(1).map((x, c) => (xs[c]! + x) / 2));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (c + 1 < columns && !down[c + 1]![r]) join(r * columns + c, r * columns + c + 1);
      if (r + 1 < rows && !across[r + 1]![c]) join(r * columns + c, (r + 1) * columns + c);
    }
  }
  const inRegion = new Map<number, PdfItem[]>();
  const taken = new Set<PdfItem>();
  for (const item of items) {
    const c = edgeIndex(xs, item.x + item.width / 2);
    const r = edgeIndex(ys, item.y - item.size * 0.35);
    if (c < 0 || r < 0) continue;
    const key = find(r * columns + c);
    if (!inRegion.has(key)) inRegion.set(key, []);
    inRegion.get(key)!.push(item);
    taken.add(item);
  }
  // a region's right edge: the rightmost place it covers
  const lastColumn = new Map<number, number>();
  for (let place = 0; place < rows * columns; place++) lastColumn.set(find(place), Math.max(lastColumn.get(find(place)) ?? 0, place % columns));
  const text = new Map<number, string>();
  for (const [key, found] of inRegion) text.set(key, cellText(groupLines(found), xs[key % columns]!, xs[lastColumn.get(key)! + 1]!));
  const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c): TableCell => {
    const key = find(r * columns + c);
    return { text: text.get(key) ?? '', fromAbove: Math.floor(key / columns) < r, fromLeft: key % columns < c };
  }));
  return { top: ys[0]!, bottom: ys[rows]!, columns: xs, rows: cells, rowItems: firstItems(inRegion, rows, columns), items: taken };
}

/** The index of the cell edge interval holding `position`, or -1 outside the grid. */
function edgeIndex(edges: readonly number[], position: number): number {
  const after = atOrAfter(edges, position, true);
  return after > 0 && after < edges.length ? after - 1 : -1;
}

/** Of each row, the first run (top, then left) of the regions it names (their top-left place in it). */
function firstItems(inRegion: ReadonlyMap<number, PdfItem[]>, rows: number, columns: number): Array<PdfItem | null> {
  const first: Array<PdfItem | null> = new Array<PdfItem | null>(rows).fill(null);
  for (const [key, found] of inRegion) {
    const r = Math.floor(key / columns);
    for (const item of found) if (!first[r] || item.y < first[r].y || (item.y === first[r].y && item.x < first[r].x)) first[r] = item;
  }
  return first;
}

/**
 * A cell's lines as one text, normalized like any line: a line that reaches the cell's right edge
 * wraps on into the next (joined without a space), one that stops well short ends a paragraph
 * (\n). The cell's padding is taken as the gap between its left edge and its text; a narrow cell
 * leaves a wrapped line up to two characters short (a whole character that does not fit, and
 * one moved down so that no line opens with a comma).
 */
export function cellText(lines: readonly PdfLine[], left: number, right: number): string {
  const padding = Math.max(0, minOf(lines.map((line) => line.x), left) - left);
  let text = '';
  let previous = '';
  lines.forEach((line, i) => {
    const part = removeStraySpaces(foldLine(line.text));
    // joined after the line before, not the text so far: a cell of thousands of lines is read once
    if (i > 0) text += lines[i - 1]!.right >= right - padding - line.size * CELL_WRAP_SLACK && !partsTwoUnits(previous, part) ? joiner(previous, part) : '\n';
    text += part;
    previous = part;
  });
  return text;
}

/** How many characters short of a cell's edge a wrapped line may stop. */
const CELL_WRAP_SLACK = 2.5;

/**
 * Whether two lines of a narrow cell are two units, not one name wrapped: the first ends as an
 * office's name does, the next opens as one (`市委统战部` / `市工商联` in a 牵头单位 column 7 characters wide).
 */
function partsTwoUnits(before: string, after: string): boolean {
  // …or with its role after it (宿豫 probe round 56: `区农业农村局（牵头）` / `各乡镇人民政府`)
  const name = before.endsWith(')') ? before.replace(ROLE_AFTER_NAME, '') : before;
  return name.length <= 12 && /(?:局|委|办|部|厅|联|院|府|会|中心|公司|处|室)$/.test(name) && /^(?:[省市州县区旗乡镇]|各|街道)/.test(after);
}

/** A role in brackets after a unit's name: `(牵头)`, `(配合)`. */
const ROLE_AFTER_NAME = /\((?:牵头|配合|负责|责任|协助|参与)\)$/;

/** What joins a wrapped line to the next: a space between two Latin words or numbers, nothing in Chinese. */
export function joiner(before: string, after: string): string {
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? ' ' : '';
}
