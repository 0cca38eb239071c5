/**
 * Appendix responsibility tables (责任清单, 任务分工表): rows of cells → table rows with units,
 * whether the table came as a grid (HTML, Word) or flattened into text lines.
 */
import type { Diagnostic, ResponsibilityTable, Role, RoleConvention, TableRow, UnitAssignment } from '../model/document.js';
import { applyConvention } from './build-tasks.js';
import { readDeadline } from './deadline.js';
import { type Matrix, markedRole, matrixColumns, readLegend, readMatrix } from './matrix.js';
import { NoteCache, type ParsedNote } from './responsibility-note.js';
import { NO_SPANS, NoteFinder, type NoteSpan } from './find-notes.js';
import { type ColumnKind, columnKind, columnRoles, isHeaderRow, isUnitKind } from './table-header.js';
import { endsLikeOrganization, type ListedUnit, unitKey, withoutUnitMark, writtenUnit } from './units.js';
import { withoutPersonBrackets } from './persons.js';
import { OFFICE_AND_DATE } from '../readers/page-furniture.js';
import { ROLE_WORD_MARK } from './note-labels.js';

/** A table before reading: a header (when found) and rows of cell texts. */
export interface RawTable {
  title: string | null;
  /** Source line of the table's start. */
  line: number;
  header: string[] | null;
  rows: RawRow[];
  /** Cells stand in their columns (a grid); otherwise they are classified by content. */
  aligned: boolean;
  /** Source line where text stopped being the table (prose after it), or null when it ran to the end. */
  endLine?: number | null;
  /** Texts standing above the table that may explain it: a legend (`说明：“★”为牵头单位，“●”为责任单位。`). */
  remarks?: string[];
  /** A table of numbered tasks with no unit column: each task's text holds its note (`推进…。（责任单位：…）`). */
  notesInText?: boolean;
  /** The columns a grid merges cells down in (rowspan, Word's vMerge, a workbook's merged range), by index. */
  mergedDown?: readonly boolean[];
}

export interface RawRow {
  cells: string[];
  line: number;
  /** Each cell's bold runs, where the reader kept them (HTML, Word): what a legend may give a role. */
  emphasized?: ReadonlyArray<readonly string[] | undefined>;
  /** The cells merged with the row above or below (rowspan, vMerge), where a grid's row has any. */
  spans?: readonly boolean[];
}

const SECTION = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[部分章节])\S{0,40}$/;

/**
 * A cell that names a section of the table, not a task: a heading, with no sentence in it.
 *
 *     > | 二、推动产业数字化
 *     > | (二)园区提质攻坚行动
 */
export function isSectionCell(text: string): boolean {
  return SECTION.test(text) && !/[。;；]/.test(text);
}
export const DEADLINE_CELL = /^(?:(?:19|20)\d{2}(?:年|[-—–~至]\s*(?:19|20)?\d{2}).{0,16}|长期(?:坚持)?|持续(?:推进|开展)?|常态化(?:开展|推进)?|每年.{0,10}|\d{1,2}月(?:底|末)?(?:前)?)$/;

interface ReadTableOptions {
  convention: RoleConvention | null;
  /** The role the document gives units set in bold or marked (`注：责任单位中加粗字体为牵头单位`, `标*的为牵头单位`), or null. */
  legend?: UnitLegend | null;
  /** The document's parsed notes, shared with the text-table reader that already read the cells. */
  notes?: NoteCache;
}

/**
 * Reads a raw table into a responsibility table: header by meaning, section rows carried down,
 * units parsed like notes with the column deciding the role.
 */
