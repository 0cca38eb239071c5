// Builds small Excel workbooks (.xlsx) for the tests: a sheet's rows and its merged cells.
import ExcelJS from 'exceljs';

/** A sheet as rows of cell values, with the ranges merged (`D3:K3`). */
export interface SheetSpec {
  name: string;
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
  merges?: readonly string[];
}

/** A workbook of the given sheets, as the bytes of an .xlsx file. */
export async function makeXlsx(...sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name);
    for (const row of spec.rows) sheet.addRow([...row]);
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
