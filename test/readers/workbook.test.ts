// Excel workbooks: merged cells carried into every place they cover, title rows as lines, rich text and line breaks, the sheets a page each, and the limits.
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../error-of.js';
import { extractAsync } from '../../src/extract.js';
import { readWorkbook } from '../../src/readers/workbook.js';

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** 附件2 with its title merged across, the 序号 and 任务类别 cells merged down their rows. */
const plan = (book: ExcelJS.Workbook): void => {
  const sheet = book.addWorksheet('附件2');
  sheet.addRow(['重点任务分工表']);
  sheet.addRow(['序号', '任务类别', '重点任务', '牵头单位', '配合单位', '完成时限']);
  sheet.addRow([1, '（一）推进城市更新', '推进老旧小区改造。', '州住建局', '州发改委\n州财政局', new Date(Date.UTC(2025, 11, 31))]);
  sheet.addRow([null, null, { richText: [{ text: '同步完善' }, { text: '水电气暖', font: { bold: true } }, { text: '等配套设施。' }] }, '州住建局', { formula: '"州"&"水利局"', result: '州水利局' }, null]);
  sheet.addRow([2, '（二）健全县域商业体系', '改造提升乡镇商贸中心。', '州商务局', '州供销社', '长期坚持']);
  sheet.mergeCells('A1:F1');
  sheet.mergeCells('A3:A4');
  sheet.mergeCells('B3:B4');
};