export function readTable(raw: RawTable, options: ReadTableOptions): ResponsibilityTable {
  // roles split a grid's unit cells; a text table's cells are told apart by content (readLooseRow)
  const roles = raw.header && raw.aligned ? raw.header.map(columnRoles) : [];
  const rows: TableRow[] = [];
  let section: string | null = null;
  // a unit cell is read twice (told from text, then read with its column's role): its content made and parsed once
  const notes = options.notes ?? new NoteCache();
  const contents = new Map<string, string>();
  const contentOf = (cell: string): string => {
    let content = contents.get(cell);
    if (content === undefined) contents.set(cell, (content = cellNoteContent(cell)));
    return content;
  };
  // a legend stands above the table, or in a row of its own across it (a 注 under the rows)
  const matrix = raw.header && raw.aligned ? readMatrix(raw.header, raw.rows.map((row) => row.cells), (cell) => namesUnits(contentOf(cell), notes), [...(raw.remarks ?? []), ...raw.rows.flatMap((row) => soleText(row.cells) ?? [])]) : null;
  const { kinds, groupsWhereMerged } = raw.header ? columnKinds(raw.header, matrix, raw.rows, raw.mergedDown ?? []) : { kinds: [], groupsWhereMerged: new Set<number>() };
  // a unit cell is a unit list, by its column or by what it holds: read as after a label, any short name counts
  // (a flattened row's cell was told from text by reading it as a cell: that reading stands where it names units)
  const readNote: NoteReader = raw.aligned
    ? (cell, role) => notes.parse(contentOf(cell), 'column', role)
    : (cell, role) => notes.parse(contentOf(cell), 'cell', role) ?? notes.parse(contentOf(cell), 'column', role);
  const isUnitCell = (cell: string): boolean => readsAsUnits(contentOf(cell), notes);
  // rows numbered 1, 2, 3 (or 1.1, 1.2 under 一, 会昌 probe round 12): a Chinese 序号 among them names a section
  const noColumn = kinds.indexOf('no');
  const numbered = noColumn >= 0 && raw.rows.some((row) => /^\d{1,3}(?:\.\d{1,3})?$/.test(row.cells[noColumn] ?? ''));
  let above: readonly string[] | null = null; // the cells of the row before, for a cell saying 同上
  let finder: NoteFinder | null = null;
  raw.rows.forEach((given) => {
    // the header typed again where the table goes on over a page (a .doc's second table) is no row
    if (raw.header && given.cells.length === raw.header.length && given.cells.every((cell, i) => cell === raw.header![i])) return;
    // a matrix's legend in a row across the table is no section
    if (matrix && readLegend([soleText(given.cells) ?? '']) !== null) return;
    // a row of as many cells as the header stands in its columns, aligned or not (平江 probe round 42: a table a cell a line)
    const row = above && (raw.aligned || given.cells.length === raw.header?.length) ? sameAsAbove(given, above, kinds) : given;
    // a text table's section row stands alone: its one cell (a one-cell-per-line table, a line without tabs)
    if (raw.aligned || row.cells.length === 1) {
      const heading = sectionOf(row.cells, kinds, numbered);
      if (heading !== null) {
        section = heading;
        return;
      }
    }
    const read = raw.aligned ? readAlignedRow(row, rowKinds(kinds, groupsWhereMerged, given), roles, section, matrix) : readLooseRow(row, kinds, section, isUnitCell);
    if (!read) return;
    // a project list's totals (`合计（11个）`, `小计`) are no project, whatever their figures (荆门, 射洪, 霍邱 probe round 42)
    if (read.unitCells.every(([cell]) => !cell) && (TOTAL_ROW.test(read.text) || TOTAL_ROW.test(read.no ?? ''))) return;
    above = row.cells;
    // a group merged over some rows is theirs alone: the rows after it stand under the section row above
    if (groupsWhereMerged.size === 0) section = read.section;
    const cellNotes = read.unitCells.map(([cell, role]) => readNote(cell, role));
    // the unit listed first in the row leads where the plan says so: in its first column of units, not in each (叙州 probe round 83:
    // `责任股室中排在第一位的为牵头股室` over `责任股室 | 责任学校（单位）`)
    // …and not where a column of its own names who leads (赣州 probe round 92: `建设单位 | 牵头单位` under a plan whose
    // first-listed leads: the 建设单位 builds, responsible)
    const first = read.unitCells.some(([, role]) => role === 'lead') ? -1 : read.unitCells.findIndex(([, role], i) => role === 'responsible' && (cellNotes[i]?.units.length ?? 0) > 0);
    const units = read.unitCells.flatMap(([, role], i) => readCellUnits(cellNotes[i]!, role, i === first ? options.convention : null));
    // a numbered task's note in its text, where the table has no unit column
    const noted = raw.notesInText && read.text ? (finder ??= new NoteFinder(notes)).findNotes(read.text) : NO_SPANS;
    if (noted.length > 0) {
      for (const span of noted) units.push(...readCellUnits(span.note, 'responsible', options.convention));
      read.text = withoutSpans(read.text, noted);
    }
    const legend = options.legend;
    if (legend?.mark === ROLE_WORD_MARK) {
      // `县农业农村局（牵头）、县卫生健康局` under `标注“（牵头）”的为牵头单位，其余为配合单位` (南江 probe round 76): in a column of
      // responsible units, those that say no role take the legend's role for the rest
      if (legend.others && units.some((unit) => unit.role === 'lead') && read.unitCells.every(([, role]) => role === 'responsible')) {
        for (const unit of units) if (unit.role === 'responsible') unit.role = legend.others;
      }
    } else {
      const set = !legend ? NO_RUNS : legend.mark === null ? read.emphasized : markedNames(read.unitCells, legend.mark);
      if (set.length > 0) giveLegendRole(units, set, legend!.role);
    }
    // a matrix's units stand each in a column of its own: none is listed first, the convention has no say
    const marked = read.markedUnits.flatMap(([name, role]) => readCellUnits(readNote(name, role), role, null));
    rows.push({
      no: read.no ?? String(rows.length + 1), // without a 序号, the place among the rows (section rows not counted)
      section: read.section,
      text: read.text,
      units: dedupe([...units, ...marked]),
      // a unit column may hold the deadline too (责任单位及完成时限)
      deadline: read.deadline ?? cellNotes.find((note) => note?.deadline)?.deadline ?? readDeadline(read.text),
      task: null,
      line: row.line,
    });
  });
  return { title: raw.title, columns: raw.header ? [...raw.header] : [], rows, line: raw.line };
}

/** How a document sets units apart for a role: bold (mark null) or a mark after the name. */
export interface UnitLegend {
  role: Role;
  mark: string | null;
  /** The role of the units not set apart, where the legend says (`其余为配合单位`). */
  others?: Role | null;
}

const NO_RUNS: readonly string[] = [];

/** The names a row's unit cells set the mark after: `市公安局*、市发展改革委` → ['市公安局']. */
function markedNames(cells: ReadonlyArray<readonly [string, Role]>, mark: string): string[] {
  const names: string[] = [];
  for (const [cell] of cells) {
    for (const piece of cell.split(/[、,，;；\n]/)) {
      const name = piece.trim();
      if (name.endsWith(mark) && withoutUnitMark(name) !== name) names.push(withoutUnitMark(name));
    }
  }
  return names;
}

/**
 * Units set in bold or marked take the role a legend gives them (温州 分工表, probe round 16: `注：责任单位中
 * 加粗字体为牵头单位。`, then `市自然资源和规划局、<b>市住建局</b>`); the others keep their column's, or
 * take the role the legend gives the rest (`其余为责任单位`).
 */
export function giveLegendRole(units: UnitAssignment[], runs: readonly string[], role: Role, others: Role | null = null): boolean {
  const keys = runs.map(unitKey);
  const set = units.map((unit) => keys.some((run) => run.includes(unitKey(unit.name))));
  if (!set.includes(true)) return false;
  units.forEach((unit, i) => {
    if (set[i]) unit.role = role;
    else if (others !== null) unit.role = others;
  });
  return true;
}

