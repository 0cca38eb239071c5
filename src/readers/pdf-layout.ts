/**
 * A PDF's pages as the other readers give a document: lines numbered down each page (`p.3:12`),
 * furniture dropped, lines joined into paragraphs the way a reader joins them, tables as grids
 * — drawn with rules or laid out without — (a table running on over the next page one grid, its
 * repeated header dropped), and a grid that reads as no table a row a line.
 */
import { append } from '../collections.js';
import { columnKind, isHeaderRow } from '../extractors/table-header.js';
import { DOC_NUMBER } from './page-furniture.js';
import { findFurniture } from './pdf-furniture.js';
import { groupLines, makePdfLine, type PdfItem, type PdfLine } from './pdf-lines.js';
import { findTables, joiner, type PdfRule, type PdfTable } from './pdf-tables.js';
import { isHeaderLine } from './pdf-unruled-header.js';
import { sectionRow } from './pdf-unruled-rows.js';
import { findUnruledTables, type UnruledTable } from './pdf-unruled-tables.js';
import { makeLine, type SourceLine } from './text.js';
import type { PageStart, TableCell, TableGrid } from './types.js';

/** What a reader took from one page. */
export interface PdfPageContent {
  items: PdfItem[];
  rules: PdfRule[];
  height: number;
}

export interface PdfLayout {
  lines: SourceLine[];
  tables: TableGrid[];
  pages: PageStart[];
}

/** A line outside the tables, with its number among all the lines of the document. */
interface FlowLine {
  pdf: PdfLine;
  line: number;
}

interface LaidPage {
  /** Lines on the page, tables and furniture included. */
  count: number;
  flow: FlowLine[];
  tables: Array<{ table: PdfTable; rowLines: number[] }>;
  /** The number of each run's line. */
  lineOf: Map<PdfItem, number>;
}

/** Where the body text stands: its left edge, its right edge, and the distance between baselines. */
interface Margins {
  left: number;
  right: number;
  pitch: number;
  /** The document indents its paragraphs' first lines, numbered ones too: a marker at the margin is a wrapped line's text. */
  indentsParagraphs: boolean;
}

// A task marker, an attachment label or a table drawn with bars opens a paragraph wherever the line before it ended.
//     > | （三）加强财政资金保障。      > | 1．完善园区基础设施      > | 附件2      > | | 序号 | 重点工作 |
// 2.3.1 as the outline numbering does (昆山 probe round 17), not 1.5万亩; 第一项 as items
const OPENS_PARAGRAPH = /^(?:[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十百]+[)）]|\d{1,3}[.．、](?!\d)|\d{1,2}(?:[.．]\d{1,2}){1,3}[.．]?(?=\s|[^\d.．%万亿倍‰米元吨亩个年月日天小时公里千百十度])|[(（]\d{1,3}[)）]|[①-⑳]|第[一二三四五六七八九十百零〇\d]+[章节条项]|附件|附表|[|｜])/;

/**
 * The document of a PDF's pages.
 *
 *     layoutPdf([{ items: […], rules: [], height: 842 }, …])
 *     // → { lines: [{ line: 3, text: '一、总体要求' }, …], tables: [], pages: [{ label: 'p.1', line: 1 }, { label: 'p.2', line: 38 }] }
 */
export function layoutPdf(pages: readonly PdfPageContent[]): PdfLayout {
  const starts: PageStart[] = [];
  let offset = 0;
  const laid = pages.map((page, index): LaidPage => {
    starts.push({ label: `p.${index + 1}`, line: offset + 1 });
    const laidPage = layOutPage(page, offset);
    offset += laidPage.count;
    return laidPage;
  });
  // a table's header repeated at the top of each page is not a running header
  const furniture = findFurniture(laid.map((page, i) => ({ lines: page.flow.map((flow) => flow.pdf).filter((line) => !isHeaderLine(line)), height: pages[i]!.height })));
  // the table laid out without rules that ended the page before, to run on over this one
  let before: { page: LaidPage; table: UnruledTable } | null = null;
  laid.forEach((page, i) => {
    page.flow = page.flow.filter((flow) => !furniture.has(flow.pdf));
    const ending = takeUnruledTables(page, pages[i]!.rules, before?.table ?? null);
    if (before?.table.trailing && opensWithTable(page, before.table.columns)) takeSection(before.page, before.table);
    before = ending && { page, table: ending };
  });
  const margins = findMargins(laid.flatMap((page) => page.flow.map((flow) => flow.pdf)));
  return { ...joinParagraphs(laid, margins), pages: starts };
}

