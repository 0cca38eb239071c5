/** Writes documents as a CSV responsibility matrix: one row per task and unit. */
import { stringify } from 'csv-stringify/sync';
import type { PolicyDocument, Role, Task, UnitAssignment } from '../model/document.js';
import { ROLE_LABELS } from './text.js';

export interface CsvOptions {
  /** Column headers and role words: Chinese (default) or English. */
  header?: 'zh' | 'en';
  /** Start with a UTF-8 BOM, without which Excel reads the file as the local code page (default true). */
  bom?: boolean;
}

/** One output row: a task and one of its units, or the task alone when it names none. */
interface Row {
  document: PolicyDocument;
  task: Task;
  unit: UnitAssignment | null;
}

interface Column {
  zh: string;
  en: string;
  cell(row: Row, roleLabel: (role: Role) => string): string;
}

/** The columns in output order; a spreadsheet user filters on 责任单位 and 角色. */
const COLUMNS: readonly Column[] = [
  { zh: '文件', en: 'file', cell: ({ document }) => document.source.path ?? '' },
  { zh: '任务编号', en: 'task_id', cell: ({ task }) => task.id },
  { zh: '序号', en: 'path', cell: ({ task }) => task.path.join('') },
  { zh: '上级标题', en: 'headings', cell: ({ task }) => task.headings.join(' / ') },
  { zh: '任务标题', en: 'title', cell: ({ task }) => task.title ?? '' },
  { zh: '任务内容', en: 'text', cell: ({ task }) => task.text },
  { zh: '责任单位', en: 'unit', cell: ({ unit }) => unit?.name ?? '' },
  { zh: '角色', en: 'role', cell: ({ unit }, roleLabel) => (unit === null ? '' : roleLabel(unit.role)) },
  { zh: '完成时限', en: 'deadline', cell: ({ task }) => task.deadline ?? '' },
  { zh: '责任表述', en: 'note', cell: ({ task }) => task.responsibility ?? '' },
];

/** Task × unit rows; a task without units keeps one row so that no task drops out of the matrix. */
function toRows(documents: readonly PolicyDocument[]): Row[] {
  return documents.flatMap((document) =>
    document.tasks.flatMap((task): Row[] =>
      task.units.length === 0
        ? [{ document, task, unit: null }]
        : task.units.map((unit) => ({ document, task, unit })),
    ),
  );
}

/**
 * Renders the task × unit matrix as CSV: UTF-8 with a BOM, CRLF between records, RFC 4180 quoting.
 *
 *     writeCsv([yanbian])
 *     // → '\uFEFF文件,任务编号,序号,上级标题,任务标题,任务内容,责任单位,角色,完成时限,责任表述\r\n'
 *     //   + 'fixtures/corpus/yanbian.txt,2.1.1,二、(一)1.,二、工作分工 / (一)推进产业项目建设,提升造血能力,…,州住建局,负责,,…\r\n'
 *
 * Cells are written as they are, including ones opening with `=`, `+`, `-` or `@`, which a
 * spreadsheet may read as a formula; plan text almost never starts that way, and escaping
 * them would alter the text a reader copies back out.
 */
export function writeCsv(documents: readonly PolicyDocument[], options: CsvOptions = {}): string {
  const english = options.header === 'en';
  const roleLabel = (role: Role): string => (english ? role : ROLE_LABELS[role]);
  const header = COLUMNS.map((column) => (english ? column.en : column.zh));
  const records = toRows(documents).map((row) => COLUMNS.map((column) => column.cell(row, roleLabel)));
  return stringify([header, ...records], {
    bom: options.bom ?? true,
    record_delimiter: 'windows',
    // With a custom record delimiter csv-stringify quotes only fields holding that delimiter,
    // so a paragraph break (\n) inside task text would be written bare and split the record.
    quoted_match: /[\r\n]/,
  });
}
