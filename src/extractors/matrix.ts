/**
 * Responsibility matrices (责任矩阵): a column for each unit, the unit's name its head, and a mark
 * where a row's task is that unit's, a legend saying what each mark means (yuxi 责任分解表).
 *
 *     > | 说明：“★”为牵头单位，“●”为责任单位。
 *     > | 序号 | 重点任务                     | 市文明办 | 市城管局 | 市公安局 | 完成时限
 *     > | 1    | 整治主次干道机动车乱停乱放… |          | ★        | ●        | 2024年6月底前
 */
import type { Role } from '../model/document.js';
import { labelKind } from './note-labels.js';

/** A matrix read from a table's header and body: the unit of each of its columns, the role of each mark. */
export interface Matrix {
  /** The unit each matrix column names, as its header cell writes it: column index → name. */
  units: ReadonlyMap<number, string>;
  /** The role of each mark the table uses: from the legend, else by {@link defaultRoles}. */
  roles: ReadonlyMap<string, Role>;
}

/** The marks a matrix's cells hold: stars, dots, triangles, ticks. */
const MARKS = '★☆●○◎▲△■□◆◇√✓✔';
const MARK_CELL = new RegExp(`^[${MARKS}]$`);

/** The role words a cell or a legend may say: those {@link labelKind} knows, alone or before 单位. */
const ROLE_WORDS = '牵头|主责|主办|负责|责任|承办|配合|协助|协办|协同|参与|支持';

/**
 * A cell that says a role in words instead of a mark.
 *
 *     > | 1 | 整治乱停乱放 | 牵头 | 配合 | 6月底前
 *                          ^^^^   ^^^^
 */
const WORD_CELL = new RegExp(`^(${ROLE_WORDS})(?:单位|部门)?$`);

/**
 * A legend naming a mark before its role.
 *
 *     > | 说明：“★”为牵头单位，“●”为责任单位。 · ★表示牵头单位，●表示配合单位 · 标★的为牵头单位
 *              ^^^^^^^^^^^^^       ^^^^^^^^^^^^     ^^^^^^^^^^^^         ^^^^^^^^^^^^
 */
const MARK_THEN_ROLE = new RegExp(`[“"'‘「]?([${MARKS}])[”"'’」]?\\s*(?:的?(?:为|表示|代表|是|指|即|[:：=—-])\\s*)?(${ROLE_WORDS})`, 'g');

/**
 * A legend naming a role before its mark.
 *
 *     > | 注：牵头单位用★标注，配合单位用●标注。
 *            ^^^^^^^^^^^       ^^^^^^^^^^^
 */
const ROLE_THEN_MARK = new RegExp(`(${ROLE_WORDS})(?:单位|部门)?\\s*(?:用|以|标注?为?|标记为?|标识为?|为)\\s*[“"'‘「]?([${MARKS}])`, 'g');

/** The role a role word names (`牵头` → lead, `支持单位` → support), or null. */
function roleOfWord(word: string): Role | null {
  for (const name of [word, `${word}单位`]) {
    const kind = labelKind(name);
    if (kind === 'lead' || kind === 'responsible' || kind === 'support') return kind;
  }
  return null;
}

/**
 * The role each mark has by the legend among the texts around a table, or null when none states
 * one. The first text to name a mark decides it.
 *
 *     readLegend(['说明：“★”为牵头单位，“●”为责任单位。']) // → ★ lead, ● responsible
 */
export function readLegend(texts: readonly string[]): Map<string, Role> | null {
  const roles = new Map<string, Role>();
  for (const text of texts) {
    // most texts name no mark: a look for one before the patterns run
    if (![...text].some((char) => MARKS.includes(char))) continue;
    for (const [, mark, word] of text.matchAll(MARK_THEN_ROLE)) setRole(roles, mark!, word!);
    for (const [, word, mark] of text.matchAll(ROLE_THEN_MARK)) setRole(roles, mark!, word!);
  }
  return roles.size > 0 ? roles : null;
}

function setRole(roles: Map<string, Role>, mark: string, word: string): void {
  const role = roleOfWord(word);
  if (role && !roles.has(mark)) roles.set(mark, role);
}

/** Whether a cell of a matrix column marks its unit: a mark, or a role word (牵头, 配合). */
export function isMarkCell(cell: string): boolean {
  return MARK_CELL.test(cell) || WORD_CELL.test(cell);
}

/**
 * Roles of the marks no legend explains. A star is the lead where the table uses another mark
 * beside it (★ 牵头 / ● 责任 is the common legend, and the one of yuxi); every other mark, and a
 * star that is the table's only mark, says no more than that the unit has a part in the task:
 * responsible. Filled against hollow (● / ○) is no safe guess without a legend: some tables mean
 * 牵头 / 配合 by them, others 责任 / 参与.
 */
export function defaultRoles(marks: ReadonlySet<string>): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const mark of marks) roles.set(mark, mark === '★' && marks.size > 1 ? 'lead' : 'responsible');
  return roles;
}

/**
 * The columns of a table that form a matrix: a header cell naming one unit (`namesUnit`, the
 * unit parser's own reading) over body cells that hold marks or nothing. A stray text in such a
 * column (a deadline typed one cell to the left, yuxi row 1) is borne while it has as many marks,
 * and the matrix has more marks than strays; a row of one text across the table (a section, a 注)
 * is no evidence either way. Two such columns at least, or no matrix: a table of targets by
 * county (`南湖区 | 秀洲区` over numbers) has none.
 */
export function matrixColumns(header: readonly string[], rows: ReadonlyArray<readonly string[]>, namesUnit: (cell: string) => boolean): number[] {
  const body = rows.filter((cells) => new Set(cells.filter((cell) => cell !== '')).size >= 2);
  let [allMarks, allOthers] = [0, 0];
  const columns = header.flatMap((name, i) => {
    let [marks, others] = [0, 0];
    for (const cells of body) {
      const cell = cells[i] ?? '';
      if (isMarkCell(cell)) marks++;
      else if (cell !== '') others++;
    }
    if (marks === 0 || others > marks || name === '' || !namesUnit(name)) return [];
    [allMarks, allOthers] = [allMarks + marks, allOthers + others];
    return [i];
  });
  return columns.length >= 2 && allMarks > allOthers ? columns : [];
}

/**
 * The matrix of a table, or null when it has none: its unit columns ({@link matrixColumns}) and
 * the role of each mark its cells use, by the legend among `remarks` where it says, else by
 * {@link defaultRoles}.
 */
export function readMatrix(header: readonly string[], rows: ReadonlyArray<readonly string[]>, namesUnit: (cell: string) => boolean, remarks: readonly string[]): Matrix | null {
  const columns = matrixColumns(header, rows, namesUnit);
  if (columns.length === 0) return null;
  const marks = new Set<string>();
  for (const cells of rows) for (const i of columns) if (MARK_CELL.test(cells[i] ?? '')) marks.add(cells[i]!);
  const roles = defaultRoles(marks);
  for (const [mark, role] of readLegend(remarks) ?? []) roles.set(mark, role);
  return { units: new Map(columns.map((i) => [i, header[i]!])), roles };
}

/** The role a matrix cell gives its column's unit: a role word's, else its mark's; null for an empty or stray cell. */
export function markedRole(matrix: Matrix, cell: string): Role | null {
  const word = WORD_CELL.exec(cell);
  if (word) return roleOfWord(word[1]!);
  return matrix.roles.get(cell) ?? null;
}
