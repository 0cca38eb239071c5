/** Writes the responsibility matrix (tasks × units, cells 牵头/负责/配合) as CSV and as a Markdown table. */
import type { PolicyDocument, Role } from '../model/document.js';
import { buildMatrix, countFilledCells, type Matrix, type MatrixOptions } from '../views/matrix.js';
import { type CsvOptions, itemKindLabel, stringifyCsv } from './csv.js';
import { ROLE_LABELS } from './text.js';

export interface MatrixWriteOptions extends MatrixOptions, CsvOptions {}

/** The columns before the units, and the word of the totals column and row: the batch's combined matrix has them too. */
export const ITEM_COLUMNS = { zh: ['文件', '类别', '任务编号', '序号', '上级标题', '任务'], en: ['file', 'kind', 'task_id', 'path', 'headings', 'task'] };
export const TOTAL = { zh: '合计', en: 'total' };

/**
 * The matrix as records: a header, one record per task, then a totals record; the last column
 * counts each task's units, the last record each unit's tasks.
 */
export function matrixRecords(matrix: Matrix, header: 'zh' | 'en' = 'zh'): string[][] {
  const role = (cell: Role | null): string => (cell === null ? '' : header === 'en' ? cell : ROLE_LABELS[cell]);
  const records = [[...ITEM_COLUMNS[header], ...matrix.columns.map((column) => column.label), TOTAL[header]]];
  for (const row of matrix.rows) {
    records.push([row.file, itemKindLabel(row.kind, header === 'en'), row.id, row.path, row.headings, row.title, ...row.cells.map(role), String(row.total)]);
  }
  records.push(['', '', '', '', '', TOTAL[header], ...matrix.columns.map((column) => String(column.total)), String(countFilledCells(matrix))]);
  return records;
}

/**
 * Renders the matrix as CSV for Excel (same encoding rules as the long CSV).
 *
 *     writeMatrixCsv([yanbian])
 *     // → '\uFEFF文件,类别,任务编号,序号,上级标题,任务,各县市党委、政府,州住房和城乡建设局,…,合计\r\n'
 *     //   + 'yanbian-2022-demo-towns-tasks.txt,任务,2.1.1,二、(一)1.,…,完善园区基础设施,负责,负责,,…,2\r\n'
 */
export function writeMatrixCsv(documents: readonly PolicyDocument[], options: MatrixWriteOptions = {}): string | Uint8Array {
  return stringifyCsv(matrixRecords(buildMatrix(documents, options), options.header), options);
}

/**
 * Renders the matrix as a Markdown table (GitHub flavour) for pasting into a report; the file
 * column appears only when there are several files.
 */
export function writeMarkdown(documents: readonly PolicyDocument[], options: MatrixWriteOptions = {}): string {
  const matrix = buildMatrix(documents, options);
  const header = options.header ?? 'zh';
  const files = new Set(matrix.rows.map((row) => row.file)).size > 1;
  const records = matrixRecords(matrix, header).map((record) => {
    // file, kind, id, path, headings, title …: the table keeps id (with the path) and title
    const [file = '', , id = '', path = '', , title = '', ...rest] = record;
    const item = [id && path && id !== path ? `${id} ${path}` : id || path, title];
    return files ? [file, ...item, ...rest] : [...item, ...rest];
  });
  const [head = [], ...body] = records;
  head[files ? 1 : 0] = header === 'en' ? 'task' : '任务';
  head[files ? 2 : 1] = header === 'en' ? 'title' : '标题';
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `|${head.map((_, i) => (i >= (files ? 3 : 2) ? ':---:' : '---')).join('|')}|`;
  const title = documents.length === 1 ? (documents[0]!.meta.title ?? null) : null;
  return `${title ? `## ${escapeCell(title)}\n\n` : ''}${[line(head), rule, ...body.map(line)].join('\n')}\n`;
}

/** A Markdown table cell: a pipe or a line break would end it, so the one is escaped, the other a <br>. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