describe('readWorkbook', () => {
  it('should keep a sheet without a header row in the document as lines (a cover sheet of notes is text, not a table)', async () => {
    const bytes = await workbook((book) => {
      const notes = book.addWorksheet('说明');
      notes.addRow(['填报说明']);
      notes.addRow(['1', '请各县市于每月5日前报送进展情况']);
      book.addWorksheet('分工表').addRow(['序号', '重点任务', '牵头单位']).worksheet.addRow([1, '推进老旧小区改造', '州住建局']);
    });
    const document = await extractAsync(bytes, { path: '分工表.xlsx' });
    expect(document.tables.map((table) => table.rows.map((row) => row.text))).toEqual([['推进老旧小区改造']]);
    expect(JSON.stringify(document)).toContain('请各县市于每月5日前报送进展情况');
    expect(document.diagnostics.map((d) => d.code)).toContain('table-without-header');
  });

  it('should not read a sheet of 填报说明 beside the task list as tasks (round 8 银川)', async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet('任务清单').addRows([['序号', '重点任务', '牵头单位'], [1, '推进黄河流域生态保护。', '市生态环境局']]);
      book.addWorksheet('填报说明').addRows([
        ['1.各牵头单位于每季度末5日前将任务进展情况报送市发展改革委（市先行区建设办公室）。'],
        ['2.配合单位应主动对接牵头单位。'],
      ]);
      book.addWorksheet('附件3').addRows([['序号', '重点任务', '责任单位'], [1, '发展农村电子商务。', '市商务局']]);
    });
    const document = await extractAsync(bytes, { path: '任务清单.xlsx' });
    expect(document.tasks).toEqual([]);
    expect(document.tables.map((table) => table.rows.map((row) => [row.line, row.text]))).toEqual([[[2, '推进黄河流域生态保护。']], [[6, '发展农村电子商务。']]]);
    expect(document.diagnostics.find((d) => d.code === 'notes-sheet')).toMatchObject({ severity: 'info', line: 3, location: '填报说明:1' });
    // a workbook of notes alone is the document: its items are read
    const alone = await extractAsync(await workbook((book) => book.addWorksheet('说明').addRows([['1.推进黄河流域生态保护。（责任单位：市生态环境局）']])), { path: '说明.xlsx' });
    expect(alone.tasks.map((task) => task.units.map((unit) => unit.name))).toEqual([['市生态环境局']]);
  });

  it('should give a workbook titled …督办台账 that title, the 联络员名单 sheet beside it (涟源 probe round 12)', async () => {
    const bytes = await workbook((book) => {
      const ledger = book.addWorksheet('督办台账');
      ledger.addRow(['涟源市2024年重点工作督办台账']);
      ledger.addRow(['序号', '重点工作', '责任领导', '牵头单位', '责任单位', '责任人', '联系电话', '一季度', '二季度', '三季度', '四季度']);
      ledger.addRow(['一、项目建设']);
      ledger.addRow([1, '推进涟源经开区标准厂房建设，新建标准厂房20万平方米', '刘××', '涟源经开区管委会', '市自然资源局、市住房和城乡建设局', '曾××', 13807381234, '完成规划设计', '开工建设', '主体完工', '竣工验收']);
      ledger.mergeCells('A1:K1');
      ledger.mergeCells('A3:K3');
      const contacts = book.addWorksheet('联络员名单');
      contacts.addRows([['涟源市2024年重点工作督办联络员名单'], ['序号', '单位', '联络员', '职务', '联系电话'], [1, '市发展和改革局', '曹××', '办公室主任', '0738-4621010']]);
      contacts.mergeCells('A1:E1');
    });
    const document = await extractAsync(bytes, { path: '督办台账.xlsx' });
    expect(document.meta.title).toBe('涟源市2024年重点工作督办台账');
    expect(document.tables[0]!.title).toBe('涟源市2024年重点工作督办台账');
  });

  it('should copy a merged cell into every place it covers, marked as from above or from the left', async () => {
    const read = await readWorkbook(await workbook(plan), { path: '分工表.xlsx' });
    expect(read.lines.map((line) => [line.line, line.text])).toEqual([[1, '重点任务分工表']]);
    const [grid] = read.tables;
    expect(grid!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['序号', '任务类别', '重点任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '(一)推进城市更新', '推进老旧小区改造。', '州住建局', '州发改委\n州财政局', '2025-12-31'],
      ['1', '(一)推进城市更新', '同步完善水电气暖等配套设施。', '州住建局', '州水利局', ''],
      ['2', '(二)健全县域商业体系', '改造提升乡镇商贸中心。', '州商务局', '州供销社', '长期坚持'],
    ]);
    expect(grid!.rows[2]!.slice(0, 2).map((cell) => cell.fromAbove)).toEqual([true, true]);
    expect(grid!.rowLines).toEqual([2, 3, 4, 5]);
    expect(read.pages).toEqual([{ label: '附件2', line: 1 }]);
  });

  it('should give the table reader rows with units by column, the section carried down', async () => {
    const document = await extractAsync(await workbook(plan), { path: '分工表.xlsx' });
    expect(document.source).toMatchObject({ format: 'xlsx' });
    expect(document.tables[0]!.rows.map((row) => [row.no, row.section, row.units.map((unit) => `${unit.name}/${unit.role}`).join(' '), row.deadline])).toEqual([
      ['1', '(一)推进城市更新', '州住建局/lead 州发改委/support 州财政局/support', '2025-12-31'],
      ['1', '(一)推进城市更新', '州住建局/lead 州水利局/support', null],
      ['2', '(二)健全县域商业体系', '州商务局/lead 州供销社/support', '长期坚持'],
    ]);
  });

  it('should number the rows of each visible sheet on from the last, each sheet a page; hidden sheets are left out', async () => {
    const bytes = await workbook((book) => {
      plan(book);
      book.addWorksheet('下拉列表', { state: 'hidden' }).addRow(['州住建局', '州商务局']);
      const second = book.addWorksheet('附件3');
      second.addRow(['序号', '重点任务', '责任单位']);
      second.addRow([1, '发展农村电子商务。', '州商务局']);
    });
    const document = await extractAsync(bytes, { path: '分工表.xlsx' });
    expect(document.tables.map((table) => [table.line, table.rows.map((row) => row.line)])).toEqual([[2, [3, 4, 5]], [6, [7]]]);
    const withLocation = await extractAsync(await workbook((book) => {
      book.addWorksheet('附件3').addRows([['序号', '重点任务', '责任单位'], [1, '发展农村电子商务。', '']]);
    }), { path: '分工表.xlsx' });
    expect(withLocation.diagnostics.find((d) => d.code === 'table-row-without-unit')).toMatchObject({ line: 2, location: '附件3:2' });
  });

  it('should refuse a workbook whose parts unpack past the limit, whatever sizes the ZIP claims', async () => {
    const bomb = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>'), 'xl/media/image1.png': [new Uint8Array(8 * 1024 * 1024), { level: 9 }] });
    const limits = { pages: 10, unpackedBytes: 4 * 1024 * 1024, cells: 1000 };
    expect(await errorOf(() => readWorkbook(bomb, { path: 'bomb.xlsx', limits }))).toEqual({ code: 'E_TOO_LARGE', message: 'its parts unpack to more than 4 MB (at xl/media/image1.png; a zip bomb?)' });
  });

  it('should refuse a damaged workbook and one with more cells than the limit', async () => {
    const bytes = await workbook(plan);
    expect((await errorOf(() => readWorkbook(bytes.slice(0, bytes.length - 200), { path: 'cut.xlsx' }))).code).toBe('E_BINARY');
    const limits = { pages: 10, unpackedBytes: 1e8, cells: 20 };
    expect(await errorOf(() => readWorkbook(bytes, { path: '分工表.xlsx', limits }))).toEqual({ code: 'E_TOO_LARGE', message: 'more than 20 cells, over the limit' });
  });
  it('should leave a hidden column out, as a hidden sheet is, and read no 责任清单 from a sheet whose header names no unit column (扬州 probe round 13)', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('任务清单');
      sheet.addRow(['扬州市2024年农村人居环境整治提升重点任务清单']);
      sheet.addRow(['序号', '类别', '重点任务', '责任单位', '', '完成时限', '涉及单位']);
      sheet.addRow(['', '', '', '牵头单位', '配合单位', '', '']);
      sheet.addRow([{ formula: 'ROW()-3', result: 1 }, '农村厕所革命', '新改建农村户用卫生厕所5000户，农村卫生户厕普及率稳定在98%以上', '市农业农村局', '市卫生健康委员会、市财政局', '2024年11月底', { formula: 'D4&"、"&E4', result: '市农业农村局、市卫生健康委员会、市财政局' }]);
      for (const range of ['A1:F1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'G2:G3']) sheet.mergeCells(range);
      // the helper column the author hid, for filtering
      sheet.getColumn(7).hidden = true;
      const fund = book.addWorksheet('资金安排');
      fund.addRow(['扬州市2024年农村人居环境整治提升资金安排表']);
      fund.addRow(['序号', '项目名称', '实施地区', '资金规模（万元）', '其中：省级资金', '市级资金']);
      fund.addRow([1, '农村户厕改造', '宝应县', 1200, 600, 600]);
      fund.addRow(['合计', '', '', 11000, 6400, 4600]);
      fund.mergeCells('A1:F1');
      fund.mergeCells('A4:C4');
    });
    const document = await extractAsync(bytes, { path: 'yangzhou.xlsx' });
    expect(document.tables.map((table) => table.columns)).toEqual([['序号', '类别', '重点任务', '牵头单位', '配合单位', '完成时限']]);
    expect(document.tables[0]!.rows.map((row) => row.units.map((unit) => `${unit.name}/${unit.role}`).join(' '))).toEqual(['市农业农村局/lead 市卫生健康委员会/support 市财政局/support']);
    // the amounts by county are text where they stand, reported once, not rows without a unit
    expect(document.diagnostics.map((d) => [d.code, d.location])).toEqual([['table-without-header', '资金安排:2']]);
    expect(document.tasks).toEqual([]);
  });

  it('should start a merged cell whose first column is hidden at its first shown place', async () => {
    const read = await readWorkbook(await workbook((book) => {
      const sheet = book.addWorksheet('附件');
      sheet.addRow(['序号', '重点任务', '责任单位', '', '完成时限']);
      sheet.addRow(['', '', '牵头单位', '配合单位', '']);
      sheet.addRow([1, '推进农村电网巩固提升工程', '国网扬州供电公司', '市发展和改革委员会', '2024年12月底']);
      sheet.mergeCells('C1:D1');
      sheet.getColumn(3).hidden = true;
    }));
    expect(read.tables[0]!.rows[0]).toEqual([
      { text: '序号', fromAbove: false, fromLeft: false }, { text: '重点任务', fromAbove: false, fromLeft: false },
      { text: '责任单位', fromAbove: false, fromLeft: false }, { text: '完成时限', fromAbove: false, fromLeft: false },
    ]);
  });
});
