/**
 * Tables flattened into text: one cell per line (the jilin plan's 附表), cells between `|` lines
 * (the Yanbian plan's 附件2), `|`-separated rows, or tab- and space-separated rows.
 */
import { append } from '../collections.js';
import { parseRecords } from '../readers/delimited.js';
import { cellText } from '../readers/sheet-grid.js';
import { foldLine, removeStraySpaces, type SourceLine } from '../readers/text.js';
import { DATE_LINE, isJunkLine, looksLikeIssuer } from './layout.js';
import { type ColumnKind, columnKind, isBorderLine, isHeaderKinds, isHeaderRow, isUnitKind, splitRowFields } from './table-header.js';
import { NoteCache } from './responsibility-note.js';
import { endsLikeOrganization, namesItsPlace } from './units.js';
import { cellNoteContent, DEADLINE_CELL, endsMidSentence, FIGURE, isSectionCell, lastName, namesUnits, type RawRow, type RawTable, readsAsUnits, SAME_AS_ABOVE, TOTAL_ROW } from './tables.js';

/** Lines a cell of a row-per-line table may wrap onto before the table counts as ended. */
const MAX_WRAPPED_LINES = 3;
/** Lines a cell of a table a PDF copied as space-aligned text may wrap onto: a narrow task column runs to ten. */
const MAX_SPACED_WRAPS = 12;
/** Sections standing one under another before a row (一、 / (一) / 第一部分). */
const MAX_SECTION_DEPTH = 3;
/** Lines a quoted cell (Excel's copy of a cell with line breaks) may run over; an unclosed quote is text. */
const MAX_QUOTED_LINES = 20;
/** A note under a table, on a line of its own with no cell separator: `注：…`, `备注：…`, `说明：…`. */
/** Whether the line at `k` of a table's lines, holding `cell` alone, is a signature: a date, or an office over one. */
function signsTable(content: readonly SourceLine[], k: number, cell: string): boolean {
  if (DATE_LINE.test(cell)) return true;
  const next = content[k + 1];
  return next !== undefined && DATE_LINE.test(next.text) && looksLikeIssuer(cell);
}

const FOOTNOTE = /^\s*(?:注|备注|说明)(?:\s*\d+)?\s*[:：][^\t|｜]*$/;
/** The unit a table's figures are in, on a line of its own above it: `单位：万元`, `金额单位：亿元`. */
export const MEASURED_IN = /^(?:金额|计量|资金|投资)?单位[:：]\s*[^\s,，。;；]{0,4}(?:元|亩|米|吨|个|人|公里|%)\s*$/;
const ROW_SEPARATOR = /\t|[|｜].*[|｜]| {2,}|\u3000/;

interface Cell {
  text: string;
  line: number;
  /** A blank line stands before it: in a table written a cell a line, maybe a cell left empty. */
  gapBefore?: boolean;
  /** Its line's width as printed, for a cell that is one line. */
  width?: number;
}

/**
 * Reads lines [start, end) as a table, or returns null when they do not start with a header.
 *
 *     > | 序号
 *     > | 重点工作
 *     > | 责任部门
 *     > | 1
 *     > | （一）推进产业项目建设，提升造血能力
 *     > | 推进园区与镇区基础设施共建共享……
 *     > | 市、县级党委、政府；省住房城乡建设厅、省商务厅、省文化和旅游厅按职责分工负责
 */
export function readTextTable(lines: readonly SourceLine[], start: number, end: number, heading: string | null, notes: NoteCache = new NoteCache()): RawTable | null {
  const title = heading === null ? null : withoutHeadingMarks(heading);
  const content = lines.slice(start, end).filter((line) => line.text.length > 0 && !isJunkLine(line.text));
  // `单位：万元` between a project list's title and its header (攸县 probe round 42): what its figures count in
  while (content.length > 0 && MEASURED_IN.test(content[0]!.text)) content.shift();
  if (content.length === 0) return null;
  if (content.filter((line) => isBarLine(line.text)).length >= 3) {
    // every cell is closed by a | line; what follows the last one is no longer the table
    const lastBar = content.findLastIndex((line) => isBarLine(line.text));
    const table = sequenceTable(pipeCells(content.slice(0, lastBar + 1)), title, notes);
    const after = content[lastBar + 1];
    return table && after && table.endLine == null ? { ...table, endLine: after.line } : table;
  }
  // a row is a line with separators inside it (indentation does not count)
  const rowed = content.filter((line) => ROW_SEPARATOR.test(line.raw.trim()) && splitRowFields(line.raw).length >= 2);
  if (rowed.length >= 2) return rowTable(content, title, notes);
  return sequenceTable(content.map((line, i) => ({ text: line.text, line: line.line, gapBefore: i > 0 && line.line - content[i - 1]!.line > 1, width: displayWidth(line.raw.trim()) })), title, notes);
}

/** Rows of a table a part's lines must hold, a tab or two bars in each, before the part counts as one unread. */
const MIN_UNREAD_ROWS = 3;

/**
 * The line of the first row of a table written in text that was not read as a responsibility
 * table, its header naming no column we know (通渭 probe round 67: `序号⇥项目名称⇥…⇥项目指导方`): at least
 * three rows of tab- or bar-separated cells; null where the lines hold none. Its rows stay text.
 */
