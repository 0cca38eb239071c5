/** What every reader gives the extractors: lines in reading order, and tables read as structure. */
import type { Diagnostic } from '../model/document.js';
import type { SourceLine } from './text.js';

/** Input formats the readers know: csv covers tab-separated tables too, doc is Word 97–2003. */
export type InputFormat = 'text' | 'html' | 'docx' | 'csv' | 'pdf' | 'xlsx' | 'doc';

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
  /**
   * The cell's bold runs, normalized like its text, where it has any: what a legend may give a role
   * (`注：责任单位中加粗字体为牵头单位`).
   */
  emphasized?: string[];
}

export interface ReadResult {
  format: InputFormat;
  encoding: string;
  bom: boolean;
  lines: SourceLine[];
  tables: TableGrid[];
  diagnostics: Diagnostic[];
  /**
   * Where the lines of each page (PDF) or sheet (workbook) start, in order: a line number is
   * then shown as the page and the line on it (`p.3:12`) or the sheet and its row (`分工表:5`).
   */
  pages?: PageStart[];
  /** Lines the reader knows hold no tasks (a workbook's sheet of 填报说明): kept out of the tasks, and reported. */
  asides?: Aside[];
}

/** A run of lines that holds no tasks: a sheet of notes on how to fill in the workbook. */
export interface Aside {
  /** The sheet's name. */
  label: string;
  /** The numbers of its first and last lines. */
  from: number;
  to: number;
}

/** A page or sheet: its label and the number its first line has among all the lines. */
export interface PageStart {
  /** `p.3`, or a sheet's name. */
  label: string;
  line: number;
}

/**
 * Bounds on what a hostile file may make a reader unpack: past them the file is an error, not a hang.
 * `--max-size` sets `unpackedBytes` for a batch.
 */
export interface ReadLimits {
  /** Pages of a PDF. */
  pages: number;
  /** Bytes a ZIP's parts (.docx, .xlsx) inflate to, or a PDF's text. */
  unpackedBytes: number;
  /** Cells of a workbook or CSV table. */
  cells: number;
}

export const DEFAULT_LIMITS: ReadLimits = { pages: 2000, unpackedBytes: 200 * 1024 * 1024, cells: 1_000_000 };

/** A byte count as limits are told: `300 MB`. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
