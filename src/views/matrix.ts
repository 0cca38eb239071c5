/**
 * The responsibility matrix (责任矩阵): tasks as rows, units as columns, each cell the unit's role
 * in the task. Writers render it as CSV, Markdown and a worksheet.
 */
import { PolicyExtractError } from '../model/errors.js';
import { type PolicyDocument, printedPath, type ResponsibilityTable, type Role, ROLE_STRENGTH, type TableRow, type Task, type UnitAssignment, type UnitKind, type UnitLevel } from '../model/document.js';
import { compareText, unitRank } from './order.js';

export interface MatrixOptions {
  /** Columns by canonical name (default: 省住建厅 and 省住房城乡建设厅 are one column) or as written. */
  names?: 'canonical' | 'as-written';
  /** `file`: one column per file and unit (files × units), to set documents side by side. */
  by?: 'unit' | 'file';
}

export interface MatrixColumn {
  /** The unit's name (canonical or as written) and, with `by: 'file'`, its file's name before it: `yanbian.txt/州住房和城乡建设局`. */
  label: string;
  unit: string;
  file: string | null;
  level: UnitLevel | null;
  kind: UnitKind;
  /** Tasks (rows) the unit takes part in. */
  total: number;
}

/** What a row is about: a body task or a row of an appendix table. */
export type MatrixItemKind = 'task' | 'table-row';

/** The task or table row a matrix row stands for, to reach what the row leaves out (full text, note, lines). */
export type MatrixSource =
  | { kind: 'task'; task: Task }
  | { kind: 'table-row'; table: ResponsibilityTable; row: TableRow };

export interface MatrixRow {
  file: string;
  kind: MatrixItemKind;
  /** The task id; a table row's linked task id, else the table's 序号. */
  id: string;
  path: string;
  headings: string;
  /** The task's title, else its text cut to 40 characters. */
  title: string;
  /** One cell per column: the role, null where the unit takes no part. */
  cells: Array<Role | null>;
  /** Units taking part. */
  total: number;
  /** The item itself, from the document given (not a copy). */
  source: MatrixSource;
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}
const TITLE_LENGTH = 40;
/** Rows × columns past which a matrix is refused: ten times the corpus of a large batch, far past what Excel opens. */
const MAX_CELLS = 20_000_000;

interface Item {
  document: PolicyDocument;
  kind: MatrixItemKind;
  id: string;
  path: string;
  headings: string;
  title: string;
  units: readonly UnitAssignment[];
  source: MatrixSource;
}

/**
 * Builds the matrix of one or more documents: rows in document order (body tasks, then table
 * rows), columns ordered by level (省 first), then by how many tasks they carry, then by name.
 *
 *     buildMatrix([yanbian]).columns.map((c) => c.label)
 *     // → ['各县市党委、政府', '州住房和城乡建设局', '州商务局', …]
 */
export function buildMatrix(documents: readonly PolicyDocument[], options: MatrixOptions = {}): Matrix {
  const { columns, items } = collectMatrix(documents, options);
  const byFile = options.by === 'file';
  // files × units grows as their product: refuse what no spreadsheet could hold
  if (items.length * columns.size > MAX_CELLS) {
    throw new PolicyExtractError('E_USAGE', `the matrix would have ${items.length} rows × ${columns.size} columns, more than ${MAX_CELLS.toLocaleString('en')} cells${byFile ? ' (use --by unit, or fewer files)' : ''}`);
  }
  const ordered = [...columns.entries()].sort(([, a], [, b]) => compareColumns(a, b, byFile));
  const index = new Map(ordered.map(([key], i) => [key, i]));
  const rows = items.map(({ file, kind, id, path, headings, title, roles, source }): MatrixRow => {
    const cells = new Array<Role | null>(ordered.length).fill(null);
    for (const [key, role] of roles) cells[index.get(key)!] = role;
    return { file, kind, id, path, headings, title, cells, total: roles.size, source };
  });
  return { columns: ordered.map(([, column]) => column), rows };
}

/** A matrix row before the columns are ordered: its item, and the role it gives each column it names. */
export interface MatrixItem extends Omit<MatrixRow, 'cells' | 'total'> {
  /** The role by column key (the unit's name, after its file's with `by: 'file'`), the strongest where a unit is named twice. */
  roles: Map<string, Role>;
}

/**
 * The matrix's columns (by key, in the order first named, each with its total) and rows before
 * the columns are ordered: what a batch worker sends for one file, the combined matrix's columns
 * being ordered only once every file is in.
 *
 *     collectMatrix([yanbian]).items[0].roles // → Map { '各县市党委、政府' => 'responsible', … }
 */