export function unreadTableLine(lines: readonly SourceLine[], start: number, end: number): number | null {
  let first: number | null = null;
  let rows = 0;
  for (let i = start; i < end; i++) {
    const raw = lines[i]!.raw;
    if (!raw.includes('\t') && !/[|｜].*[|｜].*[|｜]/.test(raw)) continue;
    if (splitRowFields(raw).filter((field) => field.trim() !== '').length < 2) continue;
    first ??= lines[i]!.line;
    if (++rows >= MIN_UNREAD_ROWS) return first;
  }
  return null;
}

/**
 * A title without the `#` marks a Markdown heading opens with (会昌, probe round 12).
 *
 *     > | ## 会昌县2024年农产品冷链物流体系建设重点任务清单
 *         ^^^
 */
function withoutHeadingMarks(title: string): string | null {
  if (title[0] !== '#') return title;
  const text = title.replace(/^#{1,6}\s*/, '');
  return text === '' ? null : text;
}

/** A line that closes a cell: `|` alone. Compared, not matched: every line of a table is asked. */
function isBarLine(text: string): boolean {
  return text === '|' || text === '｜';
}

/** Cells between `|` lines; a cell may run over several lines. */
function pipeCells(content: readonly SourceLine[]): Cell[] {
  const cells: Cell[] = [];
  let current: Cell | null = null;
  for (const line of content) {
    if (isBarLine(line.text)) {
      if (current) cells.push(current);
      current = null;
    } else if (current) {
      current.text += line.text;
    } else {
      current = { text: line.text, line: line.line };
    }
  }
  if (current) cells.push(current);
  return cells;
}

/**
 * A sequence of cells: the header is the leading cells that name columns; a row starts at the
 * next 序号 in sequence (1, 2, 3 …), which keeps a unit cell wrapped over two lines in its row.
 */
/** The Chinese number of a category row, a cell of its own: `一`, `二`. */
const CATEGORY_NUMBER = /^[一二三四五六七八九十]{1,3}$/;

/**
 * A category row written a cell a line: its Chinese number, its name, its figures (subtotals), up
 * to the next row's 序号 (the one expected, or 1). Its text is the section, `一、产业发展类（2个）`; `end` the row's cell.
 */
function categoryRow(cells: readonly Cell[], k: number, expected: number | null): { text: string; end: number } | null {
  const name = cells[k + 1]?.text ?? '';
  if (name.length < 2 || name.length > 24 || /[。;；]/.test(name) || FIGURE.test(name) || sequenceNumber(name) !== null) return null;
  let end = k + 2;
  // the subtotals up to the row's 序号 (`620` is a figure, not row 620)
  const opens = (text: string): boolean => sequenceNumber(text) === 1 || (expected !== null && sequenceNumber(text) === expected);
  while (end < cells.length && end < k + 8 && FIGURE.test(cells[end]!.text) && !opens(cells[end]!.text)) end++;
  const next = end < cells.length ? sequenceNumber(cells[end]!.text) : null;
  return next !== null && (next === 1 || next === expected) ? { text: `${cells[k]!.text}、${name}`, end } : null;
}

/** Header cells a table written a cell a line may have. */
const MAX_HEADER_CELLS = 16;
/** The longest header cell we do not know that stands between ones we do (`建设内容及规模`, `2024年计划投资`). */
const MAX_UNKNOWN_HEADER = 10;

/**
 * The kinds of a table's header cells, one a line: the cells up to the last we know, those between
 * that we do not (a project list's `建设内容及规模`, `总投资`, `建设起止年限`, 攸县 probe round 42) short
 * words that open no row, each a column of its own.
 */
function headerKinds(cells: readonly Cell[]): ColumnKind[] {
  const kinds: Array<ColumnKind | null> = [];
  let known = 0;
  for (let k = 0; k < cells.length && k < MAX_HEADER_CELLS; k++) {
    const text = cells[k]!.text;
    // a row's number, a section (`一、产业项目（4个）`) or a total (`合计（10个）`) is below the header
    if (k > 0 && (sequenceNumber(text) !== null || isSectionCell(text) || TOTAL_ROW.test(text))) break;
    const kind = columnKind(text);
    if (kind === null && (k === 0 || text.length > MAX_UNKNOWN_HEADER || FIGURE.test(text) || /[。，,;；:：、]/.test(text))) break;
    kinds.push(kind);
    if (kind !== null) known = kinds.length;
  }
  return kinds.slice(0, known).map((kind) => kind ?? 'other');
}

function sequenceTable(cells: readonly Cell[], title: string | null, notes: NoteCache): RawTable | null {
  const kinds = headerKinds(cells);
  const headerLength = kinds.length;
  const { header, kinds: columns } = spreadMergedHeader(cells.slice(0, headerLength).map((cell) => cell.text), kinds);
  if (!isHeaderKinds(columns)) return null;
  // a row holds its columns, a section cell and a wrapped cell or two; more means the table ended
  const maxCells = header.length * 2 + 2;
  // after its units a row has only the columns that follow the unit columns (完成时限, 备注 …)
  const lastUnitColumn = Math.max(columns.lastIndexOf('lead'), columns.lastIndexOf('responsible'), columns.lastIndexOf('support'));
  const afterUnits = lastUnitColumn < 0 ? header.length : header.length - 1 - lastUnitColumn;
  // the cells before the first unit column are text, whatever they say (岳西 整改清单, probe round 26: `结存资金全部收回`)
  const firstUnitColumn = columns.findIndex(isUnitKind);
  const rows: RawRow[] = [];
  // where a row's cells had a blank line before them
  const gaps = new Map<RawRow, number[]>();
  // the width of each cell's line, where lines have one
  const widths = new Map<RawRow, number[]>();
  const wrapWidths = wrapWidthsOf(cells.slice(headerLength));
  const table = (endLine: number | null): RawTable => ({ title, line: cells[0]!.line, header, rows: withEmptyCells(joinWrappedLines(rows, widths, wrapWidths, header.length, gaps), gaps, header.length), aligned: false, endLine });
  const open = (cell: Cell): void => {
    const row = { cells: [cell.text], line: cell.line };
    rows.push(row);
    widths.set(row, [cell.width ?? 0]);
  };
  let expected: number | null = null;
  let sinceUnits = -1; // cells since the row's unit cell, -1 before it
  // a section may restart the numbering: (一) 1 2, (二) 1 2
  const startsRow = (number: number | null, afterSection: boolean): boolean => number !== null && (expected === null || number === expected || (afterSection && number === 1));
  // a section cell stands before the 序号 of a row, or before a section one level down (一、 then (一))
  const opensSection = (k: number, depth = 0): boolean => {
    const [text, next] = [cells[k]!.text, cells[k + 1]?.text ?? ''];
    if (!isSectionCell(text)) return false;
    return startsRow(sequenceNumber(next), true) || (depth < MAX_SECTION_DEPTH && isSectionCell(next) && next[0] !== text[0] && opensSection(k + 1, depth + 1));
  };
  // the header again where a page broke the table (江西 probe round 33, a PDF copied as text): the table goes on
  const repeatsHeader = (k: number): boolean => k + headerLength <= cells.length && cells.slice(0, headerLength).every((head, j) => cells[k + j]!.text === head.text);
  for (let k = headerLength; k < cells.length; k++) {
    if (rows.length > 0 && repeatsHeader(k)) {
      k += headerLength - 1;
      continue;
    }
    const cell = cells[k]!;
    // `一` / `产业发展类（2个）` / `1350` / `620` before row 1: a category row flattened a cell a line, its subtotals with it (大瑶 probe round 46)
    const category = CATEGORY_NUMBER.test(cell.text) ? categoryRow(cells, k, expected) : null;
    if (category) {
      open({ ...cell, text: category.text });
      sinceUnits = -1;
      k = category.end - 1;
      continue;
    }
    const number = sequenceNumber(cell.text);
    const afterSection = rows.length > 0 && rows[rows.length - 1]!.cells.length === 1 && isSectionCell(rows[rows.length - 1]!.cells[0]!);
    if (startsRow(number, afterSection)) {
      open(cell);
      expected = number! + 1;
      sinceUnits = -1;
    } else if (opensSection(k)) {
      // a section standing before the 序号 of the row it opens (一、政务服务 / 1 / …): a row of its own
      open(cell);
      sinceUnits = -1;
    } else if (rows.length > 0) {
      const row = rows[rows.length - 1]!;
      // a heading of the body after a row with all its cells (`三、工作要求`, 信阳 probe round 44): the table has ended
      if (row.cells.length >= header.length && isSectionCell(cell.text) && /^[一二三四五六七八九十]+、/.test(cell.text)) return table(cell.line);
      // `/`, `—`, `无` in a unit column: the row names no unit there, and goes on (霍山 probe round 21)
      const none = sinceUnits >= 0 && NO_UNIT_CELL.test(cell.text);
      // `同上` in a unit column: the row above's units (平江 probe round 42), a unit cell all the same
      const same = sinceUnits >= 0 && SAME_AS_ABOVE.test(cell.text);
      // a line that goes on with the one before it (a PDF wrapped it) is no cell of its own: it ends no table
      const wrapped = goesOn(row.cells[row.cells.length - 1]!, widths.get(row)!.at(-1)!, cell.text, wrapWidths);
      // a unit cell whose last name the next line completes (江西 probe round 63: `省住房城乡建设` / `厅、省公安厅`)
      const next = cells[k + 1];
      const completed = (text: string): boolean => next !== undefined && goesOn(text, cell.width ?? 0, next.text, wrapWidths) && isUnitList(text + next.text, notes);
      const units = !wrapped && row.cells.length > 1 && row.cells.length >= firstUnitColumn && (none || same || (!(sinceUnits < 0 && endsMidSentence(row.cells[row.cells.length - 1]!)) && (isUnitList(cell.text, notes) || completed(cell.text))));
      if (sinceUnits >= 0 && !units && !wrapped) sinceUnits++;
      else if (units && sinceUnits < 0) sinceUnits = 0;
      if (row.cells.length >= maxCells || sinceUnits > afterUnits) return table(cell.line);
      if (cell.gapBefore) gaps.set(row, [...(gaps.get(row) ?? []), row.cells.length]);
      row.cells.push(none ? '' : cell.text);
      widths.get(row)!.push(cell.width ?? 0);
    }
  }
  return table(null);
}

/**
 * Lines a PDF wrapped, joined where a row has more lines than columns (江西 probe round 33, 德州 34),
 * each where it goes on in the next ({@link goesOn}). A width three lines or more of the table share
 * is a column's; a line that wide whose last name is none (`…每个县城至`, `…省能源局、国网`) goes on,
 * unless the next opens with a place, as a unit cell does (`加快县城公共停车场和充电设施建设` / `省住房城乡建设厅、…`):
 *
 *     > | 建设县城养老服务设施，每个县城至 / 少建成1个县级失能照护机构
 *     > | 省住房城乡建设厅、省能源局、国网 / 江西省电力有限公司
 *
 * A row with a line a column leaves as it is.
 */
function joinWrappedLines(rows: RawRow[], widths: ReadonlyMap<RawRow, number[]>, wrapWidths: ReadonlySet<number>, columns: number, gaps: Map<RawRow, number[]>): RawRow[] {
  for (const row of rows) {
    const [cells, lineWidths] = [row.cells, [...widths.get(row)!]];
    // a blank line is an empty cell (浏阳 probe round 61: `…国网浏阳市供电公` / `司` / (blank) / `2024年7月底`, the 责任人 left empty)
    const blanks = gaps.get(row);
    // a section's cell stands in a row besides its columns
    const surplus = (): number => cells.length + (blanks?.length ?? 0) - cells.filter(isSectionCell).length - columns;
    for (let i = 0; i + 1 < cells.length && surplus() > 0; ) {
      // a list of units broken after its 、 (`攸县高新区管委会、` / `县应急管理局`, 攸县 probe round 42) in a row with a cell too many
      const brokenList = cells[i]!.endsWith('、') && isListedName(lastName(cells[i]!.slice(0, -1))) && isListedName(cells[i + 1]!.split(/[、,，;；]/)[0]!);
      if (brokenList || goesOn(cells[i]!, lineWidths[i]!, cells[i + 1]!, wrapWidths)) {
        cells.splice(i, 2, cells[i]! + cells[i + 1]!);
        // a line's own width, not its cell's: a cell wrapped twice is as wide as its last line
        lineWidths.splice(i, 2, lineWidths[i + 1]!);
        if (blanks) for (let b = 0; b < blanks.length; b++) if (blanks[b]! > i) blanks[b]!--;
      } else {
        i++;
      }
    }
  }
  return rows;
}

/** The widths a table's lines wrap at: three lines or more share one, and few lines exceed it (lines of any length share some by chance). */
function wrapWidthsOf(cells: readonly Cell[]): ReadonlySet<number> {
  const seen = new Map<number, number>();
  for (const cell of cells) if ((cell.width ?? 0) >= MIN_WRAP_WIDTH) seen.set(cell.width!, (seen.get(cell.width!) ?? 0) + 1);
  // widest first, counting the lines wider than each as it goes
  const wrapWidths = new Set<number>();
  let wider = 0;
  for (const [width, count] of [...seen].sort((a, b) => b[0] - a[0])) {
    if (count >= MIN_WRAPPED_AT_WIDTH && wider * 2 <= count) wrapWidths.add(width);
    wider += count;
  }
  return wrapWidths;
}

/**
 * Whether a line goes on in the next: a unit's name broken off, completed by a few characters or its
 * places in brackets; a date broken before its month or day (`2025年12` / `月底`, `2025年6月` / `底`,
 * 德州 probe round 34); or a line as wide as a column wraps at, its last name none, the next opening
 * no unit cell (a place), no row, no deadline.
 */
function goesOn(line: string, width: number, next: string, wrapWidths: ReadonlySet<number>): boolean {
  if (/[。;；、,，]$/.test(line) || sequenceNumber(line) !== null || isSectionCell(line)) return false;
  // one character alone is no cell (`加强农产品流通设施建` / `设`), a mark or 无 aside
  if (/^[\u4e00-\u9fa5]$/.test(next) && !/[无是否有]/.test(next)) return true;
  // a unit's name broken off (`市商务局、市供销` / `社`, `…、团` / `市委`, `…、各县` / `（市、区）人民政府`), whatever
  // the width; but no text before a unit cell (`改造提升县城商业设施` / `市商务局`): a name whole is a cell of its own
  const last = lastName(line);
  if (last.length === 1 || (last !== '' && !endsLikeOrganization(last))) {
    const first = next.slice(0, Math.max(0, next.search(/[、,，;；]|$/)));
    if (last.length <= 8 && first.length <= 4 && (last.length === 1 || first.length === 1 || !endsLikeOrganization(first)) && endsLikeOrganization(last + first)) return true;
    if (/[县市区镇乡]$/.test(last) && /^[(（][^()（）]{1,8}[)）]/.test(next)) return true;
  }
  if (/[\d年月]$/.test(line) && next !== '' && /^(?:\d{0,2}[月日])?(?:底|末|中旬|上旬|下旬)?(?:前|以前)?(?:完成)?$/.test(next) && DEADLINE_CELL.test(line + next)) return true;
  return wrapWidths.has(width) && !isSectionCell(next) && !endsLikeOrganization(last) &&
    !namesItsPlace(next) && sequenceNumber(next) === null && !DEADLINE_CELL.test(next) && !NO_UNIT_CELL.test(next);
}

/** A name a unit cell lists: an organization's, or a township's (`酒埠江镇、` / `丫江桥镇`). */
function isListedName(name: string): boolean {
  return endsLikeOrganization(name) || /(?:镇|乡|街道|社区)$/.test(name);
}

/** How many lines must be as wide for a width to be a column's, and the least such width. */
const MIN_WRAPPED_AT_WIDTH = 3;
const MIN_WRAP_WIDTH = 16;

/**
 * A row one cell short of the header with one blank line among its cells: the blank line is the
 * cell left empty (钦州 probe round 27: no 牵头单位, the 责任单位 and 配合单位 in their columns).
 */
function withEmptyCells(rows: RawRow[], gaps: ReadonlyMap<RawRow, number[]>, columns: number): RawRow[] {
  for (const [row, at] of gaps) if (at.length === 1 && row.cells.length === columns - 1) row.cells.splice(at[0]!, 0, '');
  return rows;
}

/**
 * A two-row header flattened one cell per line: the first row's cells, then the names the merged
 * unit cell spans (接山 probe round 27). The header becomes the one the rows follow, `kinds` with it.
 *
 *     > | 序号 / 重点任务 / 创建内容 / 责任单位 / 完成时限 / 牵头 / 配合
 *     → 序号 | 重点任务 | 创建内容 | 牵头 | 配合 | 完成时限
 */
function spreadMergedHeader(header: string[], kinds: ColumnKind[]): { header: string[]; kinds: ColumnKind[] } {
  let subs = 0;
  while (subs < kinds.length && isUnitKind(kinds[kinds.length - 1 - subs])) subs++;
  const first = kinds.length - subs;
  const parent = kinds.findIndex(isUnitKind);
  // the names under it follow a column that is no unit's, after the merged cell
  if (subs < 2 || parent < 0 || parent >= first - 1 || kinds.slice(parent + 1, first).some(isUnitKind)) return { header, kinds };
  const spread = <T>(cells: readonly T[]): T[] => [...cells.slice(0, parent), ...cells.slice(first), ...cells.slice(parent + 1, first)];
  return { header: spread(header), kinds: spread(kinds) };
}

/** A cell that says a column has nothing for the row: `/`, `—`, `-`, `无`. */
const NO_UNIT_CELL = /^(?:[\/／\\—―–-]{1,2}|无)$/;

/** The 序号 a cell holds (`12`), or null. */
function sequenceNumber(text: string): number | null {
  // most cells are text: their length says so before a pattern runs
  return text.length <= 3 && /^\d{1,3}$/.test(text) ? Number(text) : null;
}

/** A short cell that reads as a unit list: `市、县级党委、政府；省住房城乡建设厅`. */
function isUnitList(text: string, notes: NoteCache): boolean {
  return text.length <= 150 && !text.includes('。') && readsAsUnits(cellNoteContent(text), notes);
}

/** One line a row (`|`- or tab-separated); a line with one field continues the row above. */
function rowTable(content: readonly SourceLine[], title: string | null, notes: NoteCache): RawTable | null {
  const headerAt = content.findIndex((line) => isHeaderRow(splitRowFields(line.raw)));
  if (headerAt < 0) return null;
  // word-extractor ends each row of a .doc's table with a tab: a line without one stops inside a cell
  const rowsEndWithTab = content[headerAt]!.raw.endsWith('\t');
  const namesUnit = (cell: string): boolean => namesUnits(cellNoteContent(cell), notes);
  // an ASCII box draws a border between the header's two rows: the names under the merged cell are on the line after it
  const subAt = isBorderLine(content[headerAt + 1]?.raw ?? '') ? headerAt + 2 : headerAt + 1;
  const sub = subHeaderLine(splitRowFields(content[headerAt]!.raw), content[subAt], rowsEndWithTab, namesUnit);
  const header = sub ?? splitRowFields(content[headerAt]!.raw);
  // the lines above the header may explain it: a matrix's legend (说明：★为牵头单位)
  const remarks = content.slice(0, headerAt).map((line) => line.text);
  // cells merged down the rows, which a copy leaves empty after the first: taken from the row above, as a grid's are
  const table = (endLine: number | null): RawTable => {
    const mergedDown = numbered || rowsEndWithTab ? fillMerged(rows, header) : null;
    return { title, line: content[headerAt]!.line, header, rows, aligned: true, endLine, remarks, ...(mergedDown ? { mergedDown } : {}) };
  };
  const numbered = columnKind(header[0] ?? '') === 'no';
  // columns set apart by spaces alone stand where the header's do (a PDF copied as text)
  const spaced = isSpaceAligned(content[headerAt]!.raw) ? { header: content[headerAt]!.raw, row: content[headerAt]!.raw } : null;
  const rows: RawRow[] = [];
  // a Markdown table's rows are each between bars: a line without one is the text after the table (建宁 probe round 33)
  const piped = /^\s*[|｜]/.test(content[headerAt]!.raw);
  const borderless = !piped && /[|｜]/.test(content[headerAt]!.raw) && !/[|｜]\s*$/.test(content[headerAt]!.raw);
  let wrapped = 0; // lines in a row that continue a cell: past a few, the table has ended
  for (let k = sub ? subAt + 1 : headerAt + 1; k < content.length; k++) {
    const line = content[k]!;
    // `+----+------+` between a box's rows
    if (isBorderLine(line.raw)) continue;
    if (piped && !line.raw.includes('|') && !line.raw.includes('｜')) return table(line.line);
    const quoted = quotedRecord(content, k);
    if (quoted) k = quoted.last;
    const fields = quoted?.cells ?? splitRowFields(line.raw, borderless);
    // a row of a table set out by spaces that leaves cells empty (merged above it where it was copied
    // from, 湘潭 probe round 48): each field in the column it stands under, not the next free one
    const cells = spaced && !quoted && fields.length >= 2 && fields.length < header.length && isSpaceAligned(line.raw) && !isIndented(line.raw) ? cellsByPlace(line.raw, spaced, header.length) : fields;
    // a paragraph break inside a .doc's cell ends the line: the next line goes on in that cell
    for (let raw = line.raw, more = 0; rowsEndWithTab && !quoted && raw.includes('\t') && !raw.endsWith('\t') && more < MAX_WRAPPED_LINES && k + 1 < content.length; more++) {
      raw = content[++k]!.raw;
      joinCellParagraph(cells, splitRowFields(raw));
    }
    // a Word table copied as text: a row short of the header's cells whose next line, opening with
    // no 序号, holds just the rest (`5	打造…	市文广新旅局` / `瑞金旅游发展集团有限公司	市委宣传部	2024年7月底前`)
    const next = !rowsEndWithTab && !quoted && numbered && cells.length > 1 && cells.length < header.length ? content[k + 1] : undefined;
    const rest = next && next.raw.includes('\t') ? splitRowFields(next.raw) : null;
    if (rest && rest[0] && !/^\d{1,3}$/.test(rest[0]) && cells.length + rest.length - 1 === header.length) {
      joinCellParagraph(cells, rest);
      k++;
    }
    const previous = rows[rows.length - 1];
    if (cells.every((cell) => /^[-:—\s]*$/.test(cell))) continue; // | --- | --- | under a Markdown header
    if (spaced && previous && numbered && isIndented(line.raw)) {
      // an indented line under a numbered row holds the cells that wrapped, each under its column; a
      // blank line before it ends the table (a paragraph after it, indented as paragraphs are)
      const last = content[k - 1]!;
      if (++wrapped > MAX_SPACED_WRAPS || line.line - last.line > 1) return table(line.line);
      for (const [column, text] of placeFields(line.raw, spaced, header.length)) previous.cells[column] = `${previous.cells[column] ?? ''}${text}`;
      continue;
    }
    if (spaced && isSpaceAligned(line.raw)) spaced.row = line.raw;
    const filled = cells.flatMap((cell, i) => (cell ? [i] : []));
    // `	合计	…	80.6	27.5` with no 序号 (沂水 probe round 42): the totals are no cells of the row above
    if (filled.length > 0 && TOTAL_ROW.test(cells[filled[0]!]!)) continue;
    if (filled.length === 1 && filled[0] === 0 && isSectionCell(cells[0]!) && opensRow(content, k + 1, numbered, cells[0]!)) {
      // `二、推动产业数字化` (trailing tabs or none), `| 二、教育卫生 | | |`: a section row, not a wrapped cell
      rows.push({ cells, line: line.line });
      wrapped = 0;
      continue;
    }
    if (filled.length === 1 && previous && ++wrapped > MAX_WRAPPED_LINES) {
      return table(line.line);
    }
    // `注：责任领导为县政府分管领导…` under the rows, no cell of them (会昌, probe round 12)
    if (filled.length === 1 && previous && FOOTNOTE.test(line.raw)) return table(line.line);
    // the signature under the rows, an office over the date (天子湖 probe round 56: `天子湖镇人民政府` / `2025年2月17日`): no cell of them
    if (filled.length === 1 && previous && signsTable(content, k, cells[filled[0]!]!)) return table(line.line);
    if (numbered && previous && filled.length >= 2 && filled[0] !== 0 && /^\d{1,3}$/.test(previous.cells[0] ?? '') && fillsRowAbove(cells, previous.cells)) {
      // `	开展瓶装液化石油气…专项行动。	同上	区市场监管局、…	2024年9月底前`: every cell the row above fills, filled
      // again: a row of its own, under the 序号 merged down to it
      rows.push({ cells: [previous.cells[0]!, ...cells.slice(1)], line: line.line });
      wrapped = 0;
      continue;
    }
    if (numbered && previous && filled.length >= 2 && filled[0] !== 0 && /^\d{1,3}$/.test(previous.cells[0] ?? '')) {
      // `|   | 争创国家5A级旅游景区1个 |  | 东风韵景区管理有限公司 |`: no 序号 under a numbered row, its cells wrapped, each in its
      // column (rows numbered by Word, whose numbers a .doc loses, have none above them either)
      if (++wrapped > MAX_WRAPPED_LINES) return table(line.line);
      for (const i of filled) previous.cells[i] = joinWrapped(previous.cells[i] ?? '', cells[i]!, columnKind(header[i] ?? ''));
      continue;
    }
    if (filled.length !== 1) wrapped = 0;
    if (filled.length === 1 && previous) {
      // a cell's text wrapped onto a line of its own, standing in its column (or the last one)
      const column = filled[0]! < previous.cells.length && filled[0]! > 0 ? filled[0]! : previous.cells.length - 1;
      const before = previous.cells[column] ?? '';
      previous.cells[column] = joinWrapped(before, cells[filled[0]!]!, columnKind(header[column] ?? ''));
    } else {
      rows.push({ cells, line: line.line });
    }
  }
  return table(null);
}

/** The fields of a space-aligned row in the columns they stand under, empty cells where none does. */
function cellsByPlace(raw: string, lines: { header: string; row: string }, columns: number): string[] {
  const cells = new Array<string>(columns).fill('');
  for (const [column, text] of placeFields(raw, lines, columns)) cells[column] = cells[column] ? `${cells[column]} ${text}` : text;
  return cells;
}

/**
 * Whether a line with no 序号 fills every cell the row above fills (text, units, deadline): a row
 * of its own under a merged 序号. A line of wrapped cells leaves some empty (`|   | 争创国家5A级旅游景区1个 |  | 东风韵景区管理有限公司 |  |`).
 */
function fillsRowAbove(cells: readonly string[], above: readonly string[]): boolean {
  // a problem's second measure leaves the problem merged too (双沟 probe round 53: `		建立…跟踪机制。	镇党委副书记 孙某某	镇农业农村局	2025年6月底前`):
  // every cell from its first on
  let first = 1;
  while (first < cells.length && !cells[first]) first++;
  let filled = 0;
  for (let i = first; i < above.length; i++) {
    if (!above[i]) continue;
    if (!cells[i]) return false;
    filled++;
  }
  return filled >= 3;
}

/**
 * The columns a second header row names under a header cell merged across them, or null when the
 * next line is no such row. A .doc gives the merged cell once on the first line, the unit columns
 * (牵头单位, 配合单位) under it on the next; a sheet copied as text keeps the merged cell's other
 * places, empty, and the names under it may be units heading a matrix's columns.
 *
 *     > | 序号	重点任务	具体措施	责任单位	完成时限
 *     > | 			牵头单位	配合单位
 *     → 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限
 *     > | 序号	重点任务	责任单位		完成时限
 *     > | 		市文明办	市城管局
 *     → 序号 | 重点任务 | 市文明办 | 市城管局 | 完成时限
 */
function subHeaderLine(header: readonly string[], next: SourceLine | undefined, collapsed: boolean, namesUnit: (cell: string) => boolean): string[] | null {
  if (!next) return null;
  const cells = splitRowFields(next.raw);
  const named = cells.flatMap((cell, i) => (cell ? [i] : []));
  const at = named[0];
  if (at === undefined || named.length < 2 || named.some((i, n) => i !== at + n)) return null;
  if (!isUnitKind(columnKind(header[at] ?? ''))) return null;
  const unitColumns = named.every((i) => isUnitKind(columnKind(cells[i]!)));
  if (named.slice(1).every((i) => header[i] === '')) {
    return unitColumns || named.every((i) => namesUnit(cells[i]!)) ? header.map((cell, i) => cells[i] || cell) : null;
  }
  // the merged cell is one field of the header and as many of the line under it (a .doc, an ASCII box: 巫溪 probe round 27)
  const spread = collapsed || cells.length === header.length + named.length - 1;
  return spread && unitColumns ? [...header.slice(0, at), ...named.map((i) => cells[i]!), ...header.slice(at + 1)] : null;
}


/**
 * Cells merged down a table hold their text in the first row only, in a .doc and in a table copied
 * as text (四会 probe round 48: `2		规范户外广告…		市住房城乡建设局、…	2022年9月底前` under a row whose
 * 重点任务 and 牵头单位 span both): a row with its own units but no lead takes the lead of the row
 * above, and where a table has two text columns (重点任务 over 具体措施) an empty first one takes the
 * row above's. Both rows are marked as sharing the cell, as a grid's merged cells are, and the
 * columns where any cell was taken are returned (null where none was).
 */
function fillMerged(rows: RawRow[], header: readonly string[]): boolean[] | null {
  const kinds = header.map((cell) => columnKind(cell));
  const lead = kinds.indexOf('lead');
  const texts = kinds.flatMap((kind, i) => (kind === 'text' ? [i] : []));
  const unitColumns = kinds.flatMap((kind, i) => (kind === 'responsible' || kind === 'support' ? [i] : []));
  const mergedDown = header.map(() => false);
  const take = (row: RawRow, above: RawRow, column: number): void => {
    row.cells[column] = above.cells[column] ?? '';
    row.spans = spanning(row, column, header.length);
    above.spans = spanning(above, column, header.length);
    mergedDown[column] = true;
  };
  let above: RawRow | null = null;
  for (const row of rows) {
    if (row.cells.length < header.length - 1 || row.cells.filter(Boolean).length <= 1) {
      above = null; // a section row: nothing merges across it
      continue;
    }
    if (above && lead >= 0 && !row.cells[lead] && above.cells[lead] && unitColumns.some((i) => row.cells[i])) take(row, above, lead);
    if (above && texts.length >= 2 && !row.cells[texts[0]!] && above.cells[texts[0]!] && row.cells[texts[1]!]) take(row, above, texts[0]!);
    above = row;
  }
  return mergedDown.includes(true) ? mergedDown : null;
}

/** A row's spans with one more column shared with the row above or below. */
function spanning(row: RawRow, column: number, columns: number): boolean[] {
  const spans = row.spans ? [...row.spans] : new Array<boolean>(columns).fill(false);
  spans[column] = true;
  return spans;
}

/** A row's cells and the line its last cell's next paragraph opens: that paragraph joins the cell, the cells after it follow. */
function joinCellParagraph(cells: string[], next: readonly string[]): void {
  cells[cells.length - 1] = `${cells[cells.length - 1]}\n${next[0]}`;
  append(cells, next.slice(1));
}

/** A cell and its wrapped line: in a unit column a line is a unit (a Word cell's paragraphs: 州住建局 / 州商务局), unless the list broke after a 、. */
function joinWrapped(before: string, next: string, kind: ColumnKind | null): string {
  const joint = isUnitKind(kind) && before && !/[;；、,，]$/.test(before) ? '\n' : '';
  return `${before}${joint}${next}`;
}

/** A line whose fields are set apart by runs of spaces, with no tab or bar to part them. */
function isSpaceAligned(raw: string): boolean {
  return !raw.includes('\t') && !/[|｜]/.test(raw) && / {2,}|\u3000/.test(raw.trim());
}

/** A line that opens with spaces: under a numbered row, a line not opening with its number. */
function isIndented(raw: string): boolean {
  // spaces, as a copy of a PDF's columns puts them; a paragraph's first-line indent is ideographic
  return /^ {2,}/.test(raw) && raw.trim().length > 0;
}

/** A field of a space-aligned line and where it starts, counted in characters and in display width (a CJK character is two). */
interface PlacedField {
  text: string;
  chars: number;
  width: number;
}

function placedFields(raw: string): PlacedField[] {
  const fields: PlacedField[] = [];
  const parts = /[^ \u3000]+(?: [^ \u3000]+)*/g;
  // the width so far carried from field to field, not measured again from the line's start
  let [at, width] = [0, 0];
  for (let match = parts.exec(raw); match; match = parts.exec(raw)) {
    width += displayWidth(raw.slice(at, match.index));
    at = match.index;
    fields.push({ text: match[0], chars: match.index, width });
  }
  return fields;
}

/** Width as printed: a Chinese character or a full-width mark is two columns, an ASCII or half-width one one. */
function displayWidth(text: string): number {
  // by code unit, not by character: asked of every line a table written a cell a line may hold
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80 || (code >= 0xff61 && code <= 0xffdc)) width++;
    else if (code >= 0xdc00 && code <= 0xdfff) continue; // the second half of a character beyond the BMP, counted with its first
    else width += 2;
  }
  return width;
}

