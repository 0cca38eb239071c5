// The numbered hierarchy and where unnumbered paragraphs go, from lines of real plans.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const tasks = (text: string) => extract(text).tasks.map((t) => `${t.id} ${t.path.join('')} ${t.units.map((u) => u.name).join('、')}`);

describe('segmentation', () => {
  it('should follow the document\'s own order of markers: 一、 → 1. → (一)', () => {
    expect(tasks(['一、重点任务', '1.招商引资', '(一)强化项目谋划。(市商务局负责)', '(二)开展精准招商。(市商务局负责)', '2.项目建设', '(一)加快项目审批。(市发改委负责)'].join('\n'))).toEqual([
      '1.1.1 一、1.(一) 市商务局', '1.1.2 一、1.(二) 市商务局', '1.2.1 一、2.(一) 市发改委',
    ]);
  });

  it('should split several numbered items written on one line', () => {
    expect(tasks('一、重点任务\n1.推进政务公开。(市政府办负责)2.推进数据共享。(市大数据局负责)3.推进一网通办。')).toEqual([
      '1.1 一、1. 市政府办', '1.2 一、2. 市大数据局', '1.3 一、3. ',
    ]);
  });

  it('should warn of the one task without units among items written on one line, and only of it', () => {
    const document = extract('一、重点任务\n1.推进政务公开。(市政府办负责)2.推进数据共享。(市大数据局负责)3.推进一网通办。');
    const warnings = document.diagnostics.filter((d) => d.code === 'task-without-unit');
    expect(warnings.map((d) => [d.line, d.message])).toEqual([[2, '任务 1.3（一、3.）未找到责任单位']]);
  });

  it('should keep the body under a titled task with its note: (一)推进产业发展(县农业农村局牵头)', () => {
    const [task] = extract('(一)推进产业发展(县农业农村局牵头)\n围绕特色产业,到2025年产值突破50亿元。').tasks;
    expect(task!.text).toBe('推进产业发展\n围绕特色产业,到2025年产值突破50亿元。');
  });

  it('should report, not drop, an unnumbered paragraph after a long task closed by its note', () => {
    const document = extract('1.完善园区基础设施。推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。(州住建局负责)\n各县(市)要参照本方案开展工作。');
    expect(document.tasks[0]!.text).not.toContain('参照本方案');
    expect(document.diagnostics.map((d) => d.code)).toContain('unattached-text');
  });

  it('should give outline numbers (1.1, 2.1) their whole number in the id, without false numbering warnings', () => {
    const document = extract('1.1 推进工作。(市发改委负责)\n1.2 加强督导。(市委督查室负责)\n2.1 完善制度。(市司法局负责)');
    expect(document.tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '2.1']);
    expect(document.diagnostics.filter((d) => d.code.startsWith('numbering'))).toEqual([]);
  });

  it('should count repeated numbers without searching (10,000 items numbered (一)…(三) again and again)', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `(${['一', '二', '三'][i % 3]})推进工作`).join('\n');
    const ids = extract(text).tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(10_000);
  });
});

describe('a plan written unit by unit', () => {
  const plan = [
    '某县2024年优化营商环境工作任务分工', '一、任务分工', '(一)县发展和改革局', '1.牵头推进重大项目谋划储备工作。', '2.配合做好招商引资工作。',
    '3.负责社会信用体系建设。', '(二)县财政局、县税务局:', '1.落实减税降费政策。', '(三)加强组织领导', '1.建立工作专班。', '2.完善督查机制。(县委督查室负责)',
  ].join('\n');

  it('should give the tasks under a heading that is a unit\'s name that unit, in the role their opening words say', () => {
    const document = extract(plan);
    const roles = document.tasks.map((t) => `${t.id} ${t.units.map((u) => `${u.name}:${u.role}`).join('、')}`);
    expect(roles).toEqual([
      '1.1.1 县发展和改革局:lead', '1.1.2 县发展和改革局:support', '1.1.3 县发展和改革局:responsible',
      '1.2.1 县财政局:responsible、县税务局:responsible', '1.3.1 ', '1.3.2 县委督查室:responsible',
    ]);
    expect(document.tasks[3]!.responsibility).toBe('县财政局、县税务局');
    expect(document.diagnostics.filter((d) => d.code === 'units-from-heading').map((d) => `${d.line} ${d.message}`)).toEqual([
      '3 任务 1.1.1、1.1.2、1.1.3没有责任表述，责任单位取自标题“(一)县发展和改革局”',
      '7 任务 1.2.1没有责任表述，责任单位取自标题“(二)县财政局、县税务局:”',
    ]);
  });

  it('should read no units from a heading that says what is to be done, names a thing acted on, or no place', () => {
    const headings = ['加强组织领导', '各地', '建设法治政府', '提升县级医院', '数字政府', '培育龙头企业', '打造区域医疗中心', '产业园区', '示范社区', '数据中心', '政务服务大厅', '公立医院', '博览会', '优化空间布局'];
    const lines = ['2025年工作方案', '一、重点任务', ...headings.flatMap((heading, i) => [`(${'一二三四五六七八九十'[i % 10]})${heading}`, '1.完善相关制度。'])];
    expect(extract(lines.join('\n')).tasks.filter((t) => t.units.length > 0).map((t) => t.headings.at(-1))).toEqual([]);
  });

  it('should keep the roles a heading states, and add the heading\'s units where the task names only who supports it', () => {
    const stated = extract(['2025年工作方案', '一、重点任务', '(一)县财政局牵头、县税务局配合', '1.落实减税降费政策。'].join('\n'));
    expect(stated.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县财政局:lead', '县税务局:support']);
    const support = extract(['2025年工作方案', '一、重点任务', '(一)县发展和改革局', '1.牵头推进重大项目谋划储备。(配合单位:县财政局、县自然资源局)'].join('\n'));
    expect(support.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县发展和改革局:lead', '县财政局:support', '县自然资源局:support']);
    expect(support.tasks[0]!.responsibility).toBe('县发展和改革局 (配合单位:县财政局、县自然资源局)');
  });

  it('should keep a task\'s own note before its heading\'s units, and let the declared convention lead the first of a heading\'s list', () => {
    const own = extract(['2025年工作方案', '一、重点任务', '(一)县财政局', '1.落实资金保障。(县发改局负责)'].join('\n'));
    expect(own.tasks[0]!.units.map((u) => u.name)).toEqual(['县发改局']);
    const convention = extract(['2025年工作方案', '排在第一位的为牵头单位。', '一、重点任务', '(一)县财政局、县税务局', '1.落实减税降费政策。'].join('\n'));
    expect(convention.tasks[0]!.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县财政局:lead', '县税务局:responsible']);
  });
});