/** A page's lines numbered from `offset`, its tables, and the lines left outside them. */
function layOutPage(page: PdfPageContent, offset: number): LaidPage {
  const physical = groupLines(page.items);
  const lineOf = new Map<PdfItem, number>();
  physical.forEach((line, i) => line.items.forEach((item) => lineOf.set(item, offset + i + 1)));
  const tables = findTables(page.items, page.rules).filter((table) => table.items.size > 0);
  const taken = new Set(tables.flatMap((table) => [...table.items]));
  const flow: FlowLine[] = [];
  physical.forEach((line, i) => {
    const outside = line.items.filter((item) => !taken.has(item));
    if (outside.length > 0) flow.push({ pdf: outside.length === line.items.length ? line : makePdfLine(outside), line: offset + i + 1 });
  });
  return { count: physical.length, flow, tables: tables.map((table) => ({ table, rowLines: rowLines(table, lineOf) })), lineOf };
}

/**
 * The tables laid out without rules among a page's lines (furniture dropped), taken out of its
 * flow, the first carrying on the one that ended the page before where the page's first lines
 * stand in its columns; the one that ends this page (nothing below it but a line that may head
 * a section of it), for the next page to carry on.
 */
function takeUnruledTables(page: LaidPage, rules: readonly PdfRule[], before: UnruledTable | null): UnruledTable | null {
  const tables = findUnruledTables(page.flow.map((flow) => flow.pdf), rules, before?.runOn);
  const last = tables[tables.length - 1];
  if (!last) return null;
  const taken = new Set(tables.flatMap((table) => [...table.items]));
  page.flow = page.flow.filter((flow) => !flow.pdf.items.some((item) => taken.has(item)));
  const ends = page.flow.every((flow) => flow.pdf.y < last.top || flow.pdf === last.trailing) && page.tables.every(({ table }) => table.top < last.top);
  append(page.tables, tables.map((table) => ({ table, rowLines: rowLines(table, page.lineOf) })));
  return ends ? last : null;
}

/** Whether a page opens with a table in these columns: a table running on from the page before. */
function opensWithTable(page: LaidPage, columns: readonly number[]): boolean {
  const first = page.tables.reduce<PdfTable | null>((top, { table }) => (top && top.top <= table.top ? top : table), null);
  return first !== null && sameColumns(first.columns, columns) && page.flow.every((flow) => flow.pdf.y > first.top);
}

/** The line that ended a page below its table taken into the table as a section row: the next page carries the table on. */
function takeSection(page: LaidPage, table: UnruledTable): void {
  const flow = page.flow.find((each) => each.pdf === table.trailing);
  const laid = page.tables.find((each) => each.table === table);
  if (!flow || !laid) return;
  page.flow = page.flow.filter((each) => each !== flow);
  table.rows.push(sectionRow(flow.pdf, table.runOn.header.cells.length));
  table.rowItems.push(flow.pdf.items[0] ?? null);
  for (const item of flow.pdf.items) table.items.add(item);
  laid.rowLines.push(flow.line);
}

/** Each row's source line: the line of its first run, else the row above's. */
function rowLines(table: PdfTable, lineOf: ReadonlyMap<PdfItem, number>): number[] {
  const lines: number[] = [];
  for (const item of table.rowItems) lines.push((item && lineOf.get(item)) ?? lines[lines.length - 1] ?? 0);
  const first = lines.find((line) => line > 0) ?? 0;
  return lines.map((line) => line || first);
}

