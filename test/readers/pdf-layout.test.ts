// The PDF reader's layout rules on runs placed by hand: lines from positions, paragraphs joined as a reader joins them, furniture dropped, tables from ruling lines.
import { describe, expect, it } from 'vitest';
import { foldRadicals, plainShare } from '../../src/readers/pdf-glyphs.js';
import { layoutPdf, type PdfPageContent } from '../../src/readers/pdf-layout.js';
import { groupLines, type PdfItem } from '../../src/readers/pdf-lines.js';
import { findTables, type PdfRule } from '../../src/readers/pdf-tables.js';

const SIZE = 14;
const LEFT = 80;
/** The body's right edge: 30 characters a line. */
const RIGHT = LEFT + 30 * SIZE;
const HEIGHT = 842;

/** A run of `text` at (x, baseline y), each character one em wide. */
const run = (text: string, x: number, y: number, size = SIZE): PdfItem => ({ text, x, y, width: [...text].length * size, size });
/** Lines of text from the top of the body down, one baseline every 24 points; a line given as [text, x] starts at x. */
const body = (lines: Array<string | [string, number]>, top = 120): PdfItem[] =>
  lines.map((line, i) => (typeof line === 'string' ? run(line, LEFT, top + i * 24) : run(line[0], line[1], top + i * 24)));
const page = (items: PdfItem[], rules: PdfRule[] = []): PdfPageContent => ({ items, rules, height: HEIGHT });
const full = (text: string): string => text.padEnd(30, '文').slice(0, 30);
const texts = (pages: PdfPageContent[]): string[] => layoutPdf(pages).lines.map((line) => line.text);

describe('groupLines', () => {
  it('should order runs by baseline, then left to right, and put a space where the gap is wider than one', () => {
    const lines = groupLines([run('市发改委', 170, 100.5), run('二、重点任务', 80, 60), run('州住建局', 100, 100), run('(责任单位:', 10, 100)]);
    expect(lines.map((line) => line.text)).toEqual(['二、重点任务', '(责任单位: 州住建局 市发改委']);
  });

  it('should part columns a wide gap leaves with a tab, so a table without rules and without a header reads a row a line', () => {
    const lines = [[run('1', 80, 100), run('推进道路建设。', 160, 100), run('州交通运输局', 400, 100)], [run('2', 80, 124), run('完善路灯及信号灯。', 160, 124), run('州住房和城乡建设局', 400, 124)]];
    expect(lines.map((items) => groupLines(items)[0]!.text)).toEqual(['1\t推进道路建设。\t州交通运输局', '2\t完善路灯及信号灯。\t州住房和城乡建设局']);
    const document = layoutPdf([page(lines.flat())]);
    expect(document.lines.map((line) => line.raw)).toEqual(['1\t推进道路建设。\t州交通运输局', '2\t完善路灯及信号灯。\t州住房和城乡建设局']);
    expect(document.tables).toEqual([]);
  });

  it('should count a run overprinted to fake a bold once', () => {
    expect(groupLines([run('一、总体要求', 80, 60), run('一、总体要求', 80.4, 60.2)]).map((line) => line.text)).toEqual(['一、总体要求']);
  });
});

