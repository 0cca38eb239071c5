/**
 * The HTML outputs in a real browser (Debian's chromium, fonts-noto-cjk): the corpus reports,
 * the corpus comparison and a batch index are opened from disk, their DOM checked, their filters
 * and links used, and screenshots kept in test/artifacts/ to look at.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { extract } from '../../src/extract.js';
import { writeDiffHtml } from '../../src/writers/html/diff.js';
import { makeDocument } from '../writers/make-document.js';
import { HOSTILE_PAGE } from '../html/hostile-input.js';
import { run } from '../run-cli.js';
import { type Browser, CHROMIUM, HAS_CHROMIUM, openFile, renderedFonts, startBrowser } from './chromium.js';

const ARTIFACTS = resolve('test/artifacts');
/** Relative, as a user in the project folder would name them: the reports show these paths. */
const CORPUS = 'fixtures/corpus';
/** The README's picture: rewritten from test/artifacts/report.png with UPDATE_SCREENSHOTS=1. */
const README_SCREENSHOT = 'test/screenshots/report.png';
const DOCUMENTS = ['jilin-2022-county-towns-37-measures', 'jilin-2022-demo-towns-plan', 'shuangying-2022-rural-construction', 'yanan-2025-town-functions', 'yanbian-2022-demo-towns-tasks'];
const ROLE_WORDS: Record<string, string> = { l: '牵头', r: '负责', s: '配合' };

