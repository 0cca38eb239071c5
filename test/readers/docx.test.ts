// The Word reader: paragraphs, automatic list numbering rebuilt as text, tables as grids, and the ZIPs that are not Word documents.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { isPolicyExtractError } from '../../src/model/errors.js';
import { formatNumber, readDocx } from '../../src/readers/docx.js';
import type { ReadResult } from '../../src/readers/types.js';
import {
  abstractNum, deleted, field, inserted, lineBreak, makeDocx, makeZip, num, paragraph, paragraphStyle, run, table, type DocxParts, type LevelOptions,
} from './make-docx.js';

const read = (parts: DocxParts): ReadResult => readDocx(makeDocx(parts), { path: 'plan.docx' });
const texts = (result: ReadResult): string[] => result.lines.map((line) => `${line.line}:${line.text}`);

/** 一、 / （一） / 1. — the three levels of most plans; Word's %n names level n, so level 2 writes %3. */
const PLAN_LEVELS: LevelOptions[] = [
  { format: 'chineseCounting', text: '%1、' },
  { format: 'chineseCounting', text: '（%2）' },
  { format: 'decimal', text: '%3.' },
];

function errorOf(action: () => unknown): { code: string; message: string } {
  try {
    action();
  } catch (error) {
    if (isPolicyExtractError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('no error thrown');
}

describe('readDocx paragraphs', () => {
  it('should give one line a paragraph, numbered by paragraph, with runs joined', () => {
    const result = read({ body: [paragraph('', { runs: run('××州推进城市') + run('更新行动实施方案') }), paragraph(''), paragraph('为贯彻落实省委部署，制定本方案。')] });
    expect(texts(result)).toEqual(['1:××州推进城市更新行动实施方案', '2:', '3:为贯彻落实省委部署,制定本方案。']);
    expect(result).toMatchObject({ format: 'docx', encoding: 'utf-8', bom: false, tables: [], diagnostics: [] });
    expect(result.lines[2]!.raw).toBe('为贯彻落实省委部署，制定本方案。');
  });

  it('should split a paragraph at line breaks into lines of the same paragraph number, and read tabs', () => {
    const runs = run('1.推进老旧小区改造。') + lineBreak() + run('2.完善商业网点。') + '<w:r><w:tab/><w:t>（责任单位：州商务局）</w:t></w:r>';
    expect(read({ body: [paragraph('', { runs }), paragraph('下一段')] }).lines.map((line) => [line.line, line.raw])).toEqual([
      [1, '1.推进老旧小区改造。'], [1, '2.完善商业网点。\t（责任单位：州商务局）'], [2, '下一段'],
    ]);
  });

  it('should open no line for a page break before the text', () => {
    expect(texts(read({ body: [paragraph('', { runs: lineBreak('page') + run('附件') })] }))).toEqual(['1:附件']);
  });

  it('should drop tracked deletions, keep insertions, and skip a paragraph deleted whole', () => {
    const runs = run('（责任单位：州住建局、') + deleted('州交通局、') + inserted('州商务局') + run('）');
    const result = read({ body: [paragraph('', { runs }), paragraph('', { runs: deleted('整段删除的任务。'), markDeleted: true }), paragraph('保留')] });
    expect(texts(result)).toEqual(['1:(责任单位:州住建局、州商务局)', '2:保留']);
  });

  it('should show field results, not their instructions, and skip symbols and hidden runs', () => {
    const runs = run('详见第') + field('PAGEREF _Toc1 \\h', '3') + run('页')
      + '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>';
    expect(texts(read({ body: [paragraph('', { runs })] }))).toEqual(['1:详见第3页']);
  });

  it('should read runs the way Word writes them: formatting, revision ids, content controls', () => {
    const rPr = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:b/><w:bCs/><w:sz w:val="32"/></w:rPr>';
    const runs = `<w:r w:rsidRPr="00A81F3C">${rPr}<w:t>一、</w:t></w:r><w:proofErr w:type="gramStart"/><w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr>`
      + `<w:sdtContent><w:r>${rPr}<w:t>总体</w:t></w:r></w:sdtContent></w:sdt><w:hyperlink r:id="rId9"><w:r><w:t>要求</w:t></w:r></w:hyperlink><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>`;
    const body = [`<w:sdt><w:sdtContent><w:p w:rsidR="00C54B6D" w:rsidRDefault="00C54B6D"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr>${runs}</w:p></w:sdtContent></w:sdt>`];
    expect(texts(read({ body }))).toEqual(['1:一、总体要求']);
  });

  it('should leave text boxes out, with a note', () => {
    const box = '<w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框里的字</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>';
    const result = read({ body: [paragraph('正文'), paragraph('', { runs: run('附件') + box })] });
    expect(texts(result)).toEqual(['1:正文', '2:附件']);
    expect(result.diagnostics).toEqual([{ code: 'text-box-not-read', severity: 'info', message: '1 个文本框中的文字未读取', line: 2 }]);
  });

  it('should read a document whose WordprocessingML prefix is not w:', () => {
    const xml = '<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>'
      + '<x:p><x:r><x:t>一、总体要求</x:t></x:r></x:p></x:body></x:document>';
    expect(texts(readDocx(makeZip({ 'word/document.xml': xml }), {}))).toEqual(['1:一、总体要求']);
  });
});

describe('readDocx numbering', () => {
  it('should rebuild 一、（一）1. with the decimal level restarting under each （一）', () => {
    const body = [
      paragraph('总体要求', { numId: 1, ilvl: 0 }),
      paragraph('重点任务', { numId: 1, ilvl: 0 }),
      paragraph('实施城市更新行动', { numId: 1, ilvl: 1 }),
      paragraph('推进老旧小区改造。', { numId: 1, ilvl: 2 }),
      paragraph('完善城市商业网点。（责任单位：州住建局、州商务局按职责分工负责）', { numId: 1, ilvl: 2 }),
      paragraph('健全县域商业体系', { numId: 1, ilvl: 1 }),
      paragraph('改造提升乡镇商贸中心。', { numId: 1, ilvl: 2 }),
      paragraph('保障措施', { numId: 1, ilvl: 0 }),
      paragraph('加强组织领导。', { numId: 1, ilvl: 1 }),
    ];
    const result = read({ numbering: [abstractNum(0, PLAN_LEVELS), num(1, 0)], body });
    expect(texts(result)).toEqual([
      '1:一、总体要求', '2:二、重点任务', '3:(一)实施城市更新行动', '4:1.推进老旧小区改造。',
      '5:2.完善城市商业网点。(责任单位:州住建局、州商务局按职责分工负责)', '6:(二)健全县域商业体系', '7:1.改造提升乡镇商贸中心。',
      '8:三、保障措施', '9:(一)加强组织领导。',
    ]);
    expect(result.lines[2]!.raw).toBe('（一）实施城市更新行动');
  });

  it('should run the decimal level 1..12 across （一）（二）（三） when it restarts only under 一、 (w:lvlRestart 1)', () => {
    const levels = [PLAN_LEVELS[0]!, PLAN_LEVELS[1]!, { ...PLAN_LEVELS[2]!, restart: 1 }];
    const body = [paragraph('重点任务', { numId: 1, ilvl: 0 })];
    for (let section = 0; section < 3; section++) {
      body.push(paragraph(`第${section + 1}类任务`, { numId: 1, ilvl: 1 }));
      for (let item = 0; item < 4; item++) body.push(paragraph('任务。', { numId: 1, ilvl: 2 }));
    }
    body.push(paragraph('保障措施', { numId: 1, ilvl: 0 }), paragraph('任务。', { numId: 1, ilvl: 2 }));
    const markers = read({ numbering: [abstractNum(0, levels), num(1, 0)], body }).lines.map((line) => line.text.replace(/(?:任务。|第.类任务|重点任务|保障措施)$/, ''));
    expect(markers).toEqual(['一、', '(一)', '1.', '2.', '3.', '4.', '(二)', '5.', '6.', '7.', '8.', '(三)', '9.', '10.', '11.', '12.', '二、', '1.']);
  });

  it('should number paragraphs whose style carries the list, taking the level from the w:lvl that names the style', () => {
    const levels = [{ ...PLAN_LEVELS[0]!, style: 'Heading1' }, { ...PLAN_LEVELS[1]!, style: 'Heading2' }, PLAN_LEVELS[2]!];
    const styles = [
      paragraphStyle('Heading1', { name: 'heading 1', numId: 1 }),
      paragraphStyle('Heading2', { name: 'heading 2', numId: 1 }),
      paragraphStyle('TaskHeading', { name: '任务标题', basedOn: 'Heading2' }),
    ];
    const body = [
      paragraph('总体要求', { style: 'Heading1' }),
      paragraph('指导思想', { style: 'Heading2' }),
      paragraph('工作目标', { style: 'TaskHeading' }),
      paragraph('推进老旧小区改造。', { numId: 1, ilvl: 2 }),
      paragraph('不编号的一级标题', { style: 'Heading1', numId: 0 }),
    ];
    expect(texts(read({ numbering: [abstractNum(0, levels), num(1, 0)], styles, body }))).toEqual([
      '1:一、总体要求', '2:(一)指导思想', '3:(二)工作目标', '4:1.推进老旧小区改造。', '5:不编号的一级标题',
    ]);
  });

  it('should share counters between w:num of one abstract list, and restart where a w:startOverride is first used', () => {
    const numbering = [abstractNum(0, [{ format: 'decimal', text: '%1.' }]), num(1, 0), num(2, 0), num(3, 0, { 0: 1 }), num(4, 0, { 0: 10 })];
    const body = ['甲', '乙'].map((t) => paragraph(t, { numId: 1 }))
      .concat(paragraph('丙', { numId: 2 }), paragraph('丁', { numId: 3 }), paragraph('戊', { numId: 3 }), paragraph('己', { numId: 1 }), paragraph('庚', { numId: 4 }));
    expect(read({ numbering, body }).lines.map((line) => line.text)).toEqual(['1.甲', '2.乙', '3.丙', '1.丁', '2.戊', '3.己', '10.庚']);
  });

  it('should render multi-level, chapter and circled markers as Word shows them, and none for bullets', () => {
    // without w:isLgl, %1 keeps its own format: 一.1
    const numbering = [
      abstractNum(0, [{ format: 'chineseCounting', text: '第%1章', suffix: 'space' }, { format: 'decimal', text: '%1.%2', legal: true }, { format: 'decimalEnclosedCircle', text: '%3' }, { format: 'decimal', text: '%1.%4' }]),
      abstractNum(1, [{ format: 'bullet', text: '' }, { format: 'none', text: '' }]),
      num(1, 0), num(2, 1),
    ];
    const body = [
      paragraph('总则', { numId: 1, ilvl: 0 }), paragraph('目的', { numId: 1, ilvl: 1 }), paragraph('要点', { numId: 1, ilvl: 2 }),
      paragraph('条款', { numId: 1, ilvl: 0 }), paragraph('范围', { numId: 1, ilvl: 1 }), paragraph('细则', { numId: 1, ilvl: 3 }),
      paragraph('圆点项', { numId: 2, ilvl: 0 }), paragraph('无编号', { numId: 2, ilvl: 1 }),
    ];
    expect(read({ numbering, body }).lines.map((line) => line.raw)).toEqual(['第一章 总则', '1.1 目的', '① 要点', '第二章 条款', '2.1 范围', '二.1 细则', '圆点项', '无编号']);
  });

  it('should count numbered paragraphs whose list is not defined as plain paragraphs', () => {
    expect(texts(read({ body: [paragraph('任务', { numId: 7, ilvl: 0 })] }))).toEqual(['1:任务']);
  });
});

describe('formatNumber', () => {
  it('should count in Chinese like Word', () => {
    expect([1, 9, 10, 11, 20, 37, 99, 100, 101, 110, 1010].map((n) => formatNumber(n, 'chineseCounting')))
      .toEqual(['一', '九', '十', '十一', '二十', '三十七', '九十九', '一百', '一百零一', '一百一十', '一千零一十']);
    expect(formatNumber(37, 'chineseCountingThousand')).toBe('三十七');
    expect([3, 10, 12].map((n) => formatNumber(n, 'chineseLegalSimplified'))).toEqual(['叁', '壹拾', '壹拾贰']);
    expect([1, 10, 11].map((n) => formatNumber(n, 'ideographTraditional'))).toEqual(['甲', '癸', '甲']);
  });

  it('should render circled, letter, Roman and full-width numbers', () => {
    expect([1, 20, 21].map((n) => formatNumber(n, 'decimalEnclosedCircleChinese'))).toEqual(['①', '⑳', '21']);
    expect([1, 26, 27].map((n) => formatNumber(n, 'upperLetter'))).toEqual(['A', 'Z', 'AA']);
    expect([4, 9, 14, 1994].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['IV', 'IX', 'XIV', 'MCMXCIV']);
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(3, 'decimalZero')).toBe('03');
  });
});

describe('readDocx tables', () => {
  it('should keep a table without a header in the document as lines where it stands (its text was dropped)', () => {
    const bytes = makeDocx({ body: [
      paragraph('一、重点任务'),
      paragraph('1.推进老旧小区改造。(责任单位:州住建局)'),
      table([['2024年', '完成改造120个小区'], ['2025年', '完成改造80个小区']]),
      paragraph('二、保障措施'),
    ] });
    const document = extract(bytes, { path: '方案.docx' });
    expect(document.tasks.map((task) => [task.id, task.text])).toEqual([
      ['1.1', '推进老旧小区改造。\n2024年完成改造120个小区\n2025年完成改造80个小区'],
      ['2', '保障措施'],
    ]);
    expect(document.diagnostics.map((d) => d.code)).toContain('table-without-header');
  });

  it('should read Word task cards, one table a task and blank paragraphs between, as the rows of one table, not as lines (宜宾, probe round 12)', () => {
    const taskCard = (no: string, name: string, unitLabel: string, units: string) => table([
      ['任务编号', no, '任务名称', name],
      ['工作内容', { text: '完成中心城区燃气、供水、桥梁等城市生命线安全监测系统一期建设。', span: 3 }],
      [unitLabel, { text: units, span: 3 }],
      ['配合单位', { text: '市应急管理局、市气象局、市水文中心', span: 3 }],
      ['完成时限', { text: '2024年12月底前', span: 3 }],
    ]);
    const bytes = makeDocx({ body: [
      paragraph('附件'), paragraph('宜宾市2024年城市安全发展重点任务交办卡'),
      taskCard('1', '建设城市生命线安全工程', '牵头单位', '市住房和城乡建设局'), paragraph(''),
      taskCard('7', '提升防汛抗旱应急能力', '责任单位及责任人', '市水利局 局长 赵××'), paragraph(''),
    ] });
    const document = extract(bytes, { path: '交办卡.docx' });
    expect(document.tables.map((t) => [t.title, t.rows.map((row) => [row.no, row.text.split('\n')[0], row.units.map((u) => `${u.name}:${u.role}`).join(' ')])])).toEqual([
      ['宜宾市2024年城市安全发展重点任务交办卡', [
        ['1', '建设城市生命线安全工程', '市住房和城乡建设局:lead 市应急管理局:support 市气象局:support 市水文中心:support'],
        ['7', '提升防汛抗旱应急能力', '市水利局:responsible 市应急管理局:support 市气象局:support 市水文中心:support'],
      ]],
    ]);
    expect(document.diagnostics.map((d) => d.code)).not.toContain('table-without-header');
  });

  const responsibilityTable = table([
    ['序号', '重点任务', '牵头单位', '配合单位'],
    [{ text: '一、实施城市更新行动', span: 4 }],
    [{ text: '1', vMerge: 'restart' }, '推进老旧小区改造', '州住建局', '各县市政府'],
    [{ vMerge: 'continue' }, '同步完善配套设施', '州住建局', { text: ['州发展改革委', '州财政局'] }],
  ]);

  it('should expand w:gridSpan to the right and w:vMerge downwards', () => {
    const result = read({ body: [paragraph('重点任务责任清单'), responsibilityTable, paragraph('')] });
    const cell = (text: string, fromAbove = false, fromLeft = false): object => ({ text, fromAbove, fromLeft });
    expect(result.tables).toEqual([{
      rows: [
        [cell('序号'), cell('重点任务'), cell('牵头单位'), cell('配合单位')],
        [cell('一、实施城市更新行动'), cell('一、实施城市更新行动', false, true), cell('一、实施城市更新行动', false, true), cell('一、实施城市更新行动', false, true)],
        [cell('1'), cell('推进老旧小区改造'), cell('州住建局'), cell('各县市政府')],
        [cell('1', true), cell('同步完善配套设施'), cell('州住建局'), cell('州发展改革委\n州财政局')],
      ],
      at: 1,
      line: 2,
    }]);
  });

  it('should read a numbered line over each category\'s table as its title, not a task (遂昌, probe round 11: 一、产业提升类 over its table)', () => {
    const category = (no: string, task: string, unit: string) => table([['序号', '重点任务', '责任单位'], [no, task, unit]]);
    const bytes = makeDocx({ body: [
      paragraph('一、重点任务'), paragraph('(一)丰富乡村旅游业态。培育乡村旅游新业态。'), paragraph('各项任务分工详见附件。'),
      paragraph('附件'), paragraph('乡村旅游发展重点任务清单'),
      paragraph('一、产业提升类'), category('1', '培育精品民宿集群', '县文广旅体局'),
      paragraph('二、设施配套类'), category('2', '建设旅游厕所20座', '县住建局'),
    ] });
    const document = extract(bytes, { path: '方案.docx' });
    expect(document.tasks.map((task) => task.id)).toEqual(['1.1']);
    expect(document.tables.map((t) => [t.title, t.rows.map((row) => row.units.map((u) => u.name).join('、'))])).toEqual([
      ['一、产业提升类', ['县文广旅体局']], ['二、设施配套类', ['县住建局']],
    ]);
  });

  it('should read a responsibility matrix by the legend written on the line above it, under the title above that', () => {
    const bytes = makeDocx({ body: [
      paragraph('附件'), paragraph('重点任务责任分解表'), paragraph('★表示牵头单位，●表示配合单位。'),
      table([['序号', '重点任务', '市文明办', '市城管局', '市公安局', '完成时限'], ['1', '整治主次干道机动车乱停乱放', '', '★', '●', '2024年6月底前'], ['2', '开展文明交通主题实践活动', '★', '', '●', '2024年10月底前']]),
    ] });
    const [matrix] = extract(bytes, { path: '分解表.docx' }).tables;
    expect(matrix!.title).toBe('重点任务责任分解表');
    expect(matrix!.rows.map((row) => row.units.map((u) => `${u.name}:${u.role}`).join('、'))).toEqual(['市城管局:lead、市公安局:support', '市文明办:lead、市公安局:support']);
  });

  it('should give units set in bold the role the legend names (温州 分工表, probe round 16: 注：责任单位中加粗字体为牵头单位。)', () => {
    const bold = (text: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const bytes = makeDocx({ body: [
      paragraph('温州市2024年新型城镇化重点工作任务分工表'), paragraph('注：责任单位中加粗字体为牵头单位。'),
      table([['序号', '重点工作', '责任单位', '完成时限'],
        ['1', '健全住房保障体系。', { xml: paragraph('', { runs: `${run('市自然资源和规划局、')}${bold('市住建')}${bold('局')}` }) }, '2024年12月'],
        ['2', '推进城市更新。', '市住建局、市财政局', '2024年12月']]),
    ] });
    const document = extract(bytes, { path: '分工表.docx' });
    expect(document.tables[0]!.rows.map((row) => row.units.map((u) => `${u.name}:${u.role}`).join('、'))).toEqual([
      '市自然资源和规划局:responsible、市住建局:lead', '市住建局:responsible、市财政局:responsible',
    ]);
    expect(document.diagnostics.find((d) => d.code === 'role-convention')?.line).toBe(2);
    // the legend between the title and the table is no title
    expect(document.tables[0]!.title).toBe('温州市2024年新型城镇化重点工作任务分工表');
  });

  it('should give units set in bold in a note of the body the role the legend names, the rest the legend\'s other role (南溪 probe round 36)', () => {
    const bold = (text: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const bytes = makeDocx({ body: [
      paragraph('南溪区城乡环境综合整治行动方案'), paragraph('各项任务责任单位中加粗的为牵头单位，其余为责任单位。'), paragraph('一、重点任务'),
      paragraph('', { runs: `${run('1.整治占道经营。（责任单位：')}${bold('区综合行政执法局')}${run('、区市场监管局、各街道办事处）')}` }),
      paragraph('2.治理农村生活污水。（责任单位：区生态环境局、区农业农村局）'),
    ] });
    expect(extract(bytes, { path: '方案.docx' }).tasks.map((task) => task.units.map((u) => `${u.name}:${u.role}`).join('、'))).toEqual([
      '区综合行政执法局:lead、区市场监管局:responsible、各街道办事处:responsible', '区生态环境局:responsible、区农业农村局:responsible',
    ]);
  });

  it('should place a table between the lines around it and keep its cells out of the lines', () => {
    const result = read({ body: [paragraph('附件'), paragraph('责任清单'), responsibilityTable, paragraph('（此件公开发布）'), responsibilityTable] });
    expect(texts(result)).toEqual(['1:附件', '2:责任清单', '3:(此件公开发布)']);
    expect(result.tables.map(({ at, line }) => ({ at, line }))).toEqual([{ at: 2, line: 3 }, { at: 3, line: 4 }]);
  });

  it('should number cell paragraphs in the document flow and flatten a nested table into its cell', () => {
    const numbering = [abstractNum(0, [{ format: 'decimal', text: '%1', suffix: 'nothing' }]), num(1, 0)];
    const nested = `${paragraph('分年度目标：')}${table([['2024年', '120个'], ['2025年', '80个']])}${paragraph('')}`;
    const body = [table([['序号', '任务'], [{ xml: paragraph('', { numId: 1 }) }, { xml: nested }], [{ xml: paragraph('', { numId: 1 }) }, '其他']])];
    expect(read({ numbering, body }).tables[0]!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['序号', '任务'], ['1', '分年度目标:\n2024年 120个\n2025年 80个'], ['2', '其他'],
    ]);
  });
});

describe('readDocx speed', () => {
  it('should read 5,000 numbered paragraphs fast', () => {
    const body: string[] = [];
    for (let i = 0; i < 5000; i++) body.push(paragraph(`推进第${i}项重点任务，完善配套设施。（责任单位：州住建局、州商务局按职责分工负责）`, { numId: 1, ilvl: i % 10 === 0 ? 1 : 2 }));
    const bytes = makeDocx({ numbering: [abstractNum(0, PLAN_LEVELS), num(1, 0)], body });
    const started = performance.now();
    const result = readDocx(bytes, {});
    const elapsed = performance.now() - started;
    expect(result.lines).toHaveLength(5000);
    expect(result.lines[4999]!.text).toMatch(/^9\.推进第4999项/);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('readDocx refusals', () => {
  it('should refuse a damaged ZIP, bytes that are no ZIP, and an empty file', () => {
    const bytes = makeDocx({ body: [paragraph('一、总体要求')] });
    expect(errorOf(() => readDocx(bytes.slice(0, bytes.length - 30), {}))).toEqual({ code: 'E_BINARY', message: 'is a damaged ZIP archive (invalid zip data), not a readable .docx' });
    expect(errorOf(() => readDocx(new TextEncoder().encode('一、总体要求'), {})).message).toBe('is not a ZIP archive, so not a Word document (.docx)');
    expect(errorOf(() => readDocx(new Uint8Array(0), {})).code).toBe('E_EMPTY');
  });

  it('should name OFD documents, Excel workbooks and other ZIPs', () => {
    expect(errorOf(() => readDocx(makeZip({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>' }), {}))).toEqual({ code: 'E_UNSUPPORTED', message: 'is an OFD document (.ofd), which is not read: export it to PDF in an OFD reader (数科, 福昕) and read the PDF' });
    expect(errorOf(() => readDocx(makeZip({ 'xl/workbook.xml': '<workbook/>' }), {})).message).toBe('is an Excel workbook (.xlsx), not a Word document (read it without --input-format docx)');
    expect(errorOf(() => readDocx(makeZip({ 'readme.txt': '说明' }), {})).message).toBe('is a ZIP archive but not a Word document (.docx)');
  });

  it('should refuse a document.xml that would inflate beyond 200 MB', () => {
    const bytes = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') });
    // the central directory's uncompressed size is what fflate allocates: claim 300 MB there
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at < bytes.length - 4; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 300 * 1024 * 1024, true);
    expect(errorOf(() => readDocx(bytes, {}))).toEqual({ code: 'E_TOO_LARGE', message: 'word/document.xml would inflate to 300 MB, over the 200 MB limit (a zip bomb?)' });
  });
});

// fixtures/docx/automatic-numbering-and-a-table/input.docx is built here; UPDATE_SNAPSHOTS=1 rebuilds it.
const FIXTURE = new URL('../../fixtures/docx/automatic-numbering-and-a-table/input.docx', import.meta.url).pathname;

function fixtureParts(): DocxParts {
  const numbering = [
    abstractNum(0, [{ ...PLAN_LEVELS[0]!, style: 'Heading1' }, { ...PLAN_LEVELS[1]!, style: 'Heading2' }, PLAN_LEVELS[2]!]),
    abstractNum(1, [{ format: 'decimal', text: '%1', suffix: 'nothing' }]),
    num(1, 0),
    num(2, 1),
  ];
  const styles = [paragraphStyle('Title', { name: 'Title' }), paragraphStyle('Heading1', { name: 'heading 1', numId: 1 }), paragraphStyle('Heading2', { name: 'heading 2', numId: 1 })];
  const task = (text: string): string => paragraph(text, { numId: 1, ilvl: 2 });
  const no = (): { xml: string; vMerge?: 'restart' } => ({ xml: paragraph('', { numId: 2 }) });
  const body = [
    paragraph('××州推进城市更新和县域商业体系建设实施方案', { style: 'Title' }),
    paragraph('为贯彻落实省委、省政府关于实施城市更新行动的部署，结合我州实际，制定本方案。'),
    paragraph('总体要求', { style: 'Heading1' }),
    paragraph('以县城为重要载体，统筹城市更新与商业网点建设。到2025年，全州老旧小区改造基本完成，县域商业体系逐步完善。'),
    paragraph('重点任务', { style: 'Heading1' }),
    paragraph('实施城市更新行动', { style: 'Heading2' }),
    task('推进老旧小区改造。2024年改造老旧小区120个，同步完善水电气暖等配套设施。（责任单位：州住建局，各县市政府）'),
    task('完善城市商业网点。优化社区商业布局，建设一刻钟便民生活圈。（责任单位：州住建局、州商务局按职责分工负责）'),
    paragraph('健全县域商业体系', { style: 'Heading2' }),
    task('改造提升乡镇商贸中心。支持乡镇商贸中心改造升级，完善仓储配送设施。（牵头单位：州商务局；配合单位：州财政局、州供销社）'),
    task('发展农村电子商务。推进电商进农村，畅通农产品上行渠道。（责任单位：州商务局、州邮政管理局）'),
    paragraph('保障措施', { style: 'Heading1' }),
    paragraph('加强组织领导。各县市要建立工作推进机制，明确责任分工，确保各项任务落到实处。', { style: 'Heading2' }),
    paragraph('强化资金保障。统筹用好各级财政资金，积极争取中央预算内投资和地方政府专项债券支持。（责任单位：州财政局、州发展改革委）', { style: 'Heading2' }),
    paragraph('附件：重点任务责任清单'),
    paragraph('', { runs: lineBreak('page') + run('附件') }),
    paragraph('重点任务责任清单', { style: 'Title' }),
    table([
      ['序号', '重点任务', '牵头单位', '配合单位'],
      [{ text: '一、实施城市更新行动', span: 4 }],
      [{ ...no(), vMerge: 'restart' }, '推进老旧小区改造', '州住建局', '各县市政府'],
      [{ vMerge: 'continue' }, '同步完善水电气暖等配套设施', '州住建局', '州发展改革委'],
      [no(), '完善城市商业网点', { text: ['州住建局', '州商务局'] }, ''],
      [{ text: '二、健全县域商业体系', span: 4 }],
      [no(), '改造提升乡镇商贸中心', '州商务局', '州财政局、州供销社'],
      [no(), '发展农村电子商务', '州商务局', '州邮政管理局'],
    ]),
    paragraph(''),
  ];
  return { numbering, styles, body };
}

describe('fixture: automatic numbering and a table', () => {
  it('should be the document make-docx builds (UPDATE_SNAPSHOTS=1 rebuilds it)', () => {
    const built = makeDocx(fixtureParts());
    if (process.env.UPDATE_SNAPSHOTS === '1') {
      mkdirSync(dirname(FIXTURE), { recursive: true });
      writeFileSync(FIXTURE, built);
    }
    const files = (bytes: Uint8Array): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, new TextDecoder().decode(data)]));
    expect(files(readFileSync(FIXTURE))).toEqual(files(built));
  });

  it('should read the plan with its numbers and the appendix table', () => {
    const result = readDocx(readFileSync(FIXTURE), { path: 'fixtures/docx/automatic-numbering-and-a-table/input.docx' });
    expect(texts(result)).toEqual([
      '1:××州推进城市更新和县域商业体系建设实施方案',
      '2:为贯彻落实省委、省政府关于实施城市更新行动的部署,结合我州实际,制定本方案。',
      '3:一、总体要求',
      '4:以县城为重要载体,统筹城市更新与商业网点建设。到2025年,全州老旧小区改造基本完成,县域商业体系逐步完善。',
      '5:二、重点任务',
      '6:(一)实施城市更新行动',
      '7:1.推进老旧小区改造。2024年改造老旧小区120个,同步完善水电气暖等配套设施。(责任单位:州住建局,各县市政府)',
      '8:2.完善城市商业网点。优化社区商业布局,建设一刻钟便民生活圈。(责任单位:州住建局、州商务局按职责分工负责)',
      '9:(二)健全县域商业体系',
      '10:1.改造提升乡镇商贸中心。支持乡镇商贸中心改造升级,完善仓储配送设施。(牵头单位:州商务局;配合单位:州财政局、州供销社)',
      '11:2.发展农村电子商务。推进电商进农村,畅通农产品上行渠道。(责任单位:州商务局、州邮政管理局)',
      '12:三、保障措施',
      '13:(一)加强组织领导。各县市要建立工作推进机制,明确责任分工,确保各项任务落到实处。',
      '14:(二)强化资金保障。统筹用好各级财政资金,积极争取中央预算内投资和地方政府专项债券支持。(责任单位:州财政局、州发展改革委)',
      '15:附件:重点任务责任清单',
      '16:附件',
      '17:重点任务责任清单',
      '18:',
    ]);
    expect(result.tables).toHaveLength(1);
    const { rows, at, line } = result.tables[0]!;
    expect({ at, line }).toEqual({ at: 17, line: 18 });
    expect(rows.map((row) => row.map((cell) => cell.text).join(' | '))).toEqual([
      '序号 | 重点任务 | 牵头单位 | 配合单位',
      '一、实施城市更新行动 | 一、实施城市更新行动 | 一、实施城市更新行动 | 一、实施城市更新行动',
      '1 | 推进老旧小区改造 | 州住建局 | 各县市政府',
      '1 | 同步完善水电气暖等配套设施 | 州住建局 | 州发展改革委',
      '2 | 完善城市商业网点 | 州住建局\n州商务局 | ',
      '二、健全县域商业体系 | 二、健全县域商业体系 | 二、健全县域商业体系 | 二、健全县域商业体系',
      '3 | 改造提升乡镇商贸中心 | 州商务局 | 州财政局、州供销社',
      '4 | 发展农村电子商务 | 州商务局 | 州邮政管理局',
    ]);
    expect(rows[3]![0]).toEqual({ text: '1', fromAbove: true, fromLeft: false });
  });

  // LibreOffice or pandoc, when this machine has one, proves the generated package is a real Word file
  const reader = ['soffice', 'libreoffice', 'pandoc'].find((command) => {
    try {
      execFileSync('which', [command], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  it.skipIf(!reader)('should open in a real reader', () => {
    let output: string;
    if (reader === 'pandoc') {
      output = execFileSync('pandoc', [FIXTURE, '-t', 'plain'], { encoding: 'utf8' });
    } else {
      const outdir = mkdtempSync(join(tmpdir(), 'docx-check-'));
      execFileSync(reader!, ['--headless', '--convert-to', 'txt:Text', '--outdir', outdir, FIXTURE], { stdio: 'ignore' });
      output = readFileSync(join(outdir, 'input.txt'), 'utf8');
    }
    expect(output).toContain('推进老旧小区改造');
    expect(output).toContain('州邮政管理局');
  });
});
