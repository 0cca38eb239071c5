/** The comparison page: the corpus pair side by side, its changes marked in words, escaping, determinism. */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { extract } from '../../src/extract.js';
import { writeDiffHtml } from '../../src/writers/html/diff.js';
import { writeDiff } from '../../src/writers/diff.js';
import { makeDocument } from '../writers/make-document.js';
import { hostileDocument } from './hostile-input.js';

const JILIN = 'fixtures/corpus/jilin-2022-demo-towns-plan.txt';
const YANBIAN = 'fixtures/corpus/yanbian-2022-demo-towns-tasks.txt';

function corpusDiff() {
  const read = (path: string) => extract(readFileSync(path), { path });
  return diffDocuments(read(JILIN), read(YANBIAN));
}

/** The ids on each side of each row: `1,3 | 1`. */
function rowIds(html: string): string[] {
  const $ = load(html);
  return $('table.diff tbody tr').map((_, row) => {
    const ids = (cell: number) => $(row).find('td').eq(cell).find('.item-head .id').map((__, id) => $(id).text()).get().join(',');
    return `${ids(0)} | ${ids(1)}`;
  }).get();
}

/** yanbian's task 2.1.1 (two paragraphs) against itself with a word of its second paragraph changed. */
function paragraphDiff() {
  const b = makeDocument();
  b.tasks[0]!.text = b.tasks[0]!.text.replace('不断壮大', '持续壮大');
  return diffDocuments(makeDocument(), b);
}

describe('writeDiffHtml', () => {
  it('should set each group of the corpus pair on one row, a merge with its A items together, one-sided tasks in their place', () => {
    const html = writeDiffHtml(corpusDiff());
    expect(rowIds(html).slice(0, 4)).toEqual(['1,3 | 1', '2 | ', '4.1.1 | 2.1.1', '4.1.2 | 2.1.2']);
    expect(rowIds(html)).toContain('5.3,6.4 | 3.5');
    expect(rowIds(html)).toContain('表1-3,表1-4,表1-5 | 表1-3');
    const $ = load(html);
    expect($('section h2').map((_, h2) => $(h2).text()).get()).toEqual(['任务（23）', '附表（15）']);
    expect($('tr.unchanged')).toHaveLength(5);
    expect($('tr.changed')).toHaveLength(33);
    expect($('label').text()).toBe(' 只看有变化的（33 处）');
    expect($('ul.summary li').map((_, li) => $(li).text()).get()).toEqual(['43 对', '位置变动 2', '文字改动 30', '单位 +4 −2', '角色变化 0', '跨层级对应 102', '仅在 A 2', '仅在 B 0']);
  });

  it('should mark deletions in A and insertions in B, and the unit changes in words', () => {
    const $ = load(writeDiffHtml(corpusDiff()));
    const row = $('table.diff tbody tr').filter((_, tr) => $(tr).find('.id').first().text() === '4.1.2');
    expect(row.find('td').eq(0).find('del').first().text()).toBe('“吉林大米”“长白山');
    expect(row.find('td').eq(1).find('ins').first().text()).toBe('以延边黄牛为主的肉牛、以');
    expect(row.find('td').eq(0).find('ins')).toHaveLength(0);
    expect(row.find('td').eq(2).children('ul.unit-changes').children('li').map((_, li) => $(li).text()).get()).toEqual(['－ 删除 省畜牧业管理局（负责）']);
    expect(row.find('details summary').text()).toBe('跨层级对应 3');
    const added = $('li.added').map((_, li) => $(li).text()).get();
    expect(added).toContain('＋ 新增 州生态环境局（负责）');
    expect($('tr').filter((_, tr) => $(tr).find('.badge').text() === '仅在 A')).toHaveLength(2);
  });

  it('should need no script: the changes-only switch is a checkbox the style sheet reads', () => {
    const html = writeDiffHtml(corpusDiff());
    expect(html).not.toContain('<script');
    expect(html).toContain("script-src 'none'");
    expect(html).toContain('body:has(#changes-only:checked) tr.unchanged { display: none; }');
  });

  it('should print markup from either plan as text, and give the same bytes twice', async () => {
    const diff = diffDocuments(hostileDocument(), extract(readFileSync(YANBIAN), { path: YANBIAN }));
    const html = writeDiffHtml(diff);
    const $ = load(html);
    expect($('script, img, b')).toHaveLength(0);
    expect($('td').text()).toContain('</script><script>window.pwned = 1</script>');
    expect(await writeDiff(diff, 'html')).toBe(html);
  });

  it('should keep the paragraph break of a changed text, in the markup and in the style that shows it', () => {
    const html = writeDiffHtml(paragraphDiff());
    const $ = load(html);
    const texts = $('tr.changed td p.text-changes');
    expect(texts.map((_, p) => $(p).text()).get()).toEqual([
      '完善园区基础设施。推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。\n拓展园区发展空间,加大招商引资力度,不断壮大园区发展规模。',
      '完善园区基础设施。推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。\n拓展园区发展空间,加大招商引资力度,持续壮大园区发展规模。',
    ]);
    expect($('style').text()).toContain('.diff td p.text-changes { white-space: pre-line; }');
  });

  it('should break a merged side\'s changed text where each of its items and paragraphs ends', () => {
    const diff = corpusDiff();
    const items = new Map(diff.pairs.map((pair) => [pair.a.id, pair.a]));
    const $ = load(writeDiffHtml(diff));
    const row = $('table.diff tbody tr').filter((_, tr) => $(tr).find('td').eq(0).find('.item-head').length === 3).first();
    const ids = row.find('td').eq(0).find('.item-head .id').map((_, id) => $(id).text()).get();
    expect(ids).toEqual(['表1-3', '表1-4', '表1-5']);
    const paragraphs = ids.flatMap((id) => items.get(id)!.text.split('\n')).filter((line) => line !== '');
    expect(row.find('td').eq(0).find('p.text-changes').text().split('\n')).toEqual(paragraphs);
  });
});
