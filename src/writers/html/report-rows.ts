/** The rows of a document's report: each matrix row with what the page shows of the item it stands for. */
import type { UnitAssignment } from '../../model/document.js';
import { type Matrix, type MatrixRow, type MatrixSource, tableRowHeadings } from '../../views/matrix.js';

/** A matrix row and what the page shows when it is opened: its full text, note, units and lines. */
export interface ReportRow {
  row: MatrixRow;
  /** The id of its text's article, e.g. `d1-t4` (document 1, row 4): never built from the document's text. */
  anchor: string;
  /** The headings above it: a task's, or a table row's table title and section. */
  headings: string[];
  text: string;
  /** 责任表述 (the responsibility note) as written; null for table rows and tasks without one. */
  note: string | null;
  units: UnitAssignment[];
  deadline: string | null;
  line: number;
  endLine: number;
  /** In a PDF or a workbook, its place on the page (`p.2:7`); null for other inputs. */
  location: string | null;
}

/**
 * The report's rows of `buildMatrix([document])`, in the matrix's order, each read from the task
 * or table row the matrix row carries.
 *
 *     reportRows(buildMatrix([yanbian]), 'd1')[0] // → { row: …, anchor: 'd1-t0', headings: ['二、工作分工', …], text: '完善园区基础设施。…', … }
 */
export function reportRows(matrix: Matrix, prefix: string): ReportRow[] {
  return matrix.rows.map((row, i) => ({ row, anchor: `${prefix}-t${i}`, ...sourceDetails(row.source) }));
}

function sourceDetails(source: MatrixSource): Omit<ReportRow, 'row' | 'anchor'> {
  if (source.kind === 'task') {
    const { task } = source;
    return {
      headings: task.headings, text: task.text, note: task.responsibility, units: task.units,
      deadline: task.deadline, line: task.line, endLine: task.endLine, location: task.location ?? null,
    };
  }
  const { table, row } = source;
  return {
    headings: tableRowHeadings(table, row), text: row.text, note: null, units: row.units,
    deadline: row.deadline, line: row.line, endLine: row.line, location: row.location ?? null,
  };
}