export function collectMatrix(documents: readonly PolicyDocument[], options: MatrixOptions = {}): { columns: Map<string, MatrixColumn>; items: MatrixItem[] } {
  const asWritten = options.names === 'as-written';
  const byFile = options.by === 'file';
  const columns = new Map<string, MatrixColumn>();
  const labels = fileLabels(documents);
  const items = documents.flatMap(itemsOf).map(({ document, kind, id, path, headings, title, units, source }): MatrixItem => {
    const file = labels.get(document)!;
    const roles = new Map<string, Role>();
    for (const unit of units) {
      const name = asWritten ? unit.name : unit.canonical;
      const key = byFile ? `${file}\u0000${name}` : name;
      let column = columns.get(key);
      if (!column) {
        column = { label: byFile ? `${file}/${name}` : name, unit: name, file: byFile ? file : null, level: unit.level, kind: unit.kind, total: 0 };
        columns.set(key, column);
      }
      const before = roles.get(key);
      if (before === undefined) column.total++;
      if (before === undefined || ROLE_STRENGTH[unit.role] > ROLE_STRENGTH[before]) roles.set(key, unit.role);
    }
    return { file, kind, id, path, headings, title, roles, source };
  });
  return { columns, items };
}

/**
 * The cells that hold a role: each row's units summed, the grand total under the totals column.
 *
 *     countFilledCells(buildMatrix([shuangying])) // → 72
 */
export function countFilledCells(matrix: Matrix): number {
  return matrix.rows.reduce((sum, row) => sum + row.total, 0);
}

function compareColumns(a: MatrixColumn, b: MatrixColumn, byFile: boolean): number {
  if (byFile && a.file !== b.file) return compareText(a.file!, b.file!);
  return unitRank(a) - unitRank(b) || b.total - a.total || compareText(a.unit, b.unit);
}

/**
 * Each document's file as a short label: the fewest trailing path parts that tell it from the
 * others (`plan.txt`, or `a/plan.txt` and `b/plan.txt` when two are named plan.txt).
 */
export function fileLabels(documents: readonly PolicyDocument[]): Map<PolicyDocument, string> {
  const parts = documents.map((document) => (document.source.path ?? '').split(/[\\/]+/).filter((part) => part !== '' && part !== '.'));
  const labels = new Map<PolicyDocument, string>();
  // one pass per suffix length over the files not yet told apart: linear in the number of files
  let open = documents.map((_, i) => i);
  for (let take = 1; open.length > 0; take++) {
    const suffix = (i: number): string => parts[i]!.slice(-take).join('/');
    const counts = new Map<string, number>();
    for (let i = 0; i < documents.length; i++) counts.set(suffix(i), (counts.get(suffix(i)) ?? 0) + 1);
    open = open.filter((i) => {
      const done = counts.get(suffix(i)) === 1 || take >= parts[i]!.length;
      if (done) labels.set(documents[i]!, suffix(i));
      return !done;
    });
  }
  return labels;
}

function itemsOf(document: PolicyDocument): Item[] {
  return [
    ...document.tasks.map((task) => taskItem(document, task)),
    ...document.tables.flatMap((table) => table.rows.map((row) => tableRowItem(document, table, row))),
  ];
}

function taskItem(document: PolicyDocument, task: Task): Item {
  return {
    document, kind: 'task', id: task.id, path: printedPath(task.path), headings: task.headings.join(' / '),
    title: task.title ?? shorten(task.text), units: task.units, source: { kind: 'task', task },
  };
}

function tableRowItem(document: PolicyDocument, table: ResponsibilityTable, row: TableRow): Item {
  return {
    document, kind: 'table-row', id: row.task ?? row.no, path: row.no, headings: tableRowHeadings(table, row).join(' / '),
    title: shorten(row.text), units: row.units, source: { kind: 'table-row', table, row },
  };
}

/**
 * The headings above a table row: its table's title and the section row over it, where they exist.
 *
 *     tableRowHeadings(table, row) // → ['延边州示范镇建设重点任务清单', '（一）推进市政设施建设，提升承载能力']
 */
export function tableRowHeadings(table: ResponsibilityTable, row: TableRow): string[] {
  return [table.title, row.section].filter((heading): heading is string => Boolean(heading));
}

function shorten(text: string): string {
  const first = text.split('\n')[0] ?? '';
  return first.length <= TITLE_LENGTH ? first : `${first.slice(0, TITLE_LENGTH)}…`;
}
