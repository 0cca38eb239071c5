/** The XLSX workbook writer: what exceljs reads back, the header row's layout, and byte-identical output across time and time zones. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isPolicyExtractError } from '../../src/model/errors.js';
import { displayWidth } from '../../src/writers/text.js';
import { writeWorkbook } from '../../src/writers/xlsx.js';
import type { Sheet } from '../../src/writers/xlsx.js';

const LONG_TEXT = '完善园区基础设施，推进供水、供电、供气、污水和垃圾处理等设施建设';

const SHEETS: Sheet[] = [
  {
    name: '任务清单',
    header: ['任务编号', '任务内容', '责任单位', '角色'],
    rows: [
      ['1.1', `${LONG_TEXT}\n到2025年底前完成`, '州住建局', '牵头'],
      [2, '=SUM(A1:A2)', null, '配合'],
    ],
    wrap: [1],
  },
  {
    name: '责任单位',
    header: ['责任单位', '任务数'],
    rows: [['州住建局', 1]],
  },
];

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types load()'s argument as its own ArrayBuffer-like Buffer; jszip reads an ArrayBuffer
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

function worksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('writeWorkbook', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should read back with the sheet names, headers and cell values', async () => {
    const workbook = await readBack(await writeWorkbook(SHEETS));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['任务清单', '责任单位']);

    const tasks = worksheet(workbook, '任务清单');
    expect(tasks.getRow(1).values).toEqual([undefined, '任务编号', '任务内容', '责任单位', '角色']);
    expect(tasks.getCell('A2').value).toBe('1.1');
    expect(tasks.getCell('B2').value).toBe(`${LONG_TEXT}\n到2025年底前完成`);
    expect(tasks.getCell('A3').value).toBe(2);
    expect(tasks.getCell('A3').type).toBe(ExcelJS.ValueType.Number);
    expect(tasks.getCell('C3').value).toBeNull();
    expect(tasks.rowCount).toBe(3);

    const units = worksheet(workbook, '责任单位');
    expect(units.getCell('B2').value).toBe(1);
  });

  it('should keep text starting with = as text, not a formula', async () => {
    const cell = worksheet(await readBack(await writeWorkbook(SHEETS)), '任务清单').getCell('B3');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=SUM(A1:A2)');
  });

  it('should make the header bold and frozen, with an autofilter over all rows', async () => {
    const workbook = await readBack(await writeWorkbook(SHEETS));
    const tasks = worksheet(workbook, '任务清单');
    expect(tasks.getCell('A1').font?.bold).toBe(true);
    expect(tasks.getCell('A2').font?.bold).not.toBe(true);
    expect(tasks.views).toMatchObject([{ state: 'frozen', ySplit: 1, topLeftCell: 'A2' }]);
    expect(tasks.autoFilter).toBe('A1:D3');
    expect(worksheet(workbook, '责任单位').autoFilter).toBe('A1:B2');
  });

  it('should size columns by display width, CJK counting two, and wrap the long-text columns', async () => {
    const tasks = worksheet(await readBack(await writeWorkbook(SHEETS)), '任务清单');
    const longest = displayWidth(LONG_TEXT);
    expect(longest).toBeGreaterThan(60);
    // the wrapped column is capped; its text breaks into lines instead
    expect(tasks.getColumn(2).width).toBe(60);
    expect(tasks.getCell('B2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // 责任单位 and 州住建局 are 4 CJK characters: 8 columns, plus room for the filter button
    expect(tasks.getColumn(3).width).toBeGreaterThanOrEqual(displayWidth('责任单位'));
    expect(tasks.getColumn(3).width).toBeLessThanOrEqual(40);
    expect(tasks.getCell('C2').alignment?.wrapText).not.toBe(true);
    // 角色 is narrow but not narrower than the minimum
    expect(tasks.getColumn(4).width).toBeGreaterThanOrEqual(6);
  });

  it('should cap an unwrapped column at 40', async () => {
    const bytes = await writeWorkbook([{ name: 'x', header: ['任务内容'], rows: [[LONG_TEXT]] }]);
    expect(worksheet(await readBack(bytes), 'x').getColumn(1).width).toBe(40);
  });

  it('should make sheet names valid and unique', async () => {
    const sheet = { header: ['a'], rows: [] };
    const long = '关于印发延边州城镇基础设施建设三年行动方案任务分工的通知附件一';
    const bytes = await writeWorkbook([
      { ...sheet, name: '任务/分工:[一]' },
      { ...sheet, name: '任务/分工:[一]' },
      { ...sheet, name: '' },
      { ...sheet, name: long },
      { ...sheet, name: long },
    ]);
    const names = (await readBack(bytes)).worksheets.map((ws) => ws.name);
    expect(names.slice(0, 3)).toEqual(['任务_分工__一_', '任务_分工__一_ (2)', 'Sheet3']);
    expect(names[3]).toBe(long.slice(0, 31));
    expect(names[4]).toBe(`${long.slice(0, 27)} (2)`);
  });

  it('should stamp options.date in the workbook properties', async () => {
    const date = new Date('2025-03-01T08:30:00Z');
    const workbook = await readBack(await writeWorkbook(SHEETS, { date }));
    expect(workbook.created).toEqual(date);
    expect(workbook.modified).toEqual(date);
    expect((await readBack(await writeWorkbook(SHEETS))).created).toEqual(new Date('2000-01-01T00:00:00Z'));
  });

  it('should give the same bytes at another time and in another time zone', async () => {
    const first = await writeWorkbook(SHEETS);
    // zip entries carry a DOS time (2 s resolution, local fields); exceljs's zip libraries stamp the current time
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T13:45:17Z'));
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const second = await writeWorkbook(SHEETS);
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const other = await writeWorkbook(SHEETS, { date: new Date('2025-03-01T08:30:00Z') });
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });

  it('should start the zip with [Content_Types].xml', async () => {
    const bytes = await writeWorkbook(SHEETS);
    // local file header: name length at offset 26, name at 30
    const nameLength = Buffer.from(bytes).readUInt16LE(26);
    expect(Buffer.from(bytes.subarray(30, 30 + nameLength)).toString()).toBe('[Content_Types].xml');
  });

  it('should refuse a workbook without sheets and an invalid date', async () => {
    await expect(writeWorkbook([])).rejects.toSatisfy((error) => isPolicyExtractError(error) && error.code === 'E_USAGE');
    await expect(writeWorkbook(SHEETS, { date: new Date(Number.NaN) })).rejects.toSatisfy(
      (error) => isPolicyExtractError(error) && error.code === 'E_USAGE',
    );
  });

  it('should load exceljs only when called', () => {
    const source = readFileSync(fileURLToPath(new URL('../../src/writers/xlsx.ts', import.meta.url)), 'utf8');
    expect(source).not.toMatch(/^import (?!type )[^;]*? from '(exceljs|fflate)';$/m);
  });
});