/**
 * Whether a cell's content names a unit, or two or three, as a matrix column's head does (`市文明办`,
 * `红塔区人民政府`, `市财政局、市税务局` over one column of marks, 漳州 probe round 18).
 */
export function namesUnits(content: string, notes: NoteCache): boolean {
  const count = notes.parse(content, 'cell')?.units.length ?? 0;
  return count >= 1 && count <= 3;
}

/** The one text a row holds, in one cell or merged across many (a title, a section, a 注), or null. */
function soleText(cells: readonly string[]): string | null {
  const texts = new Set(cells.filter((cell) => cell !== ''));
  return texts.size === 1 ? [...texts][0]! : null;
}

/**
 * The kinds of a table's columns by their headers, a matrix's unit columns set apart (`other`:
 * their cells are marks, no text). A section column is the rows' text where no other column can
 * be: `序号 | 测评项目 | 牵头单位` (beside 重点任务, 测评项目 names the rows' category).
 */
function columnKinds(header: readonly string[], matrix: Matrix | null, rows: readonly RawRow[], mergedDown: readonly boolean[]): { kinds: Array<ColumnKind | null>; groupsWhereMerged: Set<number> } {
  const kinds = header.map((cell, i): ColumnKind | null => (matrix?.units.has(i) ? 'other' : columnKind(cell)));
  // a rows' text under a header we do not know (合肥 probe round 32: `序号 | 一件事名称 | 牵头单位 | …`):
  // with no other text column, the first unknown column before the units is it
  const firstUnit = kinds.findIndex(isUnitKind);
  const unknown = kinds.indexOf(null);
  if (!kinds.includes('text') && unknown >= 0 && unknown < firstUnit) kinds[unknown] = 'text';
  const groupsWhereMerged = new Set<number>();
  // `反馈问题 | 整改措施`: a problem or a task over several measures is their group, each measure a
  // row — where its cell spans them (灵璧 probe round 14, 潞城 round 20: `<td rowspan="3">…</td>`)
  // or the 序号 numbers them under it (1.1, 1.2); a problem of one row is what the row is about,
  // its text opening the row's (湘阴 round 20, 奉新 round 26)
  const measure = header.findIndex((cell, i) => kinds[i] === 'text' && MEASURE_HEADER.test(cell));
  if (measure >= 0) {
    const no = kinds.indexOf('no');
    const numberedUnder = no >= 0 && rows.some((row) => /^\d{1,3}\.\d{1,3}$/.test(row.cells[no] ?? ''));
    header.forEach((cell, i) => {
      if (i >= measure || kinds[i] !== 'text' || (!numberedUnder && mergedDown[i] !== true) || (!PROBLEM_HEADER.test(cell) && !TASK_HEADER.test(cell) && !TARGET_HEADER.test(cell))) return;
      kinds[i] = 'section';
      // merged over a few rows only: a row with a cell of its own there is that task's (赣州 probe round 27: rows 1–2 of 8);
      // most rows in merged groups, a cell of one row is a group of one (汶阳 probe round 29, 岷阳 36, 安徽 39)
      const grouped = new Set<number>();
      rows.forEach((row, r) => {
        if (row.spans?.[i] !== true) return;
        grouped.add(r);
        if (r > 0) grouped.add(r - 1);
      });
      const inGroups = [...grouped].filter((r) => soleText(rows[r]!.cells) === null).length;
      const taskRows = rows.filter((row) => soleText(row.cells) === null).length;
      // a problem of one row opens its row's text whatever the others do (双沟 probe round 53, 黄山 round 55): a rectification
      // list groups measures under the problems that have several
      if (!numberedUnder && (inGroups * 2 <= taskRows || PROBLEM_HEADER.test(cell) || TARGET_HEADER.test(cell))) groupsWhereMerged.add(i);
    });
  }
  if (kinds.some((kind) => kind === 'text' || kind === null)) return { kinds, groupsWhereMerged };
  return { kinds: kinds.map((kind) => (kind === 'section' ? 'text' : kind)), groupsWhereMerged: new Set() };
}

/** The kinds for one row: a column that groups the rows its cells span is the text of a row whose cell spans no other. */
function rowKinds(kinds: Array<ColumnKind | null>, groupsWhereMerged: ReadonlySet<number>, row: RawRow): Array<ColumnKind | null> {
  if (groupsWhereMerged.size === 0) return kinds;
  let own: Array<ColumnKind | null> | null = null;
  for (const column of groupsWhereMerged) if (row.spans?.[column] !== true) (own ??= [...kinds])[column] = 'text';
  return own ?? kinds;
}

/**
 * A column of what a measure answers, before the measures: a rectification list's problem (灵璧
 * 整改任务清单: `序号 | 反馈问题 | 整改措施 | 牵头单位 | …`).
 */
const PROBLEM_HEADER = /^(?:反馈问题|存在问题|问题|问题清单|主要问题|问题描述|问题表现)$/;
/**
 * A plan's task over its measures: its group where the 序号 numbers the measures under it (泉州
 * 分工表, probe round 16: `1.1`, `1.2` under one 重点任务). Numbered 1, 2, 3, a row is the task and
 * its measure, the task first (景德镇, probe round 6).
 */
const TASK_HEADER = /^(?:重点任务|主要任务|工作任务|具体任务|目标任务|任务|重点工作|主要工作|任务名称|工作名称)$/;
/** What a problem is to come to, merged down over its measures as the problem is (黄山 整改任务清单, probe round 55): part of their group. */
const TARGET_HEADER = /^(?:整改目标|工作目标|目标|整改要求|目标要求|预期目标)$/;
// 重点任务 | 工作内容 (岚山 probe round 29) as 重点任务 | 具体措施
const MEASURE_HEADER = /(?:措施|举措|内容)$/;