/**
 * The fields of a wrapped line, each given the column it stands under: the column whose start
 * on the row's first line (or the header's, where that line leaves a cell empty) is nearest. A PDF
 * copied as text aligns its columns by characters or by display width; the measure under which
 * the fields stand nearer their columns is the one the copy used.
 *
 *     > | 2     新建高标准农田12万亩，同步推进高效节水  刘志军     县农牧局        县财政局、县水利局、县自然资  2024年11月底
 *     > |       灌溉。                                       源局
 *               ^^^^^^ 工作任务                               ^^^^ 配合单位
 */
function placeFields(raw: string, lines: { header: string; row: string }, columns: number): Array<[number, string]> {
  const fields = placedFields(raw);
  const rowFields = placedFields(lines.row);
  const starts = rowFields.length === columns ? rowFields : placedFields(lines.header);
  const place = (measure: 'chars' | 'width'): { columns: number[]; distance: number } => {
    let distance = 0;
    const placed = fields.map((field) => {
      let best = 0;
      for (let c = 1; c < starts.length; c++) if (Math.abs(starts[c]![measure] - field[measure]) < Math.abs(starts[best]![measure] - field[measure])) best = c;
      distance += Math.abs(starts[best]![measure] - field[measure]);
      return best;
    });
    return { columns: placed, distance };
  };
  const [byChars, byWidth] = [place('chars'), place('width')];
  const chosen = byChars.distance <= byWidth.distance ? byChars : byWidth;
  return fields.map((field, i) => [Math.min(chosen.columns[i]!, columns - 1), removeStraySpaces(foldLine(field.text))]);
}