describe('paragraphs', () => {
  it('should not join a 文号 alone to the notice title above it that reaches the margin (绵阳 probe round 56)', () => {
    const title = full('关于印发《绵阳市2025年城市更新行动方案》的通知');
    expect(texts([page(body([title, '绵府办函〔2025〕19号', '各县（市、区）人民政府：']))])).toEqual([title.replace(/（/g, '(').replace(/）/g, ')'), '绵府办函〔2025〕19号', '各县(市、区)人民政府:']);
  });

  it('should join a line that reaches the right margin to the next, and end a paragraph at a line that stops short', () => {
    const first = full('为认真落实市委六届八次全会决策部署，着力补齐镇区发展不平衡');
    expect(texts([page(body([first, '等短板，制定本工作方案。', '一、总体要求']))])).toEqual([`${first.replace(/，/g, ',')}等短板,制定本工作方案。`, '一、总体要求']);
  });

  it('should start a paragraph at a task marker or an indented line, whatever the line before it', () => {
    const lines = [full('推进老旧小区改造'), '(二)完善城市商业网点', full('优化社区商业布局'), ['建设一刻钟便民生活圈。', LEFT + 2 * SIZE] as [string, number], full('同步完善配套设施'), '1.发展农村电子商务'];
    expect(texts([page(body(lines))]).map((text) => text.slice(0, 8))).toEqual(['推进老旧小区改造', '(二)完善城市商', '优化社区商业布局', '建设一刻钟便民生', '同步完善配套设施', '1.发展农村电子']);
  });

  it('should join a line opening like a marker at the margin to a full line before it, where numbered paragraphs are indented (round 6 赣州 6.)', () => {
    // the first line of a paragraph indented two characters, the lines it wraps onto at the margin
    const indented = (text: string): [string, number] => [text.padEnd(28, '文').slice(0, 28), LEFT + 2 * SIZE];
    const lines: Array<string | [string, number]> = [
      ['二、主要任务', LEFT + 2 * SIZE], indented('5.落实教师待遇。'), '提高班主任津贴标准。(牵头单位:市教育局)',
      indented('6.保障教师工资待遇。建设教师周转房'), full('2024年建设教师周转房'), '(2)期工程500套。(牵头单位:市财政局)',
      indented('7.加强队伍建设。'), '开展教师培训。(牵头单位:市教育局)', indented('8.推进示范校建设。示范校的具体名单见'), '附件。(牵头单位:市教育局)',
    ];
    expect(texts([page(body(lines))]).map((text) => text.slice(0, 8))).toEqual(['二、主要任务', '5.落实教师待遇', '6.保障教师工资', '7.加强队伍建设', '8.推进示范校建']);
  });

  it('should still open a paragraph at a marker at the margin where numbered paragraphs stand at the margin', () => {
    expect(texts([page(body([full('推进老旧小区改造'), '(2)完善城市商业网点。', '3.发展农村电子商务。', '4.完善物流体系。']))]).map((text) => text.slice(0, 4))).toEqual(['推进老旧', '(2)完', '3.发展', '4.完善']);
  });

  it('should carry a paragraph over a page break, and drop page numbers and running headers', () => {
    const header = (n: number): PdfItem[] => [run('政府信息公开', 250, 50, 9), run(`— ${n} —`, 280, 800, 10)];
    const pages = [
      page([...header(1), ...body(['一、重点任务', full('推进园区与镇区基础设施共建共享')])]),
      page([...header(2), ...body(['推动产城一体。(责任单位:州住建局)', '二、保障措施'])]),
    ];
    const layout = layoutPdf(pages);
    expect(layout.lines.map((line) => [line.line, line.text])).toEqual([[2, '一、重点任务'], [3, `${full('推进园区与镇区基础设施共建共享')}推动产城一体。(责任单位:州住建局)`], [7, '二、保障措施']]);
    expect(layout.pages).toEqual([{ label: 'p.1', line: 1 }, { label: 'p.2', line: 5 }]);
  });

  it('should keep a bare number that does not count the pages (a 序号 cell at the top of a page), and drop one that does', () => {
    const pages = [5, 9, 14].map((no, i) => page([run(String(no), LEFT, 100), ...body([full('推进工作'), '完善设施。'], 130), run(String(i + 1), 290, 800)]));
    expect(texts(pages)).toEqual(['5', `${full('推进工作')}完善设施。`, '9', `${full('推进工作')}完善设施。`, '14', `${full('推进工作')}完善设施。`]);
  });

  it('should end a paragraph at a blank line and at a change of font size', () => {
    const lines = [...body([full('推进园区建设')]), run('完善配套。', LEFT, 120 + 24 * 3), run(full('推进镇区建设'), LEFT, 120 + 24 * 4), run('附件说明', LEFT, 120 + 24 * 5, 10)];
    expect(texts([page(lines)])).toEqual([full('推进园区建设'), '完善配套。', full('推进镇区建设'), '附件说明']);
  });
});

