// Tables a PDF lays out without ruling lines, on runs placed by hand as Chromium and Word place them: the header found by meaning, columns from the header and the text under it, rows from the gaps and the 序号, the table ending where the body text resumes.
import { describe, expect, it } from 'vitest';
import { layoutPdf, type PdfPageContent } from '../../src/readers/pdf-layout.js';
import type { PdfItem } from '../../src/readers/pdf-lines.js';
import type { PdfRule } from '../../src/readers/pdf-tables.js';

const SIZE = 12;
/** Baseline to baseline inside a cell. */
const PITCH = 16;
const HEIGHT = 842;

/** A run of `text` at (x, baseline y), each character one em wide. */
const run = (text: string, x: number, y: number, size = SIZE): PdfItem => ({ text, x, y, width: [...text].length * size, size });
/** A run centred on `center`. */
const centred = (text: string, center: number, y: number): PdfItem => run(text, center - ([...text].length * SIZE) / 2, y);

/**
 * The columns of the tables below, as a table of 8%, 62% and 30% of the text width sets them:
 * 序号 centred on x 98, 重点任务 from x 124 (21 characters wide), 责任单位 from x 394 (10
 * characters). The header cells are centred over their columns.
 */
const CENTERS = [98, 252, 457];
const header = (y: number, cells = ['序号', '重点任务', '责任单位']): PdfItem[] => cells.map((cell, c) => centred(cell, CENTERS[c]!, y));

type Row = [no: string, task: string[], units: string[]];

/**
 * Rows from `top` down, each cell's lines one under another at the pitch, in the middle of the
 * row (`vertical-align: middle`, as Chromium prints a table) or at its top (Word's default),
 * `padding` points between two rows.
 */
function tableRows(top: number, rows: Row[], { align = 'middle', padding = 6 }: { align?: 'middle' | 'top'; padding?: number } = {}): PdfItem[] {
  let y = top;
  return rows.flatMap(([no, task, units]) => {
    const height = Math.max(1, task.length, units.length) * PITCH;
    const place = (lines: string[], at: (line: string, y: number) => PdfItem): PdfItem[] =>
      lines.map((line, i) => at(line, y + (align === 'middle' ? (height - lines.length * PITCH) / 2 : 0) + (i + 1) * PITCH - 4));
    const items = [...place(no ? [no] : [], (line, at) => centred(line, CENTERS[0]!, at)), ...place(task, (line, at) => run(line, 124, at)), ...place(units, (line, at) => run(line, 394, at))];
    y += height + padding;
    return items;
  });
}

const page = (items: PdfItem[]): PdfPageContent => ({ items, rules: [], height: HEIGHT });
const cells = (pages: PdfPageContent[]): string[][][] => layoutPdf(pages).tables.map((table) => table.rows.map((row) => row.map((cell) => cell.text)));

const ROW_1: Row = ['1', ['推进园区与镇区基础设施共建共享，推动产城一', '体、镇园融合。'], ['市、县级党委、政府；', '省住房城乡建设厅、省', '商务厅按职责分工负责']];
const ROW_2: Row = ['2', ['完善路灯及信号灯。'], ['州住建局']];
const READ_1 = ['1', '推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。', '市、县级党委、政府;省住房城乡建设厅、省商务厅按职责分工负责'];
const HEAD = ['序号', '重点任务', '责任单位'];