/** What a cell writes for "as in the row above": 同上, 同上条. */
export const SAME_AS_ABOVE = /^(?:同上|同上条|同前)$/;

/** A row whose unit or deadline cells say 同上, with the cells of the row above in their place. */
function sameAsAbove(row: RawRow, above: readonly string[], kinds: readonly (ColumnKind | null)[]): RawRow {
  if (!row.cells.some((cell) => SAME_AS_ABOVE.test(cell))) return row;
  const cells = row.cells.map((cell, i) => (SAME_AS_ABOVE.test(cell) && (isUnitKind(kinds[i] ?? null) || kinds[i] === 'deadline') ? above[i] ?? cell : cell));
  return { ...row, cells };
}

interface ReadRow {
  no: string | null;
  /** The bold runs of its unit cells. */
  emphasized: string[];
  section: string | null;
  text: string;
  unitCells: Array<[string, Role]>;
  /** A matrix's units the row marks, each with the role its mark gives. */
  markedUnits: Array<[string, Role]>;
  deadline: string | null;
}

/** A 序号 one level above the rows' 1, 2, 3: 一, 二、, (三). */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.]?|\([一二三四五六七八九十]{1,3}\))$/;

/**
 * A row naming a section, not a task: one text spanning the whole table (`（一）推进产业项目建设`
 * over every column); a section heading alone; or, in a table numbering its rows 1, 2, 3 (or 1.1,
 * 1.2), a Chinese 序号 with a short name (h21). Its unit and deadline cells hold nothing of their own.
 *
 *     > | 一 | 教育类 |            |          |          |
 *     > | 二 | 医疗卫生类 (colspan=4)                          |
 *     > | 三、民生保障类 (colspan=2) |          |          |
 */
/** A cell of figures: `96.5`, `31,200`, `12%`. */
export const FIGURE = /^[\d.,，%]+$/;
/** A row of totals: `合计`, `小计`, `合计（11个）`, `总计`. */
export const TOTAL_ROW = /^(?:合计|小计|总计|共计)/;

function sectionOf(cells: readonly string[], kinds: readonly (ColumnKind | null)[], numbered: boolean): string | null {
  const filled = cells.filter((cell) => cell.length > 0);
  if (filled.length === 0) return null;
  const all = [...new Set(filled)];
  if (all.length === 1 && cells.length > 1 && filled.length === cells.length) return all[0]!;
  // a project list's category carries its subtotals (荆门 probe round 42: `一 | 先进制造业项目（4个）| | 96.5 | 31.2`)
  const texts = all.length > 2 ? all.filter((text) => !FIGURE.test(text)) : all;
  const noColumn = kinds.indexOf('no');
  const number = noColumn >= 0 && SECTION_NUMBER.test(cells[noColumn]!) ? cells[noColumn]! : null;
  let heading: string | null = null;
  let name: string | null = null;
  // a 序号 and one name merged across every other column (蜀山 probe round 21: `1 | 城镇老旧小区改造`
  // (colspan=4) over rows 1-1, 1-2): a group of the rows, whatever its number is written in
  const firstOther = cells[noColumn === 0 ? 1 : 0];
  const across = noColumn >= 0 && cells.length > 2 && texts.length === 2 && cells[noColumn] !== '' && cells.every((cell, i) => i === noColumn || cell === firstOther);
  if (texts.length === 1 && SECTION.test(texts[0]!)) [heading, name] = [texts[0]!, texts[0]!];
  else if (texts.length === 2 && ((number !== null && numbered) || across)) {
    const no = cells[noColumn]!;
    name = texts.find((text) => text !== no)!;
    if (name.length <= 30 && !/[。;；,，]/.test(name)) heading = /[、.)]$/.test(no) ? no + name : `${no}、${name}`;
  }
  if (heading === null) return null;
  // a cell merged across from the name is the name again, not a unit or a deadline
  const holds = kinds.some((kind, i) => (isUnitKind(kind) || kind === 'deadline') && cells[i] && cells[i] !== name);
  return holds ? null : heading;
}

function readAlignedRow(row: RawRow, kinds: readonly (ColumnKind | null)[], roles: readonly Role[][], section: string | null, matrix: Matrix | null): ReadRow | null {
  const read: ReadRow = { no: null, emphasized: [], section, text: '', unitCells: [], markedUnits: [], deadline: null };
  const texts: string[] = [];
  // a problem and its target, both merged over the measures: their group is the two, the problem first
  let grouped = false;
  row.cells.forEach((cell, i) => {
    if (!cell) return;
    const kind = kinds[i] ?? (kinds.length === 0 ? null : 'other');
    const unit = matrix?.units.get(i);
    if (unit !== undefined) readMarkedCell(read, cell, unit, matrix!);
    else if (kind === 'no') read.no = cell;
    else if (kind === 'section') {
      read.section = grouped ? `${read.section}\n${cell}` : cell;
      grouped = true;
    }
    else if (isUnitKind(kind)) {
      read.unitCells.push(...splitRoles(cell, roles[i] ?? [kind]));
      read.emphasized.push(...(row.emphasized?.[i] ?? []));
    }
    // the first time column: a ledger's 完成时限 before its 办结时间, the day it was done (绵阳 probe round 55)
    else if (kind === 'deadline') read.deadline ??= cell;
    else if (kind === 'text' || kind === null) texts.push(cell);
  });
  read.text = texts.join('\n');
  return read.text || read.unitCells.length > 0 || read.markedUnits.length > 0 ? read : null;
}

/**
 * A matrix cell: its mark gives the column's unit a role; a deadline typed into it, one cell left
 * of its column (yuxi row 1), is the row's deadline where the deadline column leaves it empty.
 *
 *     > | 序号 | 重点任务          | 市城管局 | 市公安局 | 红塔区人民政府 | 完成时限
 *     > | 1    | 整治…规范设置停车泊位 | ★        | ●        | 2024年6月底前   |
 */
