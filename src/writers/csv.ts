/** Writes documents as a CSV responsibility list: one row per task (or appendix table row) and unit. */
import { type PolicyDocument, printedPath, type ResponsibilityTable, type Role, type TableRow, type Task, type UnitAssignment } from '../model/document.js';
import { encodeCsv } from './csv-encoding.js';
import type { CsvEncoding } from './index.js';
import { ROLE_LABELS, UNIT_KIND_LABELS } from './text.js';

export interface CsvOptions {
  /** Column headers and role words: Chinese (default) or English. */
  header?: 'zh' | 'en';
  /** Start with a UTF-8 BOM, without which Excel reads the file as the local code page (default true). */
  bom?: boolean;
  /** utf8 (default), or gbk / gb18030 for an Excel that reads the Chinese code page. */
  encoding?: CsvEncoding;
}

/** What a CSV row is about: a body task, or a row of an appendix table (marked as such). */
interface Item {
  kind: 'task' | 'table-row';
  id: string;
  path: string;
  headings: string;
  title: string;
  text: string;
  deadline: string;
  note: string;
  units: readonly UnitAssignment[];
}

/** One output row: an item and one of its units, or the item alone when it names none. */
interface Row {
  document: PolicyDocument;
  item: Item;
  unit: UnitAssignment | null;
}

interface Column {
  zh: string;
  en: string;
  cell(row: Row, english: boolean): string;
}

/** The columns in output order; a spreadsheet user filters on 责任单位 and 角色. */
const COLUMNS: readonly Column[] = [
  { zh: '文件', en: 'file', cell: ({ document }) => document.source.path ?? '' },
  { zh: '类别', en: 'kind', cell: ({ item }, english) => itemKindLabel(item.kind, english) },
  { zh: '任务编号', en: 'task_id', cell: ({ item }) => item.id },
  { zh: '序号', en: 'path', cell: ({ item }) => item.path },
  { zh: '上级标题', en: 'headings', cell: ({ item }) => item.headings },
  { zh: '任务标题', en: 'title', cell: ({ item }) => item.title },
  { zh: '任务内容', en: 'text', cell: ({ item }) => item.text },
  { zh: '责任单位', en: 'unit', cell: ({ unit }) => unit?.name ?? '' },
  { zh: '角色', en: 'role', cell: ({ unit }, english) => (unit === null ? '' : english ? unit.role : ROLE_LABELS[unit.role]) },
  { zh: '规范名称', en: 'canonical', cell: ({ unit }) => unit?.canonical ?? '' },
  { zh: '层级', en: 'level', cell: ({ unit }) => unit?.level ?? '' },
  { zh: '职能', en: 'function', cell: ({ unit }) => unit?.function ?? '' },
  { zh: '单位类型', en: 'unit_kind', cell: ({ unit }, english) => (unit === null ? '' : english ? unit.kind : UNIT_KIND_LABELS[unit.kind]) },
  { zh: '完成时限', en: 'deadline', cell: ({ item }) => item.deadline },
  { zh: '责任表述', en: 'note', cell: ({ item }) => item.note },
];

const KIND_LABELS: Readonly<Record<Item['kind'], string>> = { task: '任务', 'table-row': '表格行' };

/** What a row is about, in the header's language: 任务 / 表格行, or task / table-row. */
export function itemKindLabel(kind: 'task' | 'table-row', english: boolean): string {
  return english ? kind : KIND_LABELS[kind];
}

function taskItem(task: Task): Item {
  return {
    kind: 'task', id: task.id, path: printedPath(task.path), headings: task.headings.join(' / '), title: task.title ?? '',
    text: task.text, deadline: task.deadline ?? '', note: task.responsibility ?? '', units: task.units,
  };
}

/** A table row: 序号 as its path, the table's title and section as headings, the linked task's id. */
function tableRowItem(table: ResponsibilityTable, row: TableRow): Item {
  return {
    kind: 'table-row', id: row.task ?? '', path: row.no, headings: [table.title, row.section].filter((h) => h).join(' / '), title: '',
    text: row.text, deadline: row.deadline ?? '', note: '', units: row.units,
  };
}

/** Item × unit rows; an item without units keeps one row so that nothing drops out of the list. */
function toRows(documents: readonly PolicyDocument[]): Row[] {
  return documents.flatMap((document) => {
    const items = [...document.tasks.map(taskItem), ...document.tables.flatMap((table) => table.rows.map((row) => tableRowItem(table, row)))];
    return items.flatMap((item): Row[] =>
      item.units.length === 0 ? [{ document, item, unit: null }] : item.units.map((unit) => ({ document, item, unit })),
    );
  });
}

