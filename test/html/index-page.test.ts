/** The batch's index page in its pieces: totals, rows with relative links, failed files, escaping. */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { indexEnd, indexRow, indexStart, type IndexTotals } from '../../src/writers/html/index-page.js';

const TOTALS: IndexTotals = {
  files: { total: 2, ok: 1, failed: 1, withErrors: 0, skipped: 1 }, tasks: 21, tableRows: 3, units: 18,
  skipped: [{ path: 'in/scan.pdf', reason: 'not a format policy-extract reads (.pdf)' }],
};

describe('index page', () => {
  it('should link each file to its report and its outputs by relative, encoded paths', () => {
    const row = indexRow({
      output: '2022/通知 #1<b>.txt', title: '双营乡乡村建设行动实施方案', outputs: [['json', '2022/通知 #1<b>.txt.json'], ['html', '2022/通知 #1<b>.txt.html']],
      error: null, tasks: 21, tableRows: 3, units: 18, findings: 0,
    });
    const $ = load(`<table>${row}</table>`);
    expect($('a').map((_, a) => $(a).attr('href')).get()).toEqual([
      '2022/%E9%80%9A%E7%9F%A5%20%231%3Cb%3E.txt.html',
      '2022/%E9%80%9A%E7%9F%A5%20%231%3Cb%3E.txt.json',
      '2022/%E9%80%9A%E7%9F%A5%20%231%3Cb%3E.txt.html',
    ]);
    expect($('td').map((_, td) => $(td).text()).get()).toEqual(['2022/通知 #1<b>.txt', '双营乡乡村建设行动实施方案', '21', '3', '18', '成功', 'json · html']);
    expect($('b')).toHaveLength(0);
  });

  it('should list a failed file with its code and message and without counts or links', () => {
    const row = indexRow({ output: 'scan.txt', title: null, outputs: [], error: { code: 'E_BINARY', message: 'a PDF file, not text' }, tasks: 0, tableRows: 0, units: 0, findings: 0 });
    const $ = load(`<table>${row}</table>`);
    expect($('td').map((_, td) => $(td).text()).get()).toEqual(['scan.txt', '', '', '', '', '失败 E_BINARY a PDF file, not text', '']);
    expect($('a')).toHaveLength(0);
  });

  it('should make one page of its pieces, with the totals, the combined outputs and the skipped inputs', () => {
    const page = indexStart(TOTALS, [{ name: 'matrix.csv', label: '合并矩阵' }]) + indexEnd();
    const $ = load(page);
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('ul.summary li').map((_, li) => $(li).text()).get()).toEqual(['文件 2', '成功 1', '失败 1', '有错误 0', '跳过 1', '任务 21', '表格行 3', '单位 18']);
    expect($('header p a').attr('href')).toBe('matrix.csv');
    expect($('details li').text()).toBe('in/scan.pdf not a format policy-extract reads (.pdf)');
    expect($('table.files tbody')).toHaveLength(1);
    expect(page.endsWith('</tbody></table>\n</main>\n</body>\n</html>\n')).toBe(true);
  });
});