function readMarkedCell(read: ReadRow, cell: string, unit: string, matrix: Matrix): void {
  const role = markedRole(matrix, cell);
  if (role) read.markedUnits.push([unit, role]);
  else if (DEADLINE_CELL.test(cell)) read.deadline ??= cell;
}

/**
 * A cell of a column holding two roles, split where the header splits them; one piece a role.
 *
 *     > | 牵头单位/配合单位         |
 *     > | 市教育局/市住建局、市自然资源局 |
 *         ^^^^^^^^ lead  ^^^^^^^^^^^^^^^^^^^ support
 */
function splitRoles(cell: string, roles: readonly Role[]): Array<[string, Role]> {
  const pieces = roles.length > 1 ? cell.split(/[/／]/) : [cell];
  if (pieces.length !== roles.length) return [[cell, roles[0]!]];
  return pieces.flatMap((piece, i): Array<[string, Role]> => (piece.trim() ? [[piece.trim(), roles[i]!]] : []));
}

/**
 * A row whose cells do not stand in columns (a table flattened into text): cells are told apart by
 * what they hold — a section heading, a unit list, a deadline, or the task text.
 */
function readLooseRow(row: RawRow, kinds: readonly (ColumnKind | null)[], section: string | null, isUnitCell: (cell: string) => boolean): ReadRow | null {
  if (row.cells.length === kinds.length) {
    const placed = readPlacedRow(row.cells, kinds, section, isUnitCell);
    if (placed) return placed;
  }
  const read: ReadRow = { no: null, emphasized: [], section, text: '', unitCells: [], markedUnits: [], deadline: null };
  const cells = [...row.cells];
  if (cells[0] !== undefined && /^\d{1,3}$/.test(cells[0])) read.no = cells.shift()!;
  // the cells before the first unit column are the row's text, whatever they say (`将…政府性基金收入全部编入预算`)
  const firstUnit = kinds.findIndex(isUnitKind) - (read.no !== null && kinds[0] === 'no' ? 1 : 0);
  const texts: string[] = [];
  const unitTexts: string[] = [];
  for (const cell of cells) {
    // an empty cell after the text (`/` in a unit column): that column names none, the next unit cell fills the next
    if (cell === '') {
      if (texts.length > 0) unitTexts.push('');
      continue;
    }
    const previousUnits = unitTexts[unitTexts.length - 1];
    if (texts.length === 0 && unitTexts.length === 0 && SECTION.test(cell) && !/[。;；]/.test(cell)) read.section = cell;
    else if (DEADLINE_CELL.test(cell) && texts.length > 0) read.deadline = cell;
    else if (previousUnits !== undefined && /[;；、,，]$/.test(previousUnits)) unitTexts[unitTexts.length - 1] = previousUnits + cell; // a unit cell wrapped onto the next line
    // `…松原市生态环境局` / `前郭县分局`: a branch, wrapped off the office it belongs to
    else if (previousUnits !== undefined && BRANCH.test(cell) && /[局委厅]$/.test(previousUnits)) unitTexts[unitTexts.length - 1] = previousUnits + cell;
    // `各县（市、区）人民` / `政府`: a name broken over two lines of its cell (赣州 probe round 30)
    else if (previousUnits !== undefined && cell.length <= 6 && endsLikeOrganization(cell) && !endsLikeOrganization(lastName(previousUnits))) unitTexts[unitTexts.length - 1] = previousUnits + cell;
    // a unit cell is a short list that reads as units: no sentence in it
    // a text broken off in mid-sentence before any unit cell goes on in this line, though it ends like a unit
    else if (texts.length > 0 && texts.length >= firstUnit && cell.length <= 150 && !cell.includes('。') && !(unitTexts.length === 0 && endsMidSentence(texts[texts.length - 1]!)) && isUnitCell(cell)) unitTexts.push(cell);
    else texts.push(cell);
  }
  // unit cells fill the unit columns in order (牵头单位, 配合单位 …); one column takes them all
  const unitKinds = kinds.filter(isUnitKind);
  unitTexts.forEach((cell, i) => read.unitCells.push([cell, unitKinds[Math.min(i, unitKinds.length - 1)] ?? 'responsible']));
  read.text = texts.join('\n');
  return read.text || read.unitCells.length > 0 ? read : null;
}

/**
 * A flattened row with a cell for each column: each cell is its column's, where every cell of a
 * unit column reads as units or is empty (岳西 整改清单, probe round 26: a measure naming
 * `政府性基金` stands in its column, not among the units); null where they do not.
 */
function readPlacedRow(cells: readonly string[], kinds: readonly (ColumnKind | null)[], section: string | null, isUnitCell: (cell: string) => boolean): ReadRow | null {
  const read: ReadRow = { no: null, emphasized: [], section, text: '', unitCells: [], markedUnits: [], deadline: null };
  const texts: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const kind = kinds[i];
    if (isUnitKind(kind)) {
      if (cell !== '' && (cell.length > 150 || cell.includes('。') || !isUnitCell(cell))) return null;
      read.unitCells.push([cell, kind]);
    } else if (kind === 'no') {
      if (!/^\d{1,3}$/.test(cell)) return null;
      read.no = cell;
    } else if (kind === 'deadline') read.deadline = cell || null;
    else if (kind === 'section') read.section = cell;
    // a leader's column (责任领导) holds persons, a remark's no text of the task
    else if (kind !== 'other' && cell !== '') texts.push(cell);
  }
  read.text = texts.join('\n');
  return read.text || read.unitCells.length > 0 ? read : null;
}

/**
 * Whether a cell breaks off in mid-sentence (`打造民宿集群，`): written a cell a line, the line after
 * it goes on with its text, though it ends like a unit (`完善游客服务中心`, 接山 probe round 27).
 */