describe('findTables', () => {
  /** A grid of rules: column edges xs, row edges ys; `skipV` leaves out a vertical rule [column edge, row]. */
  function grid(xs: number[], ys: number[], skipV: Array<[number, number]> = [], skipH: Array<[number, number]> = []): PdfRule[] {
    const rules: PdfRule[] = [];
    ys.forEach((y, r) => xs.slice(1).forEach((x, c) => {
      if (!skipH.some(([row, col]) => row === r && col === c)) rules.push({ x1: xs[c]!, y1: y - 0.4, x2: x, y2: y + 0.4 });
    }));
    xs.forEach((x, c) => ys.slice(1).forEach((y, r) => {
      if (!skipV.some(([col, row]) => col === c && row === r)) rules.push({ x1: x - 0.4, y1: ys[r]!, x2: x + 0.4, y2: y });
    }));
    return rules;
  }

  it('should read cells from the rules, a cell wrapped over lines staying one cell, a break before the edge kept', () => {
    const xs = [80, 120, 380, 520];
    const ys = [100, 130, 220];
    const items = [
      run('序号', 84, 120, 12), run('重点工作', 200, 120, 12), run('责任部门', 420, 120, 12),
      run('1', 96, 170, 12),
      run('推进园区与镇区基础设施共建共享，推动产城', 124, 150, 12), run('一体、镇园融合。', 124, 166, 12),
      run('州住建局；', 384, 150, 12), run('省住房城乡建设厅', 384, 166, 12),
    ];
    const [table] = findTables(items, grid(xs, ys));
    expect(table!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['序号', '重点工作', '责任部门'],
      ['1', '推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。', '州住建局;\n省住房城乡建设厅'],
    ]);
    expect(table!.items.size).toBe(items.length);
  });

  it('should merge cells no rule parts: a section across the columns, a 序号 down two rows', () => {
    const xs = [80, 120, 380, 520];
    const ys = [100, 130, 160, 190];
    // row 1 has no inner vertical rules (a section row); the 序号 of rows 2 and 3 is one cell
    const rules = grid(xs, ys, [[1, 0], [2, 0]], [[2, 0]]);
    const items = [run('(一)推进产业项目建设', 84, 120, 12), run('1', 96, 170, 12), run('完善园区基础设施。', 124, 150, 12), run('州住建局', 384, 150, 12), run('加快平台建设。', 124, 180, 12), run('州商务局', 384, 180, 12)];
    const [table] = findTables(items, rules);
    expect(table!.rows.map((row) => row.map((cell) => `${cell.text}${cell.fromAbove ? '↑' : ''}${cell.fromLeft ? '←' : ''}`))).toEqual([
      ['(一)推进产业项目建设', '(一)推进产业项目建设←', '(一)推进产业项目建设←'],
      ['1', '完善园区基础设施。', '州住建局'],
      ['1↑', '加快平台建设。', '州商务局'],
    ]);
  });

  it('should keep two units apart in a narrow cell though the first comes near its edge (round 6 襄阳 市委统战部 / 市工商联)', () => {
    const xs = [80, 120, 300, 370, 520];
    const items = [
      run('序号', 84, 120, 12), run('重点任务', 124, 120, 12), run('牵头单位', 304, 120, 12), run('配合单位', 374, 120, 12),
      run('15', 90, 160, 12), run('健全政企沟通协商机制。', 124, 160, 12), run('市委统战部', 304, 152, 12), run('市工商联', 304, 168, 12), run('市发展改革委', 374, 160, 12),
      run('16', 90, 205, 12), run('依法保护民营企业产权。', 124, 205, 12), run('市中级人民', 304, 197, 12), run('法院', 304, 213, 12), run('市公安局', 374, 205, 12),
    ];
    const [table] = findTables(items, grid(xs, [100, 130, 180, 225]));
    expect(table!.rows.slice(1).map((row) => row[2]!.text)).toEqual(['市委统战部\n市工商联', '市中级人民法院']);
  });

  it('should keep a unit with its role after it apart from the unit on the next line of its cell (宿豫 probe round 56)', () => {
    const xs = [80, 120, 300, 430, 520];
    const items = [
      run('序号', 84, 120, 12), run('重点任务', 124, 120, 12), run('责任单位', 304, 120, 12), run('完成时限', 434, 120, 12),
      run('4', 90, 160, 12), run('整治农村生活垃圾。', 124, 160, 12), run('区农业农村局（牵头）', 304, 152, 12), run('各乡镇人民政府', 304, 168, 12), run('6月底', 434, 160, 12),
    ];
    const [table] = findTables(items, grid(xs, [100, 130, 180]));
    expect(table!.rows.slice(1).map((row) => row[2]!.text)).toEqual(['区农业农村局(牵头)\n各乡镇人民政府']);
  });

  it('should drop a two-row header a page repeats, and give the lead merged down over the page break to the rows it covers there (round 6 景德镇, 襄阳)', () => {
    const xs = [80, 120, 300, 400, 520];
    const header = [run('序号', 84, 120, 12), run('重点任务', 124, 120, 12), run('责任单位', 304, 120, 12), run('牵头单位', 304, 150, 12), run('配合单位', 404, 150, 12)];
    // 责任单位 spans the two unit columns; 序号 and 重点任务 run down both header rows
    const headerRules = { skipV: [[3, 0]] as Array<[number, number]>, skipH: [[1, 0], [1, 1]] as Array<[number, number]> };
    const first = page(
      [...header, run('1', 90, 185, 12), run('推进园区建设。', 124, 185, 12), run('市经济和信息化局', 304, 200, 12), run('市财政局', 404, 185, 12), run('2', 90, 225, 12), run('完善配套设施。', 124, 225, 12), run('市科技局', 404, 225, 12)],
      grid(xs, [100, 130, 160, 200, 240], headerRules.skipV, [...headerRules.skipH, [3, 2]]),
    );
    const second = page([...header, run('3', 90, 185, 12), run('加快平台建设。', 124, 185, 12), run('市商务局', 404, 185, 12)], grid(xs, [100, 130, 160, 200], headerRules.skipV, headerRules.skipH));
    const [table] = layoutPdf([first, second]).tables;
    expect(table!.rows.slice(2).map((row) => [row[0]!.text, row[2]!.text, row[3]!.text])).toEqual([['1', '市经济和信息化局', '市财政局'], ['2', '市经济和信息化局', '市科技局'], ['3', '市经济和信息化局', '市商务局']]);
  });

  it('should find no table in rules that do not meet, or in a box with no rule between columns (issue 10), whose text stays a line', () => {
    expect(findTables([], [{ x1: 80, y1: 100, x2: 500, y2: 100.5 }, { x1: 80, y1: 300, x2: 500, y2: 300.5 }])).toEqual([]);
    expect(findTables([run('注', 90, 120)], grid([80, 500], [100, 140]))).toEqual([]);
    expect(findTables([run('注', 90, 120)], grid([80, 500], [100, 140, 180, 220]))).toEqual([]);
    expect(texts([page([run('注：各地要结合实际制定具体措施。', 90, 120)], grid([80, 520], [100, 140]))])).toEqual(['注:各地要结合实际制定具体措施。']);
  });

  it('should read no table from a mesh of rules (a drawing, an attack) nor from a page of many grids, and read them in a moment', () => {
    // 2,000 rules each way, 2.5 pt apart: a grid of four million places (it took 22 s)
    const at = Array.from({ length: 2000 }, (_, i) => 40 + i * 2.5);
    const mesh = at.flatMap((p): PdfRule[] => [{ x1: p - 0.2, y1: 40, x2: p + 0.2, y2: 5040 }, { x1: 40, y1: p - 0.2, x2: 5040, y2: p + 0.2 }]);
    expect(findTables([run('注', 90, 120)], mesh)).toEqual([]);
    const many = Array.from({ length: 100 }, (_, g) => grid([g * 20, g * 20 + 8, g * 20 + 16], [100, 130])).flat();
    expect(findTables([run('注', 4, 120)], many)).toEqual([]);
  });

  it('should keep the text of a drawn grid that reads as no table (no header in its first rows), a row a line, cells parted by tabs (issue 10)', () => {
    const items = [run('姓名', 84, 120, 12), run('职务', 204, 120, 12), run('张三', 84, 150, 12), run('二级巡视员', 204, 150, 12), run('负责全面工作', 204, 166, 12)];
    const layout = layoutPdf([page(items, grid([80, 200, 520], [100, 130, 175]))]);
    expect(layout.tables).toEqual([]);
    expect(layout.lines.map((line) => [line.line, line.raw])).toEqual([[1, '姓名\t职务'], [2, '张三\t二级巡视员 负责全面工作']]);
  });
});

describe('glyphs', () => {
  it('should fold radicals a font gave for ideographs back to the ideographs', () => {
    expect(foldRadicals('延安市⼈⺠政府办公室：⼯作⽅案，市⻔⼾')).toBe('延安市人民政府办公室：工作方案，市门戶');
  });

  it('should tell a plan from glyph numbers', () => {
    expect(plainShare('一、总体要求（责任单位：市住建局）①2025年')).toBe(1);
    expect(plainShare('\u0015\u0013\u0015\u0018ᜃ䛹ඃឰ೺㓵ᚍঽᵋ὾塰ࡡ')).toBeLessThan(0.2);
  });
});