/**
 * The long form (one record per task × unit) as header and records: the CSV's content and the
 * XLSX's 任务 sheet.
 */
export function longFormRecords(documents: readonly PolicyDocument[], header: 'zh' | 'en' = 'zh'): string[][] {
  const english = header === 'en';
  return [COLUMNS.map((column) => (english ? column.en : column.zh)), ...toRows(documents).map((row) => COLUMNS.map((column) => column.cell(row, english)))];
}

const TASK_ROW_COLUMNS = {
  zh: ['文件', '类别', '任务编号', '序号', '上级标题', '任务标题', '任务内容', '牵头单位', '责任单位', '配合单位', '完成时限', '责任表述'],
  en: ['file', 'kind', 'task_id', 'path', 'headings', 'title', 'text', 'lead', 'responsible', 'support', 'deadline', 'note'],
};

/**
 * One record per task (and table row), its units in three columns by role, joined with 、 (the
 * batch's all-tasks.csv: the long form repeats each task's text once per unit, which over
 * thousands of plans is most of the bytes). The header first.
 */
export function taskRowRecords(documents: readonly PolicyDocument[], header: 'zh' | 'en' = 'zh'): string[][] {
  const english = header === 'en';
  const records = [TASK_ROW_COLUMNS[header]];
  for (const document of documents) {
    const items = [...document.tasks.map(taskItem), ...document.tables.flatMap((table) => table.rows.map((row) => tableRowItem(table, row)))];
    for (const item of items) {
      const names = (role: Role): string => item.units.filter((unit) => unit.role === role).map((unit) => unit.name).join('、');
      records.push([document.source.path ?? '', itemKindLabel(item.kind, english), item.id, item.path, item.headings, item.title, item.text, names('lead'), names('responsible'), names('support'), item.deadline, item.note]);
    }
  }
  return records;
}

/**
 * Renders the task × unit list as CSV: UTF-8 with a BOM, CRLF between records, RFC 4180 quoting.
 *
 *     writeCsv([yanbian])
 *     // → '\uFEFF文件,类别,任务编号,序号,上级标题,任务标题,任务内容,责任单位,角色,规范名称,层级,职能,单位类型,完成时限,责任表述\r\n'
 *     //   + 'fixtures/corpus/yanbian.txt,任务,2.1.1,二、(一)1.,…,州住建局,负责,州住房和城乡建设局,州,住房和城乡建设,部门,,…\r\n'
 *
 * Cells are written as they are, including ones opening with `=`, `+`, `-` or `@`, which a
 * spreadsheet may read as a formula; plan text almost never starts that way, and escaping
 * them would alter the text a reader copies back out.
 */
export function writeCsv(documents: readonly PolicyDocument[], options?: CsvOptions & { encoding?: 'utf8' }): string;
export function writeCsv(documents: readonly PolicyDocument[], options: CsvOptions): string | Uint8Array;
export function writeCsv(documents: readonly PolicyDocument[], options: CsvOptions = {}): string | Uint8Array {
  return stringifyCsv(longFormRecords(documents, options.header), options);
}

/**
 * CSV text of records (the first is the header) in the chosen encoding.
 *
 * @throws PolicyExtractError E_OUTPUT when a GBK file cannot hold a character (it names each one).
 */
export function stringifyCsv(records: readonly string[][], options: CsvOptions & { columns?: readonly string[] } = {}): string | Uint8Array {
  let text = '';
  for (const record of records) text += csvRecord(record);
  return encodeCsv(text, records, { encoding: options.encoding ?? 'utf8', bom: options.bom ?? true, ...(options.columns ? { columns: options.columns } : {}) });
}

/**
 * One CSV record (RFC 4180 quoting: a cell with a comma, a quote or a line break is quoted, its
 * quotes doubled; CRLF at the end). Written here rather than by a library: it is the whole of the
 * format, and the batch writes hundreds of thousands of records.
 */
export function csvRecord(cells: readonly string[]): string {
  return `${csvCells(cells)}\r\n`;
}

/**
 * Cells of a CSV record, quoted as {@link csvRecord} quotes them, without the line end: the start
 * of a record whose other cells are known later (the combined matrix's unit columns).
 *
 *     csvCells(['a.txt', '任务', '1', '一、重点任务, 二']) // → 'a.txt,任务,1,"一、重点任务, 二"'
 */
export function csvCells(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (i > 0) line += ',';
    line += /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  }
  return line;
}