/** The body's left edge (the commonest start), right edge (the rightmost end) and line pitch (the commonest distance between baselines). */
function findMargins(lines: readonly PdfLine[]): Margins {
  const commonest = (values: number[]): number => {
    const counts = new Map<number, number>();
    for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  };
  const pitches = lines.slice(1).map((line, i) => line.y - lines[i]!.y).filter((gap) => gap > 0);
  const left = commonest(lines.map((line) => line.x));
  // numbered lines (not bars, not 附件 labels), indented or at the margin
  const numbered = lines.filter((line) => OPENS_PARAGRAPH.test(line.text) && !/^(?:附|[|｜])/.test(line.text));
  const indented = numbered.filter((line) => isIndented(line, left)).length;
  return { left, right: Math.max(0, ...lines.map((line) => line.right)), pitch: commonest(pitches) || 1, indentsParagraphs: indented >= 3 && indented >= 4 * (numbered.length - indented) };
}

function isIndented(line: PdfLine, left: number): boolean {
  return line.x > left + line.size * 1.5;
}

/**
 * Lines into paragraphs: a line that reaches the right margin wraps on into the next, unless the
 * next opens with a task marker, is indented, is set in another size or stands after a blank;
 * a table ends the paragraph before it.
 */
function joinParagraphs(pages: readonly LaidPage[], margins: Margins): { lines: SourceLine[]; tables: TableGrid[] } {
  const lines: SourceLine[] = [];
  const tables: TableGrid[] = [];
  let paragraph: { text: string; line: number; last: PdfLine; page: number } | null = null;
  let open: { grid: TableGrid; columns: number[]; page: number } | null = null;
  const flush = (): void => {
    if (paragraph) lines.push(makeLine(paragraph.text, paragraph.line));
    paragraph = null;
  };
  pages.forEach((page, index) => {
    const elements = [
      ...page.flow.map((flow) => ({ y: flow.pdf.y, flow, table: null })),
      ...page.tables.map((table) => ({ y: table.table.top, flow: null, table })),
    ].sort((a, b) => a.y - b.y);
    elements.forEach((element, position) => {
      if (element.flow) {
        const { pdf, line } = element.flow;
        if (paragraph && continues(paragraph.last, pdf, paragraph.page === index, margins)) {
          // the line before, not the paragraph so far: a paragraph of thousands of lines is read once
          paragraph.text += joiner(paragraph.last.text, pdf.text) + pdf.text;
          paragraph.last = pdf;
        } else {
          flush();
          paragraph = { text: pdf.text, line, last: pdf, page: index };
        }
        open = null;
        return;
      }
      const { table, rowLines } = element.table!;
      flush();
      // a table that ended its page and starts the next at the same columns runs on
      if (open && open.page === index - 1 && position === 0 && sameColumns(open.columns, table.columns)) {
        continueGrid(open.grid, table.rows, rowLines);
      } else if (!table.rows.slice(0, 3).some((row) => isHeaderRow(row.map((cell) => cell.text)))) {
        // no table reader reads a grid without a header (nor a page of a table whose columns moved): its text is kept as lines
        table.rows.forEach((row, r) => {
          const text = rowText(row);
          if (text.trim() !== '') lines.push(makeLine(text, rowLines[r] ?? 0));
        });
        open = null;
        return;
      } else {
        const grid: TableGrid = { rows: table.rows, at: lines.length, line: rowLines[0] ?? 0, rowLines: [...rowLines] };
        tables.push(grid);
        open = { grid, columns: table.columns, page: index };
      }
      if (position < elements.length - 1) open = null;
      else open.page = index;
    });
  });
  flush();
  return { lines, tables };
}

/** Whether `next` carries on the paragraph that `last` ended. */
function continues(last: PdfLine, next: PdfLine, samePage: boolean, margins: Margins): boolean {
  if (last.right < margins.right - last.size * 1.2) return false;
  if (isIndented(next, margins.left)) return false;
  // `…2024年建设教师周转房` / `（2）期工程500套。`: where numbered paragraphs are indented, one at the margin is no paragraph
  if (OPENS_PARAGRAPH.test(next.text) && (!margins.indentsParagraphs || /^[|｜]/.test(next.text))) return false;
  // a 文号 alone under a notice's title as wide as the page (绵阳 probe round 56: `绵府办函〔2025〕19号`) is no part of it
  if (next.text.length <= 30 && DOC_NUMBER.test(next.text)) return false;
  if (Math.abs(next.size - last.size) > 0.5) return false;
  return !samePage || next.y - last.y <= margins.pitch * 1.6;
}