describe('tables laid out without rules', () => {
  it('should keep a 责任单位 cell wrapped over three lines and a task wrapped over two as one cell each, the 序号 set in the middle of its row', () => {
    expect(cells([page([...header(100), ...tableRows(110, [ROW_1, ROW_2])])])).toEqual([[HEAD, READ_1, ['2', '完善路灯及信号灯。', '州住建局']]]);
  });

  it('should part rows set at their tops with no room between them at each 序号, a task wrapped over three lines staying one cell', () => {
    const rows: Row[] = [['1', ['推进镇区与县城、村庄交通设施互联互通，鼓励', '对公路、乡镇客运站等设施升级改造，提升客运', '服务水平。'], ['州交通运输局']], ['2', ['完善镇区生活垃圾收运处置体系。', '提升示范镇垃圾转运能力。'], ['州住建局']]];
    expect(cells([page([...header(100), ...tableRows(106, rows, { align: 'top', padding: 0 })])])).toEqual([[
      HEAD,
      ['1', '推进镇区与县城、村庄交通设施互联互通,鼓励对公路、乡镇客运站等设施升级改造,提升客运服务水平。', '州交通运输局'],
      ['2', '完善镇区生活垃圾收运处置体系。\n提升示范镇垃圾转运能力。', '州住建局'],
    ]]);
  });

  it('should part rows set in the middle with no room between them where each row ends: as far below its 序号 as its first line stands above', () => {
    const row3: Row = ['3', ['推进镇区与县城、村庄交通设施互联互通，鼓励', '对公路、乡镇客运站等设施升级改造，提升客运', '服务水平。'], ['州交通运输局']];
    expect(cells([page([...header(100), ...tableRows(106, [ROW_1, ROW_2, row3], { padding: 0 })])])).toEqual([[
      HEAD,
      READ_1,
      ['2', '完善路灯及信号灯。', '州住建局'],
      ['3', '推进镇区与县城、村庄交通设施互联互通,鼓励对公路、乡镇客运站等设施升级改造,提升客运服务水平。', '州交通运输局'],
    ]]);
  });

  it('should leave an empty cell empty', () => {
    expect(cells([page([...header(100), ...tableRows(110, [['1', ['开展总结交流。'], []], ROW_2])])])).toEqual([[HEAD, ['1', '开展总结交流。', ''], ['2', '完善路灯及信号灯。', '州住建局']]]);
  });

  it('should read a header whose cells wrap: 责任 over 单位 beside cells set in the middle, 完成 over 时限', () => {
    const wrapped = [run('责任', 445, 100), run('完成', 497, 100), ...header(108, ['序号', '重点任务']), run('单位', 445, 116), run('时限', 497, 116)];
    const row = [centred('1', 98, 140), run('推进道路建设。', 124, 140), run('州交通局', 394, 140), run('年底', 497, 140)];
    expect(cells([page([...wrapped, ...row])])).toEqual([[['序号', '重点任务', '责任单位', '完成时限'], ['1', '推进道路建设。', '州交通局', '年底']]]);
  });

  it('should read a line across the columns as a section of the table, and end the table where body text in its size resumes', () => {
    const items = [
      run('附表', 80, 60, 15),
      ...header(100),
      run('（一）推进产业项目建设', 80, 126),
      ...tableRows(132, [ROW_1]),
      run('各地要参照本方案，结合实际制定具体措施，确保各项任务落到实处，按', 80, 218),
      run('期完成。', 80, 234),
    ];
    const layout = layoutPdf([page(items)]);
    expect(layout.tables.map((table) => table.rows.map((row) => row.map((cell) => `${cell.text}${cell.fromLeft ? '←' : ''}`)))).toEqual([[
      HEAD,
      ['(一)推进产业项目建设', '(一)推进产业项目建设←', '(一)推进产业项目建设←'],
      READ_1,
    ]]);
    expect(layout.lines.map((line) => line.text)).toEqual(['附表', '各地要参照本方案,结合实际制定具体措施,确保各项任务落到实处,按期完成。']);
    expect(layout.tables[0]!.at).toBe(1);
  });

  it('should end the table at a 序号 cell that is no number, and at a change of size', () => {
    const after = [run('附件2', 80, 200), run('延边州示范镇建设重点任务清单', 120, 224, 15)];
    const layout = layoutPdf([page([...header(100), ...tableRows(110, [ROW_1]), ...after])]);
    expect(layout.tables.map((table) => table.rows.length)).toEqual([2]);
    expect(layout.lines.map((line) => line.text)).toEqual(['附件2', '延边州示范镇建设重点任务清单']);
  });

  it('should read a table running on over the next page under its repeated header as one, the header not taken for a running header', () => {
    const furniture = (n: number): PdfItem[] => [run('政府信息公开', 250, 40, 9), run(`— ${n} —`, 280, 800, 11)];
    const pages = [
      page([...furniture(1), run('附表', 80, 560, 15), ...header(600), ...tableRows(610, [ROW_1, ROW_2])]),
      page([...furniture(2), ...header(100), ...tableRows(110, [['3', ['推动老旧住房改造。'], ['省水利厅']]])]),
    ];
    const layout = layoutPdf(pages);
    expect(layout.tables.map((table) => table.rows.map((row) => row.map((cell) => cell.text)))).toEqual([[HEAD, READ_1, ['2', '完善路灯及信号灯。', '州住建局'], ['3', '推动老旧住房改造。', '省水利厅']]]);
    expect(layout.lines.map((line) => line.text)).toEqual(['附表']);
    // each row on the line of its topmost run (row 1's first unit line, set higher than its task), row 3 on page 2's third line
    expect(layout.tables[0]!.rowLines).toEqual([3, 4, 9, 13]);
  });

  describe('a table running on over the next page without its header repeated (issue 10)', () => {
    const furniture = (n: number): PdfItem[] => [run('政府信息公开', 250, 40, 9), run(`— ${n} —`, 280, 800, 11)];
    const ROW_3: Row = ['3', ['推动老旧住房改造，完善水电气热信等配套基础', '设施。'], ['省水利厅']];
    const READ_3 = ['3', '推动老旧住房改造,完善水电气热信等配套基础设施。', '省水利厅'];

    it('should carry the table on where the next page opens with lines in its columns, over three pages', () => {
      const pages = [
        page([...furniture(1), run('附表', 80, 600, 15), ...header(650), ...tableRows(660, [ROW_1])]),
        page([...furniture(2), ...tableRows(80, [ROW_2])]),
        page([...furniture(3), ...tableRows(80, [ROW_3]), run('附件2', 80, 200)]),
      ];
      const layout = layoutPdf(pages);
      expect(layout.tables.map((table) => table.rows.map((row) => row.map((cell) => cell.text)))).toEqual([[HEAD, READ_1, ['2', '完善路灯及信号灯。', '州住建局'], READ_3]]);
      expect(layout.lines.map((line) => line.text)).toEqual(['附表', '附件2']);
      // row 2 on page 2's first line after its running header, row 3 on page 3's
      expect(layout.tables[0]!.rowLines).toEqual([3, 4, 11, 14]);
    });

    it('should not carry it on over a page that opens with body text, nor over one the table did not end', () => {
      const body = [run('二、保障措施', 80, 90), run('（一）加强组织领导。各地要建立健全工作机制，明确责任分工。', 80, 114)];
      const ended = layoutPdf([page([...furniture(1), ...header(650), ...tableRows(660, [ROW_1])]), page([...furniture(2), ...body])]);
      expect(ended.tables.map((table) => table.rows.length)).toEqual([2]);
      expect(ended.lines.map((line) => line.raw)).toEqual(['二、保障措施', '（一）加强组织领导。各地要建立健全工作机制，明确责任分工。']);
      const after = layoutPdf([page([...furniture(1), ...header(600), ...tableRows(610, [ROW_1]), run('（此页无正文）', 80, 720)]), page([...furniture(2), ...tableRows(80, [ROW_2])])]);
      expect(after.tables.map((table) => table.rows.length)).toEqual([2]);
      expect(after.lines.map((line) => line.raw)).toEqual(['（此页无正文）', '2 完善路灯及信号灯。\t州住建局']);
    });

    it('should take a line across the columns that ends the page below the table as a section of it where the next page carries the table on, else as text', () => {
      const section = run('（二）推进市政设施建设', 80, 740);
      const next = [page([...furniture(2), ...tableRows(80, [ROW_2])]), page([...furniture(2), ...header(86), ...tableRows(96, [ROW_2])])];
      for (const second of next) {
        const layout = layoutPdf([page([...furniture(1), ...header(650), ...tableRows(660, [ROW_1]), section]), second]);
        expect(layout.tables.map((table) => table.rows.map((row) => row[0]!.text))).toEqual([['序号', '1', '(二)推进市政设施建设', '2']]);
        expect(layout.lines).toEqual([]);
      }
      const text = layoutPdf([page([...furniture(1), ...header(650), ...tableRows(660, [ROW_1]), section]), page([...furniture(2), run('二、保障措施', 80, 90)])]);
      expect(text.tables.map((table) => table.rows.length)).toEqual([2]);
      expect(text.lines.map((line) => line.text)).toEqual(['(二)推进市政设施建设', '二、保障措施']);
    });

    it('should join the rest of a row the page break cut to the row above, cells at the top of rows with no room between them (Word)', () => {
      const rows: Row[] = [['1', ['推进镇区与县城、村庄交通设施互联互通，鼓励', '对公路、乡镇客运站等设施升级改造。'], ['州交通运输局']], ['2', ['完善镇区生活垃圾收运处置体系，提升示范镇', '垃圾转运能力。'], ['州住建局', '州生态环境局、州水利局']]];
      const cut: Row[] = [['', ['加快污水处理设施建设，实现专业化管理和稳定', '运行。'], ['']], ROW_3];
      const pages = [
        page([...furniture(1), ...header(700), ...tableRows(706, rows, { align: 'top', padding: 0 })]),
        page([...furniture(2), ...tableRows(80, cut, { align: 'top', padding: 0 })]),
      ];
      expect(cells(pages)).toEqual([[
        HEAD,
        ['1', '推进镇区与县城、村庄交通设施互联互通,鼓励对公路、乡镇客运站等设施升级改造。', '州交通运输局'],
        ['2', '完善镇区生活垃圾收运处置体系,提升示范镇垃圾转运能力。加快污水处理设施建设,实现专业化管理和稳定运行。', '州住建局\n州生态环境局、州水利局'],
        READ_3,
      ]]);
    });

    it('should join the rest of one cell that alone opens the next page to the row the page break cut, and keep body text there as text (兰考 probe round 56)', () => {
      const rows: Row[] = [['7', ['提升政务服务标准化水平。'], ['牵头单位：县行政审批局']], ['8', ['构建亲清政商关系，落实县级领导分包联系', '重点企业制度。'], ['牵头单位：县发改委、县', '工商联']]];
      const rest = [run('配合单位：县直各有关', 394, 92), run('部门', 394, 108)];
      const pages = [page([...furniture(1), ...header(700), ...tableRows(706, rows, { align: 'top', padding: 0 })]), page([...furniture(2), ...rest])];
      expect(cells(pages)).toEqual([[HEAD, ['7', '提升政务服务标准化水平。', '牵头单位:县行政审批局'], ['8', '构建亲清政商关系,落实县级领导分包联系重点企业制度。', '牵头单位:县发改委、县工商联\n配合单位:县直各有关部门']]]);
      // a short line indented under the task's column is no cell's rest
      const text = layoutPdf([page([...furniture(1), ...header(700), ...tableRows(706, rows, { align: 'top', padding: 0 })]), page([...furniture(2), run('三、工作要求', 124, 92)])]);
      expect(text.lines.map((line) => line.raw)).toEqual(['三、工作要求']);
    });
  });

  it('should part rows at the horizontal rules drawn between them when no 序号 and no room between rows does (a 三线表 with rules under each row)', () => {
    const rule = (y: number): PdfRule => ({ x1: 76, y1: y - 0.4, x2: 530, y2: y + 0.4 });
    const head = [centred('重点任务', 206, 100), centred('牵头单位', 380, 100), centred('配合单位', 478, 100)];
    const row = (top: number, task: string[], lead: string, support: string): PdfItem[] => [
      ...task.map((line, i) => run(line, 80, top + 12 + i * PITCH)), run(lead, 344, top + 12), run(support, 430, top + 12),
    ];
    const items = [...head, ...row(105, ['推进园区与镇区基础设施共建共享，推动产城一', '体、镇园融合。'], '州住建局', '州商务局'), ...row(137, ['完善路灯及信号灯。'], '州交通运输局', '州公安局')];
    const layout = layoutPdf([{ items, rules: [rule(86), rule(105), rule(137), rule(153)], height: HEIGHT }]);
    expect(layout.tables.map((table) => table.rows.map((cells) => cells.map((cell) => cell.text)))).toEqual([[
      ['重点任务', '牵头单位', '配合单位'],
      ['推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。', '州住建局', '州商务局'],
      ['完善路灯及信号灯。', '州交通运输局', '州公安局'],
    ]]);
  });

  describe('a table boxed by its outer rules alone (issue 10)', () => {
    /** Thin filled rectangles, as Chromium and Word draw rules. */
    const hRule = (y: number, x1 = 76, x2 = 530): PdfRule => ({ x1, y1: y - 0.4, x2, y2: y + 0.4 });
    const vRule = (x: number, y1: number, y2: number): PdfRule => ({ x1: x - 0.4, y1, x2: x + 0.4, y2 });
    const box = (top: number, bottom: number): PdfRule[] => [hRule(top), hRule(bottom), vRule(76, top, bottom), vRule(530, top, bottom)];

    it('should read a table boxed by four rules and none between its columns as a table laid out without rules, not as one cell', () => {
      const layout = layoutPdf([{ items: [...header(100), ...tableRows(110, [ROW_1, ROW_2])], rules: box(86, 200), height: HEIGHT }]);
      expect(layout.tables.map((table) => table.rows.map((row) => row.map((cell) => cell.text)))).toEqual([[HEAD, READ_1, ['2', '完善路灯及信号灯。', '州住建局']]]);
      expect(layout.lines).toEqual([]);
    });

    it('should part the rows of a boxed table at the rules between them, which meet the box and nothing else', () => {
      const head = [centred('重点任务', 206, 100), centred('牵头单位', 380, 100), centred('配合单位', 478, 100)];
      const row = (top: number, task: string[], lead: string, support: string): PdfItem[] => [
        ...task.map((line, i) => run(line, 80, top + 12 + i * PITCH)), run(lead, 344, top + 12), run(support, 430, top + 12),
      ];
      const items = [...head, ...row(105, ['推进园区与镇区基础设施共建共享，推动产城一', '体、镇园融合。'], '州住建局', '州商务局'), ...row(137, ['完善路灯及信号灯。'], '州交通运输局', '州公安局')];
      const layout = layoutPdf([{ items, rules: [...box(86, 153), hRule(105), hRule(137)], height: HEIGHT }]);
      expect(layout.tables.map((table) => table.rows.map((cells) => cells.map((cell) => cell.text)))).toEqual([[
        ['重点任务', '牵头单位', '配合单位'],
        ['推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。', '州住建局', '州商务局'],
        ['完善路灯及信号灯。', '州交通运输局', '州公安局'],
      ]]);
    });

    it('should keep the text of a box that holds no table as lines', () => {
      const layout = layoutPdf([{ items: [run('注：各地要结合实际制定具体措施。', 84, 110)], rules: box(96, 120), height: HEIGHT }]);
      expect(layout.tables).toEqual([]);
      expect(layout.lines.map((line) => line.text)).toEqual(['注:各地要结合实际制定具体措施。']);
    });
  });

  it('should find no table where a line of cells does not read as a header', () => {
    const layout = layoutPdf([page([run('姓名', 80, 100), run('职务', 300, 100), run('张三', 80, 124), run('二级巡视员', 300, 124)])]);
    expect(layout.tables).toEqual([]);
    expect(layout.lines.map((line) => line.raw)).toEqual(['姓名\t职务', '张三\t二级巡视员']);
  });
});
