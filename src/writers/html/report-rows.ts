/** The rows of a document's report: each matrix row with the task or table row it stands for. */
import type { PolicyDocument, UnitAssignment } from '../../model/document.js';
import type { Matrix, MatrixRow } from '../../views/matrix.js';

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
}

/**
 * Pairs the rows of `buildMatrix([document])` with the document's tasks and table rows, which
 * the matrix lists in the same order: body tasks first, then each table's rows.
 */
export function reportRows(document: PolicyDocument, matrix: Matrix, prefix: string): ReportRow[] {
  const sources = [
    ...document.tasks.map((task) => ({ headings: task.headings, text: task.text, note: task.responsibility, units: task.units, deadline: task.deadline, line: task.line, endLine: task.endLine })),
    ...document.tables.flatMap((table) => table.rows.map((row) => ({
      headings: [table.title, row.section].filter((heading): heading is string => Boolean(heading)),
      text: row.text, note: null, units: row.units, deadline: row.deadline, line: row.line, endLine: row.line,
    }))),
  ];
  return matrix.rows.map((row, i) => ({ row, anchor: `${prefix}-t${i}`, ...sources[i]! }));
}