/**
 * A row as Excel copies it, its cells tab-separated and a cell holding a line break or a quote
 * quoted (`""` for a quote inside), read as a .tsv file is; null when the line quotes no cell or
 * its quote does not close within a few lines (a quote mark in the text, not Excel's).
 *
 *     > | 1	开办企业	"推行企业开办“一网通办”
 *     > | 企业开办时间压缩至0.5个工作日"	牵头:市市场监管局	2024年6月
 *                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ one cell over two lines
 */
function quotedRecord(content: readonly SourceLine[], k: number): { cells: string[]; last: number } | null {
  const first = content[k]!.raw;
  if (!/(?:^|\t)"/.test(first)) return null;
  let text = first;
  let quotes = 0;
  for (let j = k; j < content.length && j < k + MAX_QUOTED_LINES; j++) {
    if (j > k) text += `\n${content[j]!.raw}`;
    quotes += content[j]!.raw.split('"').length - 1;
    // every quoted cell holds an even number of quote marks: opening, closing, and doubled inside
    if (quotes % 2 !== 0) continue;
    const records = parseRecords(text, '\t');
    return records.length === 1 && records[0]!.fields.length >= 2 ? { cells: records[0]!.fields.map(cellText), last: j } : null;
  }
  return null;
}

/** Whether a line stands for a row of its own: two cells or more, or another section. */
function opensRow(content: readonly SourceLine[], k: number, numbered: boolean, section: string, depth = 0): boolean {
  const line = content[k];
  if (!line) return false;
  const fields = splitRowFields(line.raw);
  const cells = fields.filter((cell) => cell.length > 0);
  // a section under a section is one level down (一、 then (一)), and opens a row in its turn;
  // 一、… 二、… alone on their lines are a cell's paragraphs
  if (cells.length === 1) return depth < MAX_SECTION_DEPTH && isSectionCell(cells[0]!) && cells[0]![0] !== section[0] && opensRow(content, k + 1, numbered, cells[0]!, depth + 1);
  // under a 序号 column a row opens with its number or an empty cell; text there is a cell's next
  // paragraph (a .doc gives each paragraph of a cell a line: 一、… / 二、…	州住建局)
  // (its number may count within a section: 1-1, 2-3 (黄冈 督办台账, probe round 33), 1.2)
  return cells.length >= 2 && (!numbered || /^(?:\d{1,3}(?:[-.－]\d{1,3})?|)$/.test(fields[0]!));
}