if (!HAS_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install chromium fonts-noto-cjk)`);

let browser: Browser;

/** Writes a report with the CLI, as a user would, into the artifacts folder. */
async function writeReport(args: string[], name: string): Promise<string> {
  const path = join(ARTIFACTS, name);
  const { code, stderr } = await run([...args, '-o', path]);
  expect(code, stderr).toBeLessThan(2);
  return path;
}

/** The requests made since `from`: a report may read only itself. */
function requestsSince(from: number): string[] {
  return browser.requests.slice(from);
}

/** The rows the filters leave visible. */
function visibleRows(page: Page): Promise<number> {
  return page.locator('table.heatmap tbody tr:visible').count();
}

describe.skipIf(!HAS_CHROMIUM)(`in ${CHROMIUM}`, () => {
  beforeAll(async () => {
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(DOCUMENTS)('should show %s as a matrix of labelled cells, in a CJK font, with no error and no request', async (name) => {
    const source = join(CORPUS, `${name}.txt`);
    const report = await writeReport([source], `${name}.html`);
    const document = extract(readFileSync(source), { path: source });
    const from = browser.requests.length;
    const { page, errors } = await openFile(browser, report);
    const rows = document.tasks.length + document.tables.reduce((sum, table) => sum + table.rows.length, 0);
    expect(await page.locator('table.heatmap tbody tr').count()).toBe(rows);
    expect(await page.locator('form.filters output').textContent()).toBe(`${rows} / ${rows}`);
    const cells = await page.locator('table.heatmap tbody td.l, table.heatmap tbody td.r, table.heatmap tbody td.s').evaluateAll((tds) => tds.map((td) => [td.className, td.textContent]));
    expect(cells.length).toBeGreaterThan(0);
    for (const [role, text] of cells) expect(text).toBe(ROLE_WORDS[role!]);
    expect(await renderedFonts(page, 'h1')).toEqual(['Noto Sans CJK SC']);
    expect(await renderedFonts(page, 'table.heatmap thead th.unit span')).toEqual(['Noto Sans CJK SC']);
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
    expect(errors).toEqual([]);
    expect(requestsSince(from)).toEqual([pathToFileURL(report).href]);
    await page.close();
  });

  it('should open a task on click, and filter the matrix by unit, by heading and by words', async () => {
    const report = await writeReport([join(CORPUS, 'shuangying-2022-rural-construction.txt')], 'shuangying.html');
    const { page, errors } = await openFile(browser, report);
    const panel = page.locator('aside.detail');
    await page.locator('table.heatmap tbody tr').filter({ hasText: '实施农村基本公共服务提升行动' }).locator('td').nth(3).click();
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('h4').textContent()).toBe('3.7三、(七) 实施农村基本公共服务提升行动');
    expect(await panel.locator('p').last().textContent()).toBe('负责 社会事务服务科、残联（残疾人联合会）');
    await page.screenshot({ path: join(ARTIFACTS, 'report.png') });
    if (process.env.UPDATE_SCREENSHOTS === '1') copyFileSync(join(ARTIFACTS, 'report.png'), README_SCREENSHOT);
    await page.locator('aside.detail button.close').click();
    expect(await panel.isVisible()).toBe(false);
    await page.locator('select[name=unit]').selectOption({ label: '民政办公室（17）' });
    expect(await visibleRows(page)).toBe(17);
    expect(await page.locator('form.filters output').textContent()).toBe('17 / 21');
    // the chosen unit's column: a role in every visible row
    expect(await page.locator('table.heatmap tbody tr:visible td.focus').evaluateAll((tds) => tds.map((td) => td.textContent))).toEqual(expect.arrayContaining(['牵头', '负责']));
    expect(await page.locator('table.heatmap tbody tr:visible td.focus:empty').count()).toBe(0);
    await page.locator('select[name=heading]').selectOption({ label: '三、主要任务' });
    expect(await visibleRows(page)).toBe(8);
    await page.locator('select[name=unit]').selectOption('');
    expect(await visibleRows(page)).toBe(9);
    await page.locator('input[name=words]').fill('饮水');
    expect(await page.locator('table.heatmap tbody tr:visible th').allTextContents()).toEqual(['3.3三、(三) 实施农村防汛抗旱和供水保障推进行动']);
    await page.locator('table.heatmap tbody tr:visible td').first().click();
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('h4').textContent()).toBe('3.3三、(三) 实施农村防汛抗旱和供水保障推进行动');
    expect(await panel.textContent()).toContain('责任表述：');
    await page.screenshot({ path: join(ARTIFACTS, 'filters-and-panel.png') });
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should keep the unit names and task titles in view while the matrix scrolls', async () => {
    const report = await writeReport([join(CORPUS, 'jilin-2022-county-towns-37-measures.txt')], 'sticky.html');
    const { page } = await openFile(browser, report);
    const box = page.locator('.matrix-scroll');
    await box.evaluate((element) => element.scrollBy(600, 800));
    // the matrix did scroll, both ways: a header that stayed put would otherwise prove nothing
    const [left, top] = await box.evaluate((element) => [element.scrollLeft, element.scrollTop]);
    expect(left).toBeGreaterThan(0);
    expect(top).toBe(800);
    const frame = (await box.boundingBox())!;
    const head = (await page.locator('table.heatmap thead th.corner').boundingBox())!;
    const title = (await page.locator('table.heatmap tbody th').nth(40).boundingBox())!;
    expect(head.y).toBeCloseTo(frame.y + 1, 0);
    expect(title.x).toBeCloseTo(frame.x + 1, 0);
    // a unit's name now in view right of the task titles, measured after the scroll: still at the top
    const units = await page.locator('table.heatmap thead th.unit').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect()).map(({ x, y }) => ({ x, y })));
    const unit = units.find(({ x }) => x > head.x + head.width && x < frame.x + frame.width);
    expect(unit).toBeDefined();
    expect(unit!.y).toBeCloseTo(frame.y + 1, 0);
    await page.screenshot({ path: join(ARTIFACTS, 'sticky-headers.png') });
    await page.close();
  });

  it('should open a plan of no task on a line that says so, with no filters and no error', async () => {
    const source = join(ARTIFACTS, 'no-tasks.txt');
    writeFileSync(source, '关于做好有关工作的通知\n\n各有关单位：\n请认真贯彻落实。\n');
    const report = await writeReport([source], 'no-tasks.html');
    const { page, errors } = await openFile(browser, report);
    expect(await page.locator('section.matrix p').textContent()).toBe('没有找到任务或表格行');
    expect(await page.locator('table.heatmap, form.filters').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should run no script and load nothing from a page whose text carries markup', async () => {
    const source = join(ARTIFACTS, 'hostile-input.html');
    writeFileSync(source, HOSTILE_PAGE);
    const report = await writeReport([source], 'hostile-report.html');
    const { page, errors } = await openFile(browser, report);
    await page.locator('table.heatmap tbody tr').first().click();
    await page.locator('details.texts summary').click();
    await page.locator('section.document').hover();
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    expect(await page.locator('aside.detail').textContent()).toContain('</script><script>window.pwned = 1</script>');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should print without the controls and with the whole matrix', async () => {
    const report = await writeReport([join(CORPUS, 'yanan-2025-town-functions.txt')], 'print.html');
    const { page } = await openFile(browser, report);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    expect(await page.locator('.matrix-scroll').evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).overflow)).toBe('visible');
    expect((await page.pdf({ format: 'A4', landscape: true })).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('should set the corpus pair side by side and show only the changes on request', async () => {
    const report = await writeReport(['diff', join(CORPUS, 'jilin-2022-demo-towns-plan.txt'), join(CORPUS, 'yanbian-2022-demo-towns-tasks.txt')], 'diff.html');
    const from = browser.requests.length;
    const { page, errors } = await openFile(browser, report);
    const rows = page.locator('table.diff tbody tr');
    expect(await rows.count()).toBe(38);
    expect(await page.locator('table.diff del').first().isVisible()).toBe(true);
    expect(await page.locator('table.diff ins').first().isVisible()).toBe(true);
    expect(await renderedFonts(page, 'table.diff tbody td')).toEqual(['Noto Sans CJK SC']);
    await page.screenshot({ path: join(ARTIFACTS, 'diff.png') });
    await page.locator('#changes-only').check();
    expect(await page.locator('table.diff tbody tr:visible').count()).toBe(33);
    expect(await page.locator('table.diff tbody tr.unchanged:visible').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'diff-changes-only.png') });
    expect(errors).toEqual([]);
    expect(requestsSince(from)).toEqual([pathToFileURL(report).href]);
    await page.close();
  });

  it('should show the paragraph break of a changed text as a line break', async () => {
    // yanbian's task 2.1.1 (two paragraphs) against itself with a word of its second paragraph changed
    const changed = makeDocument();
    changed.tasks[0]!.text = changed.tasks[0]!.text.replace('不断壮大', '持续壮大');
    const report = join(ARTIFACTS, 'diff-paragraphs.html');
    writeFileSync(report, writeDiffHtml(diffDocuments(makeDocument(), changed)));
    const { page, errors } = await openFile(browser, report);
    const text = page.locator('tr.changed td p.text-changes').nth(1);
    expect(await text.innerText()).toBe('完善园区基础设施。推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。\n拓展园区发展空间,加大招商引资力度,持续壮大园区发展规模。');
    expect(await text.locator('ins').textContent()).toBe('持续');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should link the batch index to each report, and the link should open it', async () => {
    const out = join(ARTIFACTS, 'batch');
    const { code, stderr } = await run(['batch', CORPUS, '--out-dir', out, '-f', 'html', '-q']);
    expect(code, stderr).toBe(0);
    const index = join(out, 'index.html');
    const from = browser.requests.length;
    const { page, errors } = await openFile(browser, index);
    expect(await page.locator('table.files tbody tr').count()).toBe(5);
    await page.screenshot({ path: join(ARTIFACTS, 'batch-index.png') });
    expect(requestsSince(from)).toEqual([pathToFileURL(index).href]);
    await page.locator('table.files tbody tr').nth(4).locator('a').first().click();
    await page.waitForURL(/yanbian-2022-demo-towns-tasks\.txt\.html$/);
    expect(await page.locator('h1').textContent()).toBe('延边州开展示范镇建设助推乡村振兴工作任务分工方案');
    // the link's report, and nothing else
    expect(requestsSince(from)).toEqual([pathToFileURL(index).href, pathToFileURL(join(out, 'yanbian-2022-demo-towns-tasks.txt.html')).href]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
