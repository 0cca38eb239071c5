/** Writes documents as an Excel workbook: sheets 任务 (long form), 矩阵 (the matrix), 单位 (units), 问题 (diagnostics). */
import type { PolicyDocument } from '../model/document.js';
import { PolicyExtractError } from '../model/errors.js';
import { buildMatrix, type MatrixOptions } from '../views/matrix.js';
import { listUnits } from '../views/units-table.js';
import { longFormRecords } from './csv.js';
import { matrixRecords } from './matrix.js';
import { SEVERITY_LABELS } from './text.js';
import { unitsCells, unitsHeader } from './units.js';
import { type Sheet, writeWorkbook } from './xlsx.js';

export interface WorkbookWriteOptions extends MatrixOptions {
  header?: 'zh' | 'en';
}

/** Columns of an Excel worksheet (XFD). */
const EXCEL_COLUMNS = 16_384;
const SHEET_NAMES = { zh: ['任务', '矩阵', '单位', '问题'], en: ['tasks', 'matrix', 'units', 'diagnostics'] };
const DIAGNOSTIC_HEADERS = { zh: ['文件', '行', '级别', '代码', '说明'], en: ['file', 'line', 'severity', 'code', 'message'] };

/**
 * Renders the workbook; the same documents give the same bytes.
 *
 *     await writeXlsx([yanbian]) // → Uint8Array (PK…), four sheets
 */
export async function writeXlsx(documents: readonly PolicyDocument[], options: WorkbookWriteOptions = {}): Promise<Uint8Array> {
  const header = options.header ?? 'zh';
  const english = header === 'en';
  const [tasksName, matrixName, unitsName, problemsName] = SHEET_NAMES[header];
  const sheets: Sheet[] = [];

  const [taskHeader = [], ...taskRows] = longFormRecords(documents, header);
  // 上级标题, 任务内容 and 责任表述 hold sentences: wrapped
  const wrapTasks = ['headings', 'text', 'note', '上级标题', '任务内容', '责任表述'].map((name) => taskHeader.indexOf(name)).filter((index) => index >= 0);
  sheets.push({ name: tasksName!, header: taskHeader, rows: taskRows, wrap: wrapTasks });

  const matrix = buildMatrix(documents, options);
  if (matrix.columns.length + 7 > EXCEL_COLUMNS) {
    throw new PolicyExtractError('E_USAGE', `the matrix has ${matrix.columns.length} unit columns, more than an Excel sheet holds (${EXCEL_COLUMNS}); use --by unit or fewer files`);
  }
  const [matrixHeader = [], ...matrixRows] = matrixRecords(matrix, header);
  const totalsRow = matrixRows.length - 1;
  // counts are numbers (the 合计 column, the totals row), an empty cell is empty
  const matrixCell = (cell: string, numeric: boolean): string | number | null => (cell === '' ? null : numeric ? Number(cell) : cell);
  sheets.push({
    name: matrixName!, header: matrixHeader,
    rows: matrixRows.map((record, i) => record.map((cell, j) => matrixCell(cell, j === record.length - 1 || (i === totalsRow && j >= 6)))),
    wrap: [4],
    totals: true,
  });

  sheets.push({ name: unitsName!, header: unitsHeader(header), rows: listUnits(documents).map((row) => unitsCells(row, header)) });

  const problems = documents.flatMap((document) => document.diagnostics.map((d) => [document.source.path ?? '', d.location ?? d.line, english ? d.severity : SEVERITY_LABELS[d.severity], d.code, d.message]));
  sheets.push({ name: problemsName!, header: DIAGNOSTIC_HEADERS[header], rows: problems, wrap: [4] });

  return writeWorkbook(sheets);
}