export function endsMidSentence(text: string): boolean {
  return /[,，、;；]$/.test(text);
}

type NoteReader = (cell: string, role: Role) => ParsedNote | null;

/** The last name of a unit list: what follows its last separator (the words after a text's last comma). */
export function lastName(list: string): string {
  let at = list.length;
  while (at > 0 && !LIST_SEPARATORS.includes(list[at - 1]!)) at--;
  return list.slice(at);
}

/** A branch named without the office it belongs to: `前郭县分局`, `城区大队`, `开发区支行`. */
const BRANCH = /^[\u4e00-\u9fff]{1,8}(?:分局|支队|大队|中队|分公司|支行|分行)$/;

/**
 * Whether a cell of a flattened row (its content as a note's) is a unit list: it reads as one, or
 * it lists short names of which at least half are units the dictionary knows and the others names
 * it does not (`市文化广电和旅游局、牡丹江海浪国际机场`), no sentence among them.
 */
export function readsAsUnits(content: string, notes: NoteCache): boolean {
  if (notes.parse(content, 'cell') !== null) return true;
  // most cells that are no unit list are sentences: a long stretch between separators says so before a split
  if (!shortNames(content)) return false;
  const names = content.split(/[、,，;；]/).filter((name) => name.length > 0);
  if (names.length < 2 || names.length > 30 || names.some((name) => /[。:：!?！？]|^\d/.test(name))) return false;
  // at least half of them units: `商场超市、县人民医院、汽车站、学校` lists places a task reaches, not who does it
  let known = 0;
  for (const name of names) if (notes.parse(name, 'cell') !== null) known++;
  return known * 2 >= names.length;
}

/** Whether every stretch between list separators is short enough to be a name. */
function shortNames(content: string): boolean {
  let run = 0;
  for (let i = 0; i < content.length; i++) {
    run = LIST_SEPARATORS.includes(content[i]!) ? 0 : run + 1;
    if (run > MAX_NAME) return false;
  }
  return true;
}

/** The longest name a flattened row's unit cell may list (`中国邮政集团有限公司咸阳市分公司` is 16). */
const MAX_NAME = 24;

/**
 * A unit cell as a note's content: a unit a paragraph lists like 、 does, and a trailing separator
 * dropped. A bare role word before a colon (`牵头:市市场监管局;配合:市税务局`) is a label to the note parser.
 */
export function cellNoteContent(cell: string): string {
  // most cells name units alone: brackets and persons are looked for only where they can be
  let listed = cell.includes('(') || cell.includes('（') ? withoutPersonBrackets(cell) : cell;
  if (listed.includes('\n')) listed = listed.replace(/\n+/g, '、');
  if (MAY_NAME_PERSON.test(listed)) listed = listed.split(/(?=[、,，;；])/).map(dropPerson).join('');
  // one character looked at, not a pattern run over the cell
  const last = listed[listed.length - 1];
  return last !== undefined && LIST_SEPARATORS.includes(last) ? listed.slice(0, -1) : listed;
}

/** What a unit list's items are separated by; one ends a list broken off (`州住建局、`). */
const LIST_SEPARATORS = ';；、,，';

/** A character every person written with placeholders has: 李××, 王某. */
const MAY_NAME_PERSON = /[×xX*＊○〇某]/;

/** A name written with placeholders at the end of a piece: 李××, 王某. */
const PLACEHOLDER_END = /[\u4e00-\u9fff](?:[×xX*＊○〇]{1,3}|某{1,2})$/;
/** A title at the end of a piece, before its holder's name. */
const TITLE_END = /(?:常务)?副?(?:书记|局长|主任|县长|市长|区长|镇长|乡长|部长|厅长|处长|科长|股长|所长|站长|队长|院长|校长|主席|总经理|经理|董事长|行长|组长|负责人|责任人)$/;
/** Titles that follow a unit's name with no space: 县住建局局长; 县委书记 is no unit and a person. */
const GLUED_TITLE = /(?:局长|主任|处长|科长|股长|所长|站长|队长|院长|校长|行长|经理|负责人|责任人)$/;

/**
 * A piece of a unit cell with the person after the unit dropped (a 责任单位及责任人 column): the
 * name written with placeholders, and a title before it. The piece as it was when no unit is left.
 *
 *     > | 县住建局局长李××、县财政局：王某
 *                 ^^^^^^^^^^        ^^^^^^^
 */
function dropPerson(piece: string): string {
  const name = PLACEHOLDER_END.exec(piece);
  // 市公安局*: a unit with its mark, not 市公安 and a person 局*
  if (!name || withoutUnitMark(piece) !== piece) return piece;
  let rest = trimSeparator(piece.slice(0, name.index));
  const title = TITLE_END.exec(rest);
  if (title) {
    // a person alone (副县长王××): the note parser knows persons
    if (trimSeparator(rest.slice(0, title.index)).replace(/^[、,，;；]/, '') === '') return piece;
    const spaced = title.index > 0 && /[\s:：]/.test(rest[title.index - 1]!);
    if (spaced || GLUED_TITLE.test(title[0])) rest = trimSeparator(rest.slice(0, title.index));
  }
  return /[\u4e00-\u9fff]{2}/.test(rest) ? rest : piece;
}

/** Spaces and a colon at the end of a piece: `县住建局：`. */
function trimSeparator(text: string): string {
  const trimmed = text.trimEnd();
  return /[:：]$/.test(trimmed) ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

/** A unit cell read like a note, the column giving the role where the cell does not say one. */
function readCellUnits(note: ParsedNote | null, role: Role, convention: RoleConvention | null): UnitAssignment[] {
  if (!note) return [];
  const listed: ListedUnit[] = note.units.map((unit) => ({ ...unit }));
  if (role === 'responsible') applyConvention(listed, convention);
  return listed.map(writtenUnit);
}

/** A text without its notes, the stops around them tidied: `推进…。（责任单位：…）` → `推进…。`. */
function withoutSpans(text: string, spans: readonly NoteSpan[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start);
    at = span.end;
  }
  return (out + text.slice(at)).trim();
}

