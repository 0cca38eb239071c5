/** What every reader gives the extractors: lines in reading order, and tables read as structure. */
import type { Diagnostic } from '../model/document.js';
import type { SourceLine } from './text.js';

/** Input formats the readers know. */
export type InputFormat = 'text' | 'html' | 'docx';

/**
 * A table as a reader found it (HTML `<table>`, Word `w:tbl`): rows of cell texts with spans
 * already expanded, so a cell merged over three rows stands in all three.
 */
export interface TableGrid {
  rows: TableCell[][];
  /** Index into `lines` of the first line after the table (the table stood between lines[at - 1] and lines[at]). */
  at: number;
  /** Source line of the table's start (HTML line, Word paragraph count), for diagnostics. */
  line: number;
  /** Source line of each row, where the reader knows it (HTML); else rows count on from `line`. */
  rowLines?: number[];
}

export interface TableCell {
  /** Cell text, normalized like a line's `text`; paragraphs inside the cell joined by \n. */
  text: string;
  /** This position is covered by a cell that started in an earlier row (rowspan / vMerge). */
  fromAbove: boolean;
  /** This position is covered by a cell that started in an earlier column (colspan / gridSpan). */
  fromLeft: boolean;
}

export interface ReadResult {
  format: InputFormat;
  encoding: string;
  bom: boolean;
  lines: SourceLine[];
  tables: TableGrid[];
  diagnostics: Diagnostic[];
}
