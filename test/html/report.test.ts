/** The HTML report: escaping of untrusted text, determinism, and the page's parts, read back with cheerio. */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { PolicyDocument, Role } from '../../src/model/document.js';
import { buildMatrix } from '../../src/views/matrix.js';
import { writeHtmlReport } from '../../src/writers/html/report.js';
import { writeDocuments } from '../../src/writers/index.js';
import { makeDocument, makeLeadDocument, makeTask, makeUnit } from '../writers/make-document.js';
import { hostileDocument } from './hostile-input.js';

const CORPUS = 'fixtures/corpus';
const CORPUS_NAMES = [
  'jilin-2022-county-towns-37-measures', 'jilin-2022-demo-towns-plan', 'shuangying-2022-rural-construction', 'yanan-2025-town-functions',
  'yanbian-2022-demo-towns-tasks',
];
/** A plan that is one appendix table: no body task, three table rows with lead and supporting units. */
const TABLE_ONLY = 'fixtures/html/appendix-table-with-rowspan-becomes-a-grid/input.html';

function corpusDocument(name: string): PolicyDocument {
  return extract(readFileSync(`${CORPUS}/${name}.txt`), { path: `${CORPUS}/${name}.txt` });
}

/** The counts at the top of a document's section: `{ 任务: 0, 表格行: 3, … }`. */
function headCounts(html: string): Record<string, number> {
  const $ = load(html);
  return Object.fromEntries($('section.meta ul.summary li').map((_, li) => [$(li).text().split(' ')]).get().map(([name, count]: string[]) => [name, Number(count)]));
}