function dedupe(units: UnitAssignment[]): UnitAssignment[] {
  if (units.length < 2) return units;
  const seen = new Set<string>();
  return units.filter((unit) => {
    const key = unitKey(unit.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Diagnostics of a table read: rows without units. */
export function checkTable(table: ResponsibilityTable): Diagnostic[] {
  return table.rows
    .filter((row) => row.units.length === 0 && row.text.length > 0)
    .map((row) => ({ code: 'table-row-without-unit', severity: 'warning' as const, message: `${table.title ?? '表格'}第 ${row.no} 行未找到责任单位`, line: row.line }));
}

interface GridCell {
  text: string;
  fromAbove?: boolean;
  emphasized?: readonly string[];
}

/**
 * A grid read from HTML, Word or a workbook as a raw table: the header is the first row (of the
 * first three) that names columns, or a matrix's units over their marks, with the row under it
 * when that names the columns a merged header cell spans; the title is a row merged across the
 * table above the header, else the short line standing just before the table. The rows above
 * the header, that line and the lines `before` the table (where the caller has them) are its
 * remarks, among which a matrix's legend. Null for a grid that is no responsibility table: no
 * header in its first rows, or one naming no unit column ({@link namesUnitColumn}).
 */
export function gridToRawTable(grid: { rows: ReadonlyArray<ReadonlyArray<GridCell>>; line: number; at: number; rowLines?: readonly number[] }, titleBefore: string | null, before: readonly string[] = [], notes: NoteCache = new NoteCache()): RawTable | null {
  const rows = grid.rows.map((row) => row.map((cell) => cell.text));
  const namesUnit = (cell: string): boolean => namesUnits(cellNoteContent(cell), notes);
  const headerAt = rows.slice(0, 3).findIndex((cells, r) => isHeaderRow(cells) || isMatrixHeader(cells, rows.slice(r + 1), namesUnit));
  if (headerAt < 0) return numberedTasks(grid, rows, titleBefore, before, notes);
  const sub = subHeader(rows[headerAt]!, grid.rows[headerAt + 1], rows.slice(headerAt + 2), namesUnit);
  const bodyAt = headerAt + (sub ? 2 : 1);
  const header = sub ?? rows[headerAt]!;
  if (!namesUnitColumn(header) && matrixColumns(header, rows.slice(bodyAt), namesUnit).length === 0) return null;
  const above = rows.slice(0, headerAt);
  // `★表示牵头单位，●表示配合单位` just before the table is its legend, not its title
  const titled = titleBefore !== null && readLegend([titleBefore]) === null ? titleBefore : null;
  return {
    title: titleRow(above) ?? titled,
    line: grid.line,
    header,
    rows: rows.slice(bodyAt).map((cells, i) => withSpans(withEmphasis({ cells, line: grid.rowLines?.[bodyAt + i] ?? grid.line + bodyAt + i }, grid.rows[bodyAt + i]!), grid.rows[bodyAt + i]!, grid.rows[bodyAt + i + 1])),
    aligned: true,
    remarks: [...before, ...(titleBefore === null ? [] : [titleBefore]), ...above.flatMap((cells) => soleText(cells) ?? [])],
    mergedDown: header.map((_, c) => grid.rows.slice(bodyAt + 1).some((row) => row[c]?.fromAbove === true)),
  };
}

/** A row with the cells it shares with the row above or below, where any is. */
function withSpans(row: RawRow, cells: ReadonlyArray<GridCell>, below: ReadonlyArray<GridCell> | undefined): RawRow {
  const spans = cells.map((cell, c) => cell.fromAbove === true || below?.[c]?.fromAbove === true);
  return spans.includes(true) ? { ...row, spans } : row;
}

/** A row with its cells' bold runs, where any cell has some. */
function withEmphasis(row: RawRow, cells: ReadonlyArray<GridCell>): RawRow {
  return cells.some((cell) => cell.emphasized) ? { ...row, emphasized: cells.map((cell) => cell.emphasized) } : row;
}

/**
 * A grid with no header whose rows are numbered tasks, their notes in their text (桐庐 probe round 19:
 * `1 | 推进现代农业园区建设。…（责任单位：县农业农村局、县财政局）`, category rows across it): a
 * 责任清单 all the same, its columns 序号 and 重点任务. A grid numbered so that names no unit in its
 * text (a list of contacts, of funds by county) is none.
 */
function numberedTasks(grid: { line: number; rowLines?: readonly number[] }, rows: readonly string[][], titleBefore: string | null, before: readonly string[], notes: NoteCache): RawTable | null {
  const width = rows.reduce((most, cells) => Math.max(most, cells.length), 0);
  const numbered = rows.filter((cells) => /^\d{1,3}$/.test(cells[0] ?? '') && (cells[1] ?? '') !== '' && cells[1] !== cells[0]);
  if (width < 2 || numbered.length < 2 || numbered.some((cells, i) => Number(cells[0]) !== i + 1)) return null;
  const finder = new NoteFinder(notes);
  if (!numbered.some((cells) => finder.findNotes(cells[1]!).some((span) => span.note.units.length > 0))) return null;
  return {
    title: titleBefore !== null && readLegend([titleBefore]) === null ? titleBefore : null,
    line: grid.line,
    header: ['序号', '重点任务', ...Array.from({ length: width - 2 }, () => '备注')],
    rows: rows.map((cells, i) => ({ cells, line: grid.rowLines?.[i] ?? grid.line + i })),
    aligned: true,
    remarks: [...before],
    notesInText: true,
  };
}

/**
 * A word of a unit column's name, read or not (`负责单位` is no header we know, but its cells name units).
 *
 *     > | 序号 | 重点任务 | 牵头单位 | 配合部门 | 完成时限
 *                          ^^^^^^^^   ^^^^^^^^
 */
const UNIT_WORD = /单位|部门|牵头|配合|责任|处室|科室|股室|主体|承办|协办/;

/**
 * Whether a header names a column of units. One that names none (`序号 | 项目名称 | 实施地区 |
 * 资金规模（万元）`, a 资金安排 sheet of amounts by county beside the 任务清单, 扬州 probe round 13)
 * heads no responsibility table, unless its columns are a matrix's units over their marks.
 */
function namesUnitColumn(header: readonly string[]): boolean {
  return header.some((cell) => isUnitKind(columnKind(cell)) || UNIT_WORD.test(cell));
}

/**
 * A header naming no unit column nor 序号 that heads a matrix all the same: a text column and units
 * over columns of marks.
 *
 *     > | 重点任务     | 市文明办 | 市城管局 | 完成时限
 *     > | 整治乱停乱放 | ★        | ●        | 6月底前
 */
function isMatrixHeader(cells: readonly string[], body: ReadonlyArray<readonly string[]>, namesUnit: (cell: string) => boolean): boolean {
  return cells.some((cell) => columnKind(cell) === 'text') && matrixColumns(cells, body, namesUnit).length > 0;
}

/**
 * Whether a grid without a header continues the table before it: Word breaks a long 分工表 over
 * pages into a second table without repeating the header. The grid has the table's columns, and
 * its 序号 runs on from the table's last (10 after 9); a table without a 序号 column must at least
 * have units in the grid's unit columns.
 *
 *     > | 要素保障 | 9  | 优化用水用气报装服务… | 县住房和城乡建设局 | …
 *     >   (page break: a new <table>, no header)
 *     > | 市场监管 | 10 | 全面推行“双随机、一公开”… | 县市场监管局 | …
 */
export function continuesTable(table: RawTable, grid: { rows: ReadonlyArray<ReadonlyArray<GridCell>> }): boolean {
  const header = table.header;
  if (!header || grid.rows.length === 0 || grid.rows.some((row) => row.length !== header.length)) return false;
  const kinds = header.map((cell) => columnKind(cell));
  const noColumn = kinds.indexOf('no');
  if (noColumn < 0) {
    const unitColumns = kinds.flatMap((kind, i) => (isUnitKind(kind) ? [i] : []));
    return grid.rows.some((row) => unitColumns.some((i) => row[i]!.text !== ''));
  }
  const numberOf = (text: string | undefined): number | null => (text !== undefined && /^\d{1,3}$/.test(text) ? Number(text) : null);
  const last = table.rows.map((row) => numberOf(row.cells[noColumn])).filter((no) => no !== null).at(-1);
  const first = grid.rows.map((row) => numberOf(row[noColumn]?.text)).find((no) => no !== null);
  return last !== undefined && first === last + 1;
}

/**
 * The header a second header row completes: under a cell merged across columns, the names of
 * those columns; elsewhere the cell above, merged down or repeated. Under a merged unit column
 * (责任单位, 参与单位) the names may be units, each heading a matrix column over the body's marks
 * (yuxi). Null when the row is data.
 *
 *     > | 序号 | 重点工作 |     责任单位      | 完成时限 |
 *     > |      |          | 牵头单位 | 配合单位 |          |
 *                           ^^^^^^^^   ^^^^^^^^
 *     > |      |          | 市文明办 | 市城管局 |          |
 *                           ^^^^^^^^   ^^^^^^^^ matrix columns
 */
function subHeader(header: readonly string[], row: ReadonlyArray<GridCell> | undefined, body: ReadonlyArray<readonly string[]>, namesUnit: (cell: string) => boolean): string[] | null {
  if (!row) return null;
  let named = 0;
  const merged: string[] = [];
  let units = 0; // the columns named by a unit: a matrix's, or the row is data
  for (let i = 0; i < header.length; i++) {
    const top = header[i]!;
    const cell = row[i];
    if (!cell || cell.fromAbove || cell.text === '' || cell.text === top) {
      merged.push(top);
      continue;
    }
    // a name only under a header cell spanning several columns: a section row under a plain header is data
    const spanned = header[i - 1] === top || header[i + 1] === top;
    if (!spanned || merged.includes(cell.text)) return null;
    if (columnKind(cell.text) === null) {
      if (!isUnitKind(columnKind(top)) || !namesUnit(cell.text)) return null;
      units++;
    }
    merged.push(cell.text);
    named++;
  }
  // units head a matrix where the body marks two of them at least (a unit no row marks heads a column all the same)
  return named > 0 && (units === 0 || matrixColumns(merged, body, namesUnit).length > 0) ? merged : null;
}

/** A line under a sheet's title saying who filled it in and when: `填报单位：…`, `填报时间：…`, `制表：…`. */
export const FILLED_IN_BY = /^(?:填报|报送|制表|编制|统计|更新)(?:单位|部门|人|时间|日期)?[:：]/;

/** A row above the header holding one text across the table (`益阳市…重点任务清单`): the table's title. */
function titleRow(rows: ReadonlyArray<readonly string[]>): string | null {
  for (let r = rows.length - 1; r >= 0; r--) {
    const texts = [...new Set(rows[r]!.filter((cell) => cell.length > 0))];
    if (texts.length !== 1) continue;
    const text = texts[0]!;
    if (/^(?:附件|附表)\s*\d*[:：]?$/.test(text) || readLegend([text]) !== null) continue;
    // `填报单位：…　更新日期：2024年3月` between the title and the header says who filled it in (岚山 probe round 29)
    if (FILLED_IN_BY.test(text) || OFFICE_AND_DATE.test(text.trim())) continue;
    return text.length <= 60 && !/[。;；]/.test(text) ? text : null;
  }
  return null;
}
