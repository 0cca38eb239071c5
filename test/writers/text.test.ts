/** The terminal listing: exact output with plainStyle, painting, alignment and display width. */
import { describe, expect, it } from 'vitest';
import { displayWidth, plainStyle, writeText } from '../../src/writers/text.js';
import type { TextStyle } from '../../src/writers/text.js';
import { makeDocument, makeLeadDocument, makeTask, makeUnit } from './make-document.js';

/** Wraps each painted span in <kind>…</kind>, so a test can see what was painted how. */
const tagStyle = Object.fromEntries(
  Object.keys(plainStyle).map((kind) => [kind, (s: string) => `<${kind}>${s}</${kind}>`]),
) as unknown as TextStyle;

describe('writeText', () => {
  it('should list headings, tasks, units, the summary and warnings of the yanbian plan', () => {
    // Gaps computed with Python's unicodedata.east_asian_width so that each task line is 100 columns.
    expect(writeText([makeDocument()])).toBe(
      [
        '延边州开展示范镇建设助推乡村振兴工作任务分工方案',
        '延州办字〔2022〕4号 · 中共延边州委办公室、延边州人民政府办公室 · 2022-05-07 · fixtures/corpus/yanbian.txt (utf-8)',
        '',
        '二、工作分工',
        '  (一)推进产业项目建设,提升造血能力',
        '    2.1.1   1. 完善园区基础设施' + ' '.repeat(62) + 'line 25',
        '            负责  各县市党委、政府 · 州住建局',
        '            时限  2025年8月底前',
        '  (五)推进体制机制建设,提升治理能力',
        '    2.5.14  14. 建立长效帮扶机制' + ' '.repeat(61) + 'line 38',
        '            负责  各县市党委、政府 · 相关部门',
        '三、工作措施',
        '  3.2     (二) 2022年4月底前,围绕“一核、两极、多点支撑”区域发展格局…' + ' '.repeat(25) + 'line 43',
        '          （未找到责任单位）',
        '',
        '3 tasks · 2 with units · 1 without · 4 assignments (0 lead, 4 responsible, 0 support) · 1 warning · 1 info',
        'fixtures/corpus/yanbian.txt:43: warning: 任务 3.2 未找到责任单位 [task-without-unit]',
        '',
      ].join('\n'),
    );
  });

  it('should list 50 findings of one code and count the rest in one line (a file of bare markers has thousands)', () => {
    const document = makeDocument();
    document.diagnostics = Array.from({ length: 120 }, (_, i) => ({ code: 'empty-task', severity: 'warning' as const, message: '“①”后没有任务内容', line: 3 * i + 5 }));
    const lines = writeText([document]).trimEnd().split('\n');
    expect(lines.filter((line) => line.endsWith('[empty-task]'))).toHaveLength(51);
    expect(lines.at(-2)).toBe('fixtures/corpus/yanbian.txt:152: warning: “①”后没有任务内容 [empty-task]');
    expect(lines.at(-1)).toBe('fixtures/corpus/yanbian.txt: warning: 另有 70 条同类未列出（JSON 输出列出全部） [empty-task]');
  });

  it('should separate documents by one blank line and end with exactly one newline', () => {
    const both = writeText([makeDocument(), makeLeadDocument()]);
    const first = writeText([makeDocument()]);
    expect(both.startsWith(first + '\nshuangying.txt\n')).toBe(true);
    expect(both.endsWith(']\n')).toBe(true);
    expect(both).not.toMatch(/\n\n\n/);
    expect(writeText([])).toBe('');
  });

  it('should list the lead unit first and fall back to the file name when the plan has no title', () => {
    expect(writeText([makeLeadDocument()])).toBe(
      [
        'shuangying.txt',
        '长双双府〔2022〕42号 · fixtures/corpus/shuangying.txt (gb18030)',
        '',
        '三、 主要任务',
        '  3.1  (一) 实施乡村规划建设管理推进行动' + ' '.repeat(53) + 'line 35',
        '       牵头  自然资源服务科',
        '       负责  执法保障科 · 民政办公室',
        '',
        '1 task · 1 with units · 0 without · 3 assignments (1 lead, 2 responsible, 0 support) · 1 error · 0 warnings',
        'fixtures/corpus/shuangying.txt:60: error: 单位“民政办公室”在同一任务中重复出现 [duplicate-unit]',
        '',
      ].join('\n'),
    );
  });

  it('should paint through the style: roles, generic units, ids, warnings', () => {
    const output = writeText([makeDocument(), makeLeadDocument()], { style: tagStyle });
    expect(output).toContain('<title>延边州开展示范镇建设助推乡村振兴工作任务分工方案</title>\n');
    expect(output).toContain('<heading>二、工作分工</heading>\n  <heading>(一)推进产业项目建设,提升造血能力</heading>\n');
    expect(output).toContain('    <id>2.1.1</id>   1. 完善园区基础设施');
    expect(output).toContain('<responsible>负责</responsible>  各县市党委、政府 · <dim>相关部门</dim>\n');
    expect(output).toContain('<lead>牵头</lead>  自然资源服务科\n');
    expect(output).toContain('<dim>（未找到责任单位）</dim>');
    expect(output).toContain('<dim>1 without</dim><dim> · </dim>');
    expect(output).toContain('<warning>1 warning</warning><dim> · </dim><info>1 info</info>\n');
    expect(output).toContain('fixtures/corpus/yanbian.txt:43: <warning>warning</warning>: 任务 3.2');
    expect(output).toContain('<error>1 error</error><dim> · </dim><dim>0 warnings</dim>\n');
    expect(output).not.toContain('未找到角色约定');
  });

  it('should print support units after responsible ones, and a heading only where it changes', () => {
    const document = makeLeadDocument();
    document.tasks = [
      makeTask({ id: '3.1', path: ['三、', '(一)'], headings: ['三、 主要任务'], title: '甲', units: [makeUnit('农业服务科', 'support'), makeUnit('执法保障科', 'responsible')] }),
      makeTask({ id: '3.2', path: ['三、', '(二)'], headings: ['三、 主要任务'], title: '乙', units: [makeUnit('执法保障科', 'lead')] }),
    ];
    const lines = writeText([document]).split('\n');
    expect(lines.filter((line) => line === '三、 主要任务')).toHaveLength(1);
    expect(lines.slice(5, 7)).toEqual(['       负责  执法保障科', '       配合  农业服务科']);
  });

  it('should print attachment parts as their own heading', () => {
    const document = makeLeadDocument();
    document.tasks.push(makeTask({ id: 'A2.1', part: '附件2', path: ['1.'], headings: [], title: '责任清单', line: 80 }));
    expect(writeText([document])).toContain('       负责  执法保障科 · 民政办公室\n附件2\nA2.1  1. 责任清单');
  });

  it('should leave out line N when the task line would pass 100 columns', () => {
    const document = makeLeadDocument();
    const title = '实施乡村规划建设管理推进行动'.repeat(3);
    document.tasks = [makeTask({ id: '3.1', path: ['三、', '(一)'], headings: [], title, line: 35 })];
    expect(writeText([document])).toContain(`\n3.1  (一) ${title}\n`);
  });

  it('should say <input> for a string input and leave the source out of the meta line', () => {
    const document = makeLeadDocument();
    document.source.path = null;
    document.meta.docNumber = null;
    document.tasks = [];
    expect(writeText([document])).toBe(
      '<input>\n\n0 tasks · 0 with units · 0 without · 0 assignments (0 lead, 0 responsible, 0 support) · 1 error · 0 warnings\n' +
        '<input>:60: error: 单位“民政办公室”在同一任务中重复出现 [duplicate-unit]\n',
    );
  });

  it('should omit :line for a finding about the whole document', () => {
    const document = makeLeadDocument();
    document.diagnostics = [{ code: 'no-tasks', severity: 'warning', message: '未找到编号任务', line: null }];
    expect(writeText([document])).toContain('\nfixtures/corpus/shuangying.txt: warning: 未找到编号任务 [no-tasks]\n');
  });
});

describe('displayWidth', () => {
  it('should count CJK and full-width characters as two columns', () => {
    expect(displayWidth('1. 完善园区基础设施')).toBe(19);
    expect(displayWidth('（未找到责任单位）')).toBe(18);
    expect(displayWidth('延州办字〔2022〕4号')).toBe(19);
    expect(displayWidth('ＡＢ')).toBe(4);
  });

  it('should count emoji as two and combining marks as zero', () => {
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('')).toBe(0);
  });
});