/**
 * The rows of a table's next page added to its grid: its header dropped where the page repeats
 * it, and a first row without a 序号 — the rest of a row the page break cut, its 序号 on the page
 * before (Word lets a row break across pages) — joined to the row above.
 */
function continueGrid(grid: TableGrid, rows: readonly TableCell[][], rowLines: readonly number[]): void {
  const headerAt = grid.rows.slice(0, 3).findIndex((row) => isHeaderRow(row.map((cell) => cell.text)));
  const header = headerAt >= 0 ? grid.rows[headerAt] : undefined;
  // the header's rows the page repeats, one or two (牵头单位 | 配合单位 under 责任单位)
  const repeated = grid.rows.slice(0, headerAt >= 0 ? headerAt + 2 : 1);
  let from = 0;
  while (from < rows.length && from < 3 && repeated.some((row) => sameTexts(rows[from], row))) from++;
  const no = header ? header.findIndex((cell) => columnKind(cell.text) === 'no') : -1;
  const [last, first] = [grid.rows[grid.rows.length - 1]!, rows[from]];
  const cut = no >= 0 && first !== undefined && !repeated.includes(last) && first[no]!.text === '' && last[no]!.text !== '' && !isSection(last) && !isSection(first);
  if (cut) grid.rows[grid.rows.length - 1] = last.map((cell, c) => (cell.fromLeft || first[c]!.fromLeft || first[c]!.text === '' ? cell : { ...cell, text: cell.text + cutJoiner(cell.text, first[c]!.text) + first[c]!.text }));
  const added = rows.slice(from + (cut ? 1 : 0));
  if (header) carryMergedLead(grid.rows[grid.rows.length - 1]!, added, repeated);
  append(grid.rows, added);
  append(grid.rowLines!, rowLines.slice(from + (cut ? 1 : 0)));
}

// A field of its own opening the rest of a cell: `配合单位：县直各有关部门` under `牵头单位：县发展改革委`.
const OPENS_FIELD = /^[^\s:：,，、。;；]{2,8}[:：]/;

/** What joins the two parts of a cell a page break cut: a line break before a field of its own, else what joins wrapped lines. */
function cutJoiner(before: string, after: string): string {
  return OPENS_FIELD.test(after) ? '\n' : joiner(before, after);
}

/**
 * A 牵头单位 cell merged down rows that a page break parts prints its unit on the first page only:
 * where the page's last row had it from above, the next page's first rows with that cell empty have it too.
 */
function carryMergedLead(last: readonly TableCell[], added: TableCell[][], header: ReadonlyArray<readonly TableCell[]>): void {
  // named in the header's first row, or in a second under a merged 责任单位
  const lead = Math.max(-1, ...header.map((row) => row.findIndex((cell) => columnKind(cell.text) === 'lead')));
  const merged = last[lead];
  if (lead < 0 || !merged?.fromAbove || merged.text === '') return;
  for (let r = 0; r < added.length && added[r]![lead]?.text === '' && !isSection(added[r]!); r++) {
    added[r] = added[r]!.map((cell, c) => (c === lead ? { ...cell, text: merged.text, fromAbove: true } : cell));
  }
}

/** A row whose one cell runs across the columns. */
function isSection(row: readonly TableCell[]): boolean {
  return row.length > 1 && row.slice(1).every((cell) => cell.fromLeft);
}

/** A grid row as a line: its cells parted by tabs, a merged cell's text once, a line break in a cell a space. */
function rowText(row: ReadonlyArray<{ text: string; fromAbove: boolean; fromLeft: boolean }>): string {
  return row.filter((cell) => !cell.fromLeft).map((cell) => (cell.fromAbove ? '' : cell.text.replace(/\n/g, ' '))).join('\t');
}

function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 3);
}

function sameTexts(a: ReadonlyArray<{ text: string }> | undefined, b: ReadonlyArray<{ text: string }> | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((cell, i) => cell.text === b[i]!.text);
}