describe('writeHtmlReport', () => {
  it('should print markup from an HTML input as text: no element, no attribute comes from the document', () => {
    const document = hostileDocument();
    // the reader decoded the entities: the model holds real markup
    expect(document.tasks[0]!.text).toContain('</script><script>window.pwned = 1</script>');
    expect(document.tasks[0]!.units.map((unit) => unit.name)).toContain('onerror=window.pwned=2>办公室');
    const html = writeHtmlReport([document]);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<b /);
    expect(html).toContain('推进园区&lt;/script&gt;&lt;script&gt;window.pwned = 1&lt;/script&gt;基础设施建设。');
    expect(html).toContain('&lt;img src=x onerror=window.pwned=2&gt;办公室');
    expect(html).toContain('完善&quot;引号&quot;和&#39;单引号&#39;&amp;服务。');
    const $ = load(html);
    expect($('script')).toHaveLength(1);
    expect($('img, b')).toHaveLength(0);
    expect($('*').get().flatMap((element) => Object.keys('attribs' in element ? element.attribs : {})).filter((name) => name.startsWith('on'))).toEqual([]);
    expect($('.task-text').first().text()).toContain('</script><script>window.pwned = 1</script>');
    expect($('dl.meta dd').first().text()).toBe('plans/<b onmouseover="window.pwned=3">"x".html（html，utf-8，5 行）');
    expect($('th.unit').map((_, th) => $(th).attr('title')).get()).toContain('onerror=window.pwned=2>办公室');
  });

  it('should give the same bytes for the same documents, through the registry too', async () => {
    const documents = [corpusDocument('yanbian-2022-demo-towns-tasks'), corpusDocument('shuangying-2022-rural-construction')];
    const html = writeHtmlReport(documents);
    expect(writeHtmlReport(documents)).toBe(html);
    expect(await writeDocuments(documents, 'html')).toBe(html);
  });

  it('should be one page that fetches nothing: inline style and script, a policy that allows no request, Chinese fonts by name', () => {
    const html = writeHtmlReport([makeDocument()]);
    const $ = load(html);
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/]+=*';/);
    expect($('[src], link, img, iframe')).toHaveLength(0);
    expect(html).not.toMatch(/https?:|@import|url\(|@font-face/);
    expect($('style').text()).toContain('font: 14px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC"');
    expect($('style').text()).toContain('@media print');
    // handlers are attached by the script, never written into the markup
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it('should lay the matrix out as buildMatrix does, each cell its role in words', () => {
    const document = corpusDocument('shuangying-2022-rural-construction');
    const matrix = buildMatrix([document]);
    const $ = load(writeHtmlReport([document]));
    expect($('th.unit').map((_, th) => $(th).text()).get()).toEqual(matrix.columns.map((column) => column.label));
    const rows = $('table.heatmap tbody tr');
    expect(rows).toHaveLength(matrix.rows.length);
    const words: Record<Role, string> = { lead: '牵头', responsible: '负责', support: '配合' };
    rows.each((i, row) => {
      const cells = $(row).find('td').map((_, td) => $(td).text()).get();
      expect(cells).toEqual([...matrix.rows[i]!.cells.map((role) => (role === null ? '' : words[role])), String(matrix.rows[i]!.total)]);
    });
    expect($('table.heatmap tfoot td').map((_, td) => $(td).text()).get()).toEqual([...matrix.columns.map((column) => String(column.total)), '72']);
    expect(rows.eq(2).find('th').text()).toBe('3.1三、(一) 实施乡村规划建设管理推进行动');
  });

  it('should open each row of a plan with tasks and tables on the text of the item its matrix row carries', () => {
    const document = corpusDocument('jilin-2022-demo-towns-plan');
    const matrix = buildMatrix([document]);
    expect(matrix.rows.filter((row) => row.kind === 'table-row').length).toBeGreaterThan(0);
    const $ = load(writeHtmlReport([document]));
    const rows = $('table.heatmap tbody tr');
    expect(rows).toHaveLength(matrix.rows.length);
    rows.each((i, row) => {
      const { source } = matrix.rows[i]!;
      const item = source.kind === 'task' ? source.task : source.row;
      const article = $($(row).find('a.task-link').attr('href')!);
      expect(article.find('h4').text().startsWith($(row).find('th').text())).toBe(true);
      expect(article.find('p').eq(1).text()).toBe(item.text.split('\n')[0]);
      expect(article.find('p.where').text()).toMatch(new RegExp(`第 ${item.line}(–\\d+)? 行$`));
    });
  });

  it('should give each row its headings as numbers the heading filter lists, and a link to its text', () => {
    const $ = load(writeHtmlReport([makeDocument()]));
    expect($('select[name=heading] option').map((_, option) => $(option).text()).get())
      .toEqual(['全部标题', '二、工作分工', '\u3000(一)推进产业项目建设,提升造血能力', '\u3000(五)推进体制机制建设,提升治理能力', '三、工作措施']);
    expect($('table.heatmap tbody tr').map((_, row) => $(row).attr('data-headings')).get()).toEqual(['0 1', '0 2', '3']);
    expect($('select[name=unit] option').map((_, option) => $(option).text()).get()).toEqual(['全部单位', '各县市党委、政府（2）', '州住建局（1）', '相关部门（1）']);
    const link = $('table.heatmap tbody tr').first().find('a.task-link').attr('href')!;
    const article = $(link);
    expect(article.find('h4').text()).toBe('2.1.1二、(一)1. 完善园区基础设施');
    expect(article.find('p').map((_, p) => $(p).text()).get()).toEqual([
      '二、工作分工 › (一)推进产业项目建设,提升造血能力 › 第 25–26 行',
      '完善园区基础设施。推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。',
      '拓展园区发展空间,加大招商引资力度,不断壮大园区发展规模。',
      '责任表述：(责任单位:各县市党委、政府;州住建局按职责分工负责)',
      '负责 各县市党委、政府、州住建局',
      '完成时限：2025年8月底前',
    ]);
    expect($('form.filters').attr('hidden')).toBe('hidden');
  });

  it('should chart each unit by role, most tasks first, with the numbers in words', () => {
    const $ = load(writeHtmlReport([corpusDocument('shuangying-2022-rural-construction')]));
    const bars = $('ol.workload li');
    expect(bars.first().children().first().text()).toBe('民政办公室');
    expect(bars.first().find('.counts').text()).toBe('17：牵头 4，负责 13');
    expect(bars.first().find('.bar span').map((_, span) => $(span).attr('style')).get()).toEqual(['width:23.53%', 'width:76.47%']);
  });

  it('should list the tasks without a unit and those where no unit leads', () => {
    const $ = load(writeHtmlReport([makeDocument(), makeLeadDocument()]));
    const [first, second] = [$('#d1 .gaps'), $('#d2 .gaps')];
    expect(first.find('details').first().find('li').text()).toBe('3.2三、(二) 2022年4月底前,围绕“一核、两极、多点支撑”区域发展格局,突出城市周边、省级… 第 43 行');
    expect(first.find('details').eq(1).find('summary').text()).toBe('几个单位负责或只有配合单位、没有牵头单位（2）');
    expect(second.find('p').map((_, p) => $(p).text()).get()).toEqual(['没有责任单位：无', '几个单位负责或只有配合单位、没有牵头单位：无']);
  });

  it('should table the diagnostics with their line and the task on that line', () => {
    const $ = load(writeHtmlReport([makeDocument()]));
    const rows = $('section.diagnostics tbody tr').map((_, row) => [$(row).find('td').map((__, td) => $(td).text()).get()]).get() as unknown as string[][];
    expect(rows).toEqual([
      ['提示', '', '', '未找到角色约定', 'role-convention-missing'],
      ['警告', '43', '3.2', '任务 3.2 未找到责任单位', 'task-without-unit'],
    ]);
  });

  it('should put several documents on one page, each in its own section, listed at the top', () => {
    const $ = load(writeHtmlReport([makeDocument(), makeLeadDocument()]));
    expect($('h1').text()).toBe('责任矩阵报告（2 个文件）');
    expect($('nav.documents a').map((_, a) => `${$(a).attr('href')} ${$(a).text()}`).get()).toEqual(['#d1 延边州开展示范镇建设助推乡村振兴工作任务分工方案', '#d2 shuangying.txt']);
    expect($('section.document h2').map((_, h2) => $(h2).text()).get()).toEqual(['延边州开展示范镇建设助推乡村振兴工作任务分工方案', 'shuangying.txt']);
    const anchors = $('[id]').map((_, element) => $(element).attr('id')).get();
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('should count the table rows of a plan that is only a table: roles, rows with units, and the findings of each severity', () => {
    const html = writeHtmlReport([extract(readFileSync(TABLE_ONLY), { path: TABLE_ONLY })]);
    expect(headCounts(html)).toEqual({ 任务: 0, 表格行: 3, 有单位: 3, 没有单位: 0, 牵头: 3, 负责: 0, 配合: 5, 错误: 0, 警告: 0, 提示: 1 });
    const $ = load(html);
    expect($('table.heatmap td.l')).toHaveLength(3);
    expect($('table.heatmap td.s')).toHaveLength(5);
    expect($('section.diagnostics tbody tr')).toHaveLength(1);
  });

  it('should label a table row by its number once when it restates no task, and by the task and its number when it does', () => {
    const tableOnly = load(writeHtmlReport([extract(readFileSync(TABLE_ONLY), { path: TABLE_ONLY })]));
    expect(tableOnly('table.heatmap tbody th').map((_, th) => tableOnly(th).text()).get()).toEqual([
      '1表推进道路交通设施建设。推进镇区与县城、村庄交通设施互联互通。',
      '1表完善路灯及信号灯、人行道铺装及镇区道路硬化、亮化、绿化。',
      '2表提升养老育幼能力。',
    ]);
    expect(tableOnly('article.task-text h4').first().text()).toBe('1表推进道路交通设施建设。推进镇区与县城、村庄交通设施互联互通。');
    const linked = load(writeHtmlReport([corpusDocument('jilin-2022-demo-towns-plan')]));
    const row = linked('table.heatmap tbody th').filter((_, th) => linked(th).find('.kind').length > 0).first();
    expect(row.text()).toBe('4.1.1表1 推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。拓展园区发展空间,加大招…');
  });

  it.each(CORPUS_NAMES)('should count in the head of %s what its matrix shows: each role\'s cells, and its rows with and without units', (name) => {
    const html = writeHtmlReport([corpusDocument(name)]);
    const $ = load(html);
    const counts = headCounts(html);
    const rows = $('table.heatmap tbody tr');
    expect(counts.任务! + counts.表格行!).toBe(rows.length);
    expect([counts.牵头, counts.负责, counts.配合]).toEqual(['l', 'r', 's'].map((role) => $(`table.heatmap tbody td.${role}`).length));
    expect(counts.有单位).toBe(rows.filter((_, row) => $(row).find('td.total').text() !== '0').length);
    expect(counts.没有单位).toBe(rows.length - counts.有单位!);
    expect(counts.提示).toBe($('section.diagnostics .severity-info').length);
  });

  it('should say a document with no task and no table row has none, with no empty matrix and no filters', () => {
    const document = makeDocument();
    document.tasks = [];
    const html = writeHtmlReport([document]);
    const $ = load(html);
    expect($('section.matrix').text()).toBe('责任矩阵没有找到任务或表格行');
    expect($('table.heatmap, form.filters')).toHaveLength(0);
    expect(headCounts(html)).toEqual({ 任务: 0, 表格行: 0, 有单位: 0, 没有单位: 0, 牵头: 0, 负责: 0, 配合: 0, 错误: 0, 警告: 1, 提示: 1 });
    expect($('section.workload p.muted').text()).toBe('没有找到责任单位。');
    expect($('details.texts')).toHaveLength(0);
  });

  it('should give a plan of 150 units a column, a filter option and a bar each, the totals adding up', () => {
    const units = Array.from({ length: 150 }, (_, i) => `州第${i + 1}局`);
    const document = makeDocument();
    // task i names units i … i+9, unit i its lead: a unit is in up to ten tasks, fewer at either end
    document.tasks = Array.from({ length: 141 }, (_, i) => makeTask({
      id: String(i + 1), path: [`${i + 1}.`], headings: ['二、工作分工'], title: `第${i + 1}项任务`, text: `第${i + 1}项任务。`,
      units: Array.from({ length: 10 }, (__, k) => makeUnit(units[i + k]!, k === 0 ? 'lead' : 'support')),
    }));
    const html = writeHtmlReport([document]);
    const $ = load(html);
    expect($('th.unit')).toHaveLength(150);
    expect($('select[name=unit] option')).toHaveLength(151);
    expect($('ol.workload li')).toHaveLength(150);
    expect($('table.heatmap tbody tr')).toHaveLength(141);
    const totals = $('table.heatmap tfoot td').map((_, td) => Number($(td).text())).get();
    expect(totals.at(-1)).toBe(1410);
    expect(totals.slice(0, -1).reduce((sum, total) => sum + total, 0)).toBe(1410);
    expect(headCounts(html)).toMatchObject({ 任务: 141, 有单位: 141, 牵头: 141, 配合: 1269 });
    // the busiest units (10 tasks) have full bars; the last unit, named once, a tenth of one
    const widths = $('ol.workload .bar').map((_, bar) => $(bar).find('span').get()
      .reduce((sum, span) => sum + parseFloat($(span).attr('style')!.slice('width:'.length)), 0)).get();
    expect(widths[0]).toBeCloseTo(100, 1);
    expect(widths.at(-1)).toBeCloseTo(10, 1);
    expect($('section.gaps details')).toHaveLength(0);
  });

  it('should keep a 500-task, 40-unit plan usable: a few bytes an empty cell, about 1 KB a task with its text', () => {
    const units = Array.from({ length: 40 }, (_, i) => `州第${i + 1}局`);
    const document = makeDocument();
    document.tasks = Array.from({ length: 500 }, (_, i) => makeTask({
      id: String(i + 1), path: [`${i + 1}.`], headings: [`（${Math.floor(i / 50) + 1}）第${Math.floor(i / 50) + 1}部分`], title: `第${i + 1}项任务`,
      text: `第${i + 1}项任务。推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。`,
      units: [0, 7, 13].map((k, j) => makeUnit(units[(i + k) % 40]!, j === 0 ? 'lead' : 'support')),
    }));
    const html = writeHtmlReport([document]);
    expect(load(html)('table.heatmap tbody td:empty')).toHaveLength(500 * 37);
    expect(Buffer.byteLength(html)).toBeLessThan(600_000);
  });
});

describe('places in a paged input', () => {
  it("should place a PDF's tasks and findings on their page (p.2:7), not by a line count no reader of the PDF can find", async () => {
    const document = corpusDocument('yanbian-2022-demo-towns-tasks');
    // as extractAsync places a PDF's: every task and finding on a page of 30 lines
    const place = (line: number): string => `p.${Math.ceil(line / 30)}:${((line - 1) % 30) + 1}`;
    for (const task of document.tasks) task.location = place(task.line);
    for (const row of document.tables.flatMap((table) => table.rows)) row.location = place(row.line);
    document.diagnostics = [{ code: 'unclosed-note', severity: 'warning', message: '责任表述缺少右括号', line: 37, location: 'p.2:7' }];
    const $ = load(await writeHtmlReport([document]));
    const task = document.tasks.find((candidate) => candidate.id === '2.1.1')!;
    expect($('article.task-text p.where').text()).toContain(task.location);
    expect($('article.task-text p.where').text()).not.toMatch(/第 \d+/);
    expect($('section.diagnostics td').map((_, cell) => $(cell).text()).get()).toContain('p.2:7');
  });
});
