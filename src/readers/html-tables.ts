/** HTML tables: data tables as grids of cells with spans expanded; layout tables are told apart and read through. */
import type { AnyNode, Element } from 'domhandler';
import { BlockText, readBlocks } from './html-blocks.js';
import { BLOCKS, isElement, SKIPPED_TAGS, walk } from './html-dom.js';
import { ListMarkers, numberedLine } from './html-lists.js';
import type { Scores } from './html-score.js';
import { makeLine } from './text.js';
import type { TableCell } from './types.js';

interface Slot {
  cell: Element;
  fromAbove: boolean;
  fromLeft: boolean;
}

const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot', 'form']);
/** A cell holding this many Chinese characters, and this share of its table's, may hold a whole article. */
const ARTICLE_CELL = 500;
const ARTICLE_CELL_SHARE = 0.8;

/**
 * A data table as a grid of cells with spans expanded; null for a layout table (fewer than two rows
 * or columns, role="presentation", or one cell holding an article), which is read through as blocks.
 */
export function readTable(table: Element, scores: Scores): TableCell[][] | null {
  const grid = layOut(tableRows(table));
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  if (!hasDataShape(table, grid, width)) return null;
  const { clean } = scores;
  const total = clean.get(table) ?? 0;
  const cells = new Set<Element>();
  for (const row of grid) for (const slot of row) if (slot) cells.add(slot.cell);
  for (const cell of cells) {
    const chinese = clean.get(cell) ?? 0;
    if (chinese >= ARTICLE_CELL && chinese >= total * ARTICLE_CELL_SHARE && holdsArticle(cell)) return null;
    // a short page's layout: a cell holding most of the text and a table of its own (宁德 probe round 39: the
    // article and its 任务分工表 in the layout table's `<td class="zw">`)
    if (chinese >= total * ARTICLE_CELL_SHARE && holdsTable(cell)) return null;
  }
  const texts = cellTexts(table, cells, scores.dropped);
  const bold = new Map<Element, string[]>();
  for (const cell of cells) bold.set(cell, boldRuns(cell));
  // Rows shorter than the widest are padded with empty cells, as a browser draws them.
  const rows: TableCell[][] = [];
  for (const row of grid) {
    const cellsOfRow: TableCell[] = [];
    for (let column = 0; column < width; column++) {
      const slot = row[column];
      if (!slot) {
        cellsOfRow.push({ text: '', fromAbove: false, fromLeft: false });
        continue;
      }
      const cell: TableCell = { text: texts.get(slot.cell) ?? '', fromAbove: slot.fromAbove, fromLeft: slot.fromLeft };
      const emphasized = bold.get(slot.cell)!;
      cellsOfRow.push(emphasized.length > 0 ? { ...cell, emphasized } : cell);
    }
    rows.push(cellsOfRow);
  }
  return rows;
}

function hasDataShape(table: Element, grid: readonly Slot[][], width: number): boolean {
  return grid.length >= 2 && width >= 2 && !/^(?:presentation|none)$/i.test(table.attribs.role ?? '');
}

/** At least two rows and two columns, and no role="presentation": what findContainer will not descend into. */
export function isDataShaped(table: Element): boolean {
  const grid = layOut(tableRows(table));
  return hasDataShape(table, grid, grid.reduce((max, row) => Math.max(max, row.length), 0));
}

/** The table's own rows: under it or its row groups, not those of nested tables. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const pending: AnyNode[] = [...table.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'tr') rows.push(node);
    else if (ROW_GROUPS.has(node.name)) for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return rows;
}

/**
 * Places cells in a grid the way HTML does: a cell takes the first free column of its row and
 * covers `rowspan` × `colspan` positions (rowspan="0": to the last row).
 */
function layOut(rows: readonly Element[]): Slot[][] {
  const grid: Slot[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    const row = grid[r]!;
    let column = 0;
    for (const cell of tr.children) {
      if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      while (row[column]) column++;
      const rowspan = span(cell.attribs.rowspan, 65534);
      const down = rowspan === 0 ? rows.length - r : Math.min(rowspan, rows.length - r);
      const across = span(cell.attribs.colspan, 1000) || 1;
      for (let dr = 0; dr < down; dr++) {
        const target = grid[r + dr]!;
        for (let dc = 0; dc < across; dc++) target[column + dc] ??= { cell, fromAbove: dr > 0, fromLeft: dc > 0 };
      }
      column += across;
    }
  });
  return grid.filter((row) => row.length > 0);
}

function span(value: string | undefined, max: number): number {
  const number = Number.parseInt(value ?? '1', 10);
  return Number.isNaN(number) || number < 0 ? 1 : Math.min(number, max);
}

/** A cell with headings, tables or many paragraphs: the article an old portal laid out in a table. */
/** Whether a cell holds a table of its own. */
function holdsTable(cell: Element): boolean {
  let found = false;
  walk(cell, (node) => {
    if (found || !isElement(node)) return false;
    if (node !== cell && node.name === 'table') found = true;
    return !found;
  }, () => {});
  return found;
}

function holdsArticle(cell: Element): boolean {
  let blocks = 0;
  let heading = false;
  walk(cell, (node) => {
    if (!isElement(node) || SKIPPED_TAGS.has(node.name)) return false;
    if (/^(?:h[1-6]|table)$/.test(node.name)) heading = true;
    if (node.name === 'p' || node.name === 'div' || node.name === 'br') blocks++;
    return !heading;
  }, () => {});
  return heading || blocks >= 8;
}

/**
 * The block text of each cell, in one walk of the table: paragraphs normalized like lines and
 * joined by \n; nested tables are flattened into their cell.
 */
function cellTexts(table: Element, cells: ReadonlySet<Element>, dropped: ReadonlySet<Element>): Map<Element, string> {
  const paragraphs = new Map<Element, string[]>();
  let current: string[] | null = null;
  const lists = new ListMarkers();
  const out = new BlockText((raw, _start, marker) => {
    const text = numberedLine(makeLine(raw, 0), marker).text;
    if (text && current) current.push(text);
  });
  readBlocks(table, dropped, out, BLOCKS, {
    item: (item) => lists.markerOf(item),
    element(element) {
      if (!cells.has(element)) return undefined;
      out.flush();
      current = [];
      paragraphs.set(element, current);
      return true;
    },
    leave(element) {
      if (!cells.has(element)) return;
      out.flush();
      current = null;
    },
  });
  const texts = new Map<Element, string>();
  for (const [cell, lines] of paragraphs) texts.set(cell, lines.join('\n'));
  return texts;
}

/** `<b>`, `<strong>`, or a style setting the weight bold: how a page sets a unit apart in its cell. */
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;

export function isBold(element: Element): boolean {
  return element.name === 'b' || element.name === 'strong' || BOLD_STYLE.test(element.attribs.style ?? '');
}

/**
 * The texts a cell sets in bold, normalized like its text: `市自然资源和规划局、<b>市住建局</b>` →
 * ['市住建局']. A cell set bold as a whole (a header's) gives its whole text.
 */
function boldRuns(cell: Element): string[] {
  const runs: string[] = [];
  let bold: Element | null = null;
  let current = '';
  walk(cell, (node) => {
    if (node.type === 'text' && bold) current += (node as unknown as { data: string }).data;
    if (!isElement(node)) return false;
    if (SKIPPED_TAGS.has(node.name)) return false;
    if (bold === null && node !== cell && isBold(node)) bold = node;
    return true;
  }, (element) => {
    if (element !== bold) return;
    const text = makeLine(current, 0).text;
    if (text !== '') runs.push(text);
    bold = null;
    current = '';
  });
  return runs;
}
